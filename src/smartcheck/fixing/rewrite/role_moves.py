"""A move to a role told without its verb: 'Misschien over een paar jaar door naar lead CRA.'

Writers name the next role as a direction only ("door naar teamleider", "door naar hoofd
inkoop"): the verb of growing into it is left out. The frames read the phrase as a topic
and hang it after the behaviour placeholder ("Vóór [datum] ga ik [concreet gedrag], door
naar lead CRA, ..."), which is no sentence. The move takes its verb (the pack's
``rewrite.verbless_moves``: "door naar" -> "doorgroeien naar") and the goal is read again as
written otherwise, so its hedge, its far time and a question after it are read as for any
far role ("..., om door te groeien naar lead CRA. Wat is daarvoor nodig?").

A step between roles told as its two ends only ("Van junior naar medior consultant.", "From
apprentice to journeyman") had the same fate ("ga ik [concreet gedrag], van junior naar
medior consultant, ..."): it takes the writer's wish and the verb of growing (the pack's
``rewrite.role_step_openers``), and is read again (:func:`step_told`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Parts of speech that show the sentence has a verb of its own before the phrase ('ik *ga*
#: door naar de volgende klant': going on, no move to a role).
_VERBS = frozenset({"VERB", "AUX"})
#: Most words from the opener to the word between the ends ('van *junior* naar', 'from
#: *assistant accountant* to').
_MOST_FROM_WORDS = 4


def move_told(goal: Goal, style: RewriteStyle) -> str | None:
    """The goal's text with its verbless move given its verb; None when it has none, or the
    phrase follows a verb of its sentence."""
    words = words_of(goal)
    for phrase, verb in style.verbless_moves.items():
        found = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", goal.text, re.IGNORECASE)
        if found is None:
            continue
        opening = max(goal.text.rfind(mark, 0, found.start()) for mark in ".!?") + 1
        before = [w for w in words if opening <= w.start < found.start()]
        if any(w.pos in _VERBS for w in before):
            return None
        told = verb if not goal.text[found.start()].isupper() else verb[:1].upper() + verb[1:]
        return goal.text[: found.start()] + told + goal.text[found.end() :]
    return None


def step_told(goal: Goal, style: RewriteStyle) -> str | None:
    """The goal's text with its step between roles, told as its two ends only, given the
    writer's wish and verb ('Van junior naar medior consultant.' -> 'Ik wil doorgroeien van
    junior naar medior consultant.'): it opens its sentence with the pack's opener, a
    starting role follows within a few words, then the word between the ends and the role
    aimed at; no verb in it. None for any other text."""
    words = [w for w in words_of(goal) if w.is_word]
    if len(words) < 4:
        return None
    opener = style.role_step_openers.get(words[0].lower)
    ends = {e.lower() for e in style.step_ends}
    to = next((n for n, w in enumerate(words) if w.lower in ends), None)
    if opener is None or to is None or not 1 < to <= _MOST_FROM_WORDS or to == len(words) - 1:
        return None
    if any(w.pos in _VERBS for w in words[:to]) or _verb_after(words[to + 1 :]):
        return None
    if not any(w.lower in style.starting_roles for w in words[1:to]) and not _aims_higher(
        words[to + 1 :], style
    ):
        return None
    told = opener[:1].upper() + opener[1:]
    return goal.text[: words[0].start] + told + goal.text[words[0].end :]


def _aims_higher(aimed: list[Word], style: RewriteStyle) -> bool:
    """Does the role aimed at name a role that leads or a title of the senior phase ('van
    operator naar *teamleider*', 'from analyst to *team lead*'; the pack's ``senior_roles``
    and ``senior_titles``, and :func:`leads`)? Then the step is between roles whatever the
    first end ('van Excel naar Power BI' names none)."""
    told = f" {' '.join(w.lower for w in aimed)} "
    return any(f" {role} " in told for role in style.aimed_roles) or leads(aimed, style)


def leads(role: list[Word], style: RewriteStyle) -> bool:
    """Does ``role`` end in the head of a role that leads, alone, after a modifier or as the
    end of a compound ('ploegleider', 'shift lead'; the pack's ``rewrite.leading_role_heads``)?"""
    words = [w for w in role if w.is_word]
    if not words or words[-1].pos not in ("NOUN", "PROPN", "X", "ADJ"):
        return False
    last = words[-1].lower
    return any(last.endswith(h.lower()) for h in style.leading_role_heads)


def _verb_after(words: list[Word]) -> bool:
    """A verb in the role aimed at, past its first word: the tagger reads the word right
    after 'to' as an infinitive ('to *medior* developer'), never a second one."""
    return any(w.pos in _VERBS for w in words[1:])
