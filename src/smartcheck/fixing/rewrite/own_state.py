"""A sentence in which the writer tells how their work goes now, beside the goal: context.

"Improve my speed on home visits. *Some days I only manage 14 patients and the planning
says 20.*", "Become a better race marshal. *I still freeze a bit when two karts crash.*",
"*Op drukke dagen haal ik maar 30 orders.* Ik wil sneller orderpicken.": the writer as
the subject, no finite verb in the past and none in the imperative, no modal, wish, hedge
or commitment, no time of a goal, no question, and a sign that it tells the present: a
shortfall or a persistence (the pack's ``rewrite.own_state_signs``: still, only, some days;
nog, maar, sommige dagen) or one of the reading stage's signs (``situation_markers``,
``habit_markers``, ``present_problems``, ``difficulties``). Read with the goal, the frame
dated or committed it ("By [date], I will improve ... . Some days ..."), and the whole text
got the structured fallback. The writer's own present is where the goal starts, no goal: the
other sentences are rewritten as the goal and this one stays as written where the writer
put it, before or after (the reading stage's context sentences, situation.py, need a
marker of the present; this reading is the rewrite's only).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.difficulties import difficulty_goal
from smartcheck.fixing.rewrite.situation import Situated, sentences_around
from smartcheck.fixing.rewrite.words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.configuration.lexicon_keys import LexiconKey
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: The reading stage's signs that a statement tells the present.
_SIGNS: tuple[LexiconKey, ...] = (
    "situation_markers",
    "habit_markers",
    "present_problems",
    "difficulties",
)
#: Words that make a sentence a wish, duty, hedge or plan of the writer's: a goal, no state.
_WILLED: tuple[LexiconKey, ...] = ("modal_verbs", "hedges", "wish_verbs", "obligation_modals")
#: Kinds of time that make a statement a goal: a deadline, a start, a routine, an event.
_GOAL_TIMES = frozenset({"deadline", "start", "recurring", "event"})


def own_state_told(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> Situated | None:
    """The goal's sentences without those in which the writer tells how things go now, and
    those sentences before and after them; None when no sentence tells one, every sentence
    does, or one stands between goal sentences."""
    if goal.doc is None:
        return None
    if difficulty_goal(words_of(goal), style, goal.lang) is not None:
        return None  # 'Ik merk dat ik het moeilijk vind om X. Daar wil ik aan werken': learn X
    return sentences_around(
        goal.text, style, lambda a, b: _state(goal, ctx, style, a, b), min_words=2
    )


def _state(goal: Goal, ctx: RuleContext, style: RewriteStyle, start: int, end: int) -> bool:
    """Does the sentence from ``start`` to ``end`` (characters) tell the writer's present
    (module doc)?"""
    tokens = [t for t in goal.doc or () if start <= t.idx < end]
    if not tokens or goal.text[start:end].strip().endswith("?"):
        return False
    writer = {w.lower() for w in ctx.pack.words("first_person_subject")}
    if not any(t.lower_ in writer for t in tokens) or any(_past_or_order(t) for t in tokens):
        return False
    span = (tokens[0].i, tokens[-1].i + 1)

    def inside(key: LexiconKey, verbs: bool = False) -> bool:
        return any(
            span[0] <= m.token_start < span[1]
            and not (verbs and _noun(goal, m.token_start))
            and not (verbs and _subordinate(goal, span[0], m.token_start))
            for m in ctx.find(goal, key)
        )

    commit = commitment_words(style) | {m.lower() for m in style.modals}
    if any(t.lower_ in commit for t in tokens) or any(inside(k, True) for k in _WILLED):
        return False
    now = inside("situation_markers")  # 'Right now I lean on Tom whenever ...': a habit
    times = _GOAL_TIMES - {"recurring"} if now else _GOAL_TIMES
    if any(t.kind in times and start <= t.start < end for t in goal.deadlines):
        return False
    return now or any(inside(k) for k in _SIGNS) or _signed(goal.text[start:end], style)


def _noun(goal: Goal, at: int) -> bool:
    """The word at ``at`` follows a determiner: a noun, no modal of the writer's ('the
    *planning* says 20', 'de *planning*')."""
    doc = goal.doc
    return doc is not None and at > 0 and doc[at - 1].pos_ == "DET"


def _subordinate(goal: Goal, start: int, at: int) -> bool:
    """The word at ``at`` stands in a clause opened after the sentence's start by a
    subordinator or a relative adverb ('... whenever a part *needs* X', '... omdat het
    *moet*'): someone else's modal or need, no will of the writer's."""
    doc = goal.doc
    return doc is not None and any(
        t.pos_ == "SCONJ" or "Rel" in t.morph.get("PronType", []) for t in doc[start:at]
    )


def _past_or_order(token: Token) -> bool:
    """A finite verb in the past or an imperative: a past told, or a goal ('Get ...'). The
    small tagger misreads the present verb after the writer ('I still *freeze*' as a
    participle, 'I only *manage*' as a noun), so only what it marks past or ordered counts."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    morph = token.morph
    finite = "Fin" in morph.get("VerbForm", [])
    return (finite and "Past" in morph.get("Tense", [])) or "Imp" in morph.get("Mood", [])


def _signed(sentence: str, style: RewriteStyle) -> bool:
    """One of the pack's ``own_state_signs`` as words of the sentence."""
    lowered = sentence.lower()
    return any(
        re.search(rf"(?<!\w){re.escape(sign.lower())}(?!\w)", lowered)
        for sign in style.own_state_signs
    )
