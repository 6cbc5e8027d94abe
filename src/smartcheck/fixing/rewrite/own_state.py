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
#: A spaced dash between two parts of the text ('Get better at X - I can't ...').
_DASH = re.compile(r" [-\u2013\u2014] ")
#: How many words after an ability modal its negation may stand (a Dutch middle field:
#: 'kan de meeste storingen nog niet').
_NEGATION_REACH = 6
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

    def tells(a: int, b: int) -> bool:
        return _state(goal, ctx, style, a, b)

    found = sentences_around(goal.text, style, tells, min_words=2)
    # 'Get better at X - I can't tell Y apart': a spaced dash parts the state as a stop
    # would (the same length, so every offset still points into the goal's text)
    dashed = _DASH.sub(".  ", goal.text)
    if found is None and dashed != goal.text:
        found = sentences_around(dashed, style, tells, min_words=2)
    return found


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
    unable = _unable(goal, ctx, span)  # "I can't tell X apart": an inability now

    def inside(key: LexiconKey, verbs: bool = False) -> bool:
        return any(
            span[0] <= m.token_start < span[1]
            and not (verbs and _noun(goal, m.token_start))
            and not (verbs and _subordinate(goal, span[0], m.token_start))
            and not (verbs and m.token_start in unable)
            and not (verbs and _after_others(goal, m.token_start))
            for m in ctx.find(goal, key)
        )

    commit = commitment_words(style) | {m.lower() for m in style.modals}
    committed = [
        t
        for t in tokens
        if t.lower_ in commit and t.i not in unable and not _after_others(goal, t.i)
    ]
    if committed or any(inside(k, True) for k in _WILLED):
        return False
    if unable:
        return not any(t.kind in _GOAL_TIMES and start <= t.start < end for t in goal.deadlines)
    now = inside("situation_markers")  # 'Right now I lean on Tom whenever ...': a habit
    times = _GOAL_TIMES - {"recurring"} if now else _GOAL_TIMES
    if any(t.kind in times and start <= t.start < end for t in goal.deadlines):
        return False
    return now or any(inside(k) for k in _SIGNS) or _signed(goal.text[start:end], style)


def _unable(goal: Goal, ctx: RuleContext, span: tuple[int, int]) -> set[int]:
    """The writer's ability modals in ``span`` (token indices) that a negation follows in
    the same clause ("I *can't* tell the batches apart", "ik *kan* de meeste storingen nog
    *niet* zelf oplossen"): an inability told, where the writer stands, no will of theirs."""
    doc = goal.doc
    if doc is None:
        return set()
    negations = {m.token_start for m in ctx.find(goal, "negations")}
    found = set()
    for m in ctx.find(goal, "ability_modals"):
        if not span[0] <= m.token_start < span[1]:
            continue
        after = list(doc[m.token_end : min(span[1], m.token_end + _NEGATION_REACH)])
        cut = next((n for n, t in enumerate(after) if t.is_punct), len(after))  # its clause
        if any(t.i in negations for t in after[:cut]):
            found.add(m.token_start)
    return found


def _after_others(goal: Goal, at: int) -> bool:
    """A modal right after a noun, its own subject ('as well as the QC *people can*'):
    what others can, no will of the writer's."""
    doc = goal.doc
    return doc is not None and at > 0 and doc[at - 1].pos_ in ("NOUN", "PROPN")


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
