"""Someone else's wish or question for the writer, then a first step the writer hedges.

"Mijn teamleider vraagt of ik de inkoop wil overnemen. Ik twijfel of ik dat kan, misschien
eerst een cursus inkoop?", "My supervisor wants me to run the stock audit. Maybe first
shadow Maria for a month?": the task is offered by another person, the step is the writer's,
asked or hedged, often after a doubt. Rewritten one by one the wish became the writer's
commitment and the step stayed a question after it, which fails A (hedging). A coach commits
the step as the writer's first one with the offered task as its purpose and the other
person's credit ('Vóór [datum] ga ik eerst een cursus inkoop volgen, zodat ik de inkoop kan
overnemen, zoals mijn teamleider vraagt.'): the other's suggestion with the writer's own step
is owned and agreed (JUDGING A). The doubt is the writer's reservation: it stays after the
rewrite as a sentence of its own, as doubts do (item 75).

This module only reads the pieces; ``WholeTextRewrites._offered_step`` (whole_text.py)
judges, rewrites and checks them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_means import hedged_cut, hedged_means
from smartcheck.fixing.rewrite.means import goal_sentences
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.words import Word, capitalise, closed, join

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: The lexicon keys of the writer's doubt beside a step (reservations.py reads the same).
_DOUBTS = ("uncertain_remarks", "doubt_remarks", "lacking_remarks")


@dataclass(frozen=True)
class OfferedStep:
    """The offered task as written, the step as a bare verb phrase, and the doubt kept."""

    aim: str
    means: str
    doubt: str
    #: The hedged step as written ('Misschien eerst een cursus inkoop?').
    asked: str = ""


def offered_step(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> OfferedStep | None:
    """The first sentence (the task someone else offers), a last sentence that hedges or
    asks a step ('Maybe first a course?'), maybe after the writer's doubt at a comma or in
    a sentence between them; None for any other text."""
    sentences = goal_sentences(goal, style)
    if not 2 <= len(sentences) <= 3:
        return None
    last = sentences[-1]
    cut = hedged_cut(last, style)
    doubts = [s for s in sentences[1:-1]]
    asked = last
    if cut is not None:
        doubts.append(last[:cut])
        asked = last[cut + 1 :]
    if len(doubts) > 1 or not all(_doubted(d, goal, ctx) for d in doubts):
        return None
    means = hedged_means(asked, goal, ctx, style)
    if means is None:
        return None
    doubt = closed(capitalise(join(_said(doubts[0])))) if doubts else ""
    return OfferedStep(
        aim=closed(capitalise(join(sentences[0]))),
        means=means,
        doubt=doubt,
        asked=capitalise(join(asked, lead=False)),
    )


def _said(words: list[Word]) -> list[Word]:
    """``words`` without the marks that end them ('?', ','): a remark of its own."""
    said = list(words)
    while said and (said[-1].text in SENTENCE_MARKS or said[-1].text in ",;:"):
        said.pop()
    return said


def _doubted(words: list[Word], goal: Goal, ctx: RuleContext) -> bool:
    """Do ``words`` hold the writer's doubt, uncertainty or lack (the pack's
    ``uncertain_remarks``, ``doubt_remarks``, ``lacking_remarks``)?"""
    if goal.doc is None or not words:
        return False
    start, end = words[0].start, words[-1].end
    return any(
        start <= goal.doc[m.token_start].idx < end for key in _DOUBTS for m in ctx.find(goal, key)
    )
