"""A goal that opens with an outcome someone else decides, told as a noun: 'Promotie naar
het betaald voetbal.', 'Benoeming tot teamleider.', 'Promotion to senior engineer.'.

A promotion, an appointment or a selection is decided by others (JUDGING A: such an outcome
is owned only through the writer's own steps). Read as a topic, the frames made it the
place of the writer's behaviour ('ga ik [concreet gedrag] in promotie naar het betaald
voetbal', 'I will [concrete behaviour] in appointment as shift lead'), which says nothing.
The outcome is the aim and the writer's steps the behaviour: the noun is read as the
writer's wish of it (the pack's ``rewrite.decided_outcomes``: 'promotie' -> 'ik wil promotie
maken {rest}', 'promotion' -> 'i want to get promoted {rest}'), whose rewrite asks for the
steps ('..., om promotie te maken naar het betaald voetbal', '..., in order to get promoted
to senior engineer'). Only a goal that is that noun phrase alone: no verb, no subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, capitalise, join, tidy, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Word classes that show a clause, not a noun phrase: a verb, a pronoun, a subordinator.
_CLAUSE = frozenset({"VERB", "AUX", "PRON", "SCONJ"})
#: Word classes of the word that leads the outcome's post ('tot', 'to', 'as': the tagger
#: calls 'as' a subordinator).
_LEADS = frozenset({"ADP", "SCONJ"})
#: Marks a line may open with (a list marker).
_MARKERS = frozenset({"-", "*", "\u2022", "\u2013"})


def decided_goal(goal: Goal, style: RewriteStyle) -> str | None:
    """The writer's wish of the outcome ``goal`` names, as a sentence to rewrite; None for
    any other goal (module docstring)."""
    found = _decided(goal, style)
    if found is None:
        return None
    frame, words = found
    rest = join(words[1:])
    return capitalise(tidy(frame.format(rest=rest))).rstrip(" ,") + "."


def decided_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the outcome noun stands that :func:`decided_goal` tells as the writer's verb
    ('Promotie' -> 'promotie maken', 'Promotion' -> 'get promoted'): the seam checks count
    it kept in its verb."""
    found = _decided(goal, style)
    return [(found[1][0].start, found[1][0].end)] if found is not None else []


def _decided(goal: Goal, style: RewriteStyle) -> tuple[str, list[Word]] | None:
    """The pack's frame for the outcome noun that opens ``goal`` and the goal's words from
    it, when the goal is that noun phrase alone."""
    if not style.decided_outcomes or "\n" in goal.text.strip():
        return None
    words = [w for w in words_of(goal) if w.text not in (".", "!")]
    while words and words[0].text in _MARKERS:
        words = words[1:]
    if len(words) < 3 or any(w.pos in _CLAUSE for w in words[2:]):
        return None
    frame = style.decided_outcomes.get(words[0].lower)
    lead = words[1].lower in style.prepositions or words[1].pos in _LEADS
    if frame is None or not lead:
        return None  # 'Promotie' alone, 'promotiefilm maken': no outcome with its goal
    return frame, words
