"""A bracket of the writer's torn open by the rewriter's words.

The writer's aside in brackets ('the electrical side (distribution boxes, aggregates)')
holds a comma; a step that cuts the goal at a comma may cut inside it and put its frame
there: '(distribution boxes, with [how measured] as evidence, so that I can [concrete
behaviour]. Aggregates)'. The bracket then closes in another sentence and the frame reads as
part of the aside. Judged on the text: a bracket pair whose inside holds a sentence end or a
frame's placeholder (the behaviour, the measure, the support) beside other words (a number
or a date put in for the writer's own, '([aantal]% op tijd)', '([date])', is theirs; the
frame's deadline among the aside's words is not: '(laden, uitleggen vóór [datum] aan
klanten)'), or a bracket the goal closed left open.
"""

from __future__ import annotations

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.surface import PLACEHOLDER
from smartcheck.fixing.rewrite.stops import sentence_ends
from smartcheck.fixing.rewrite.style import RewriteStyle


def torn_bracket(candidate: str, goal_text: str, style: RewriteStyle) -> list[Seam]:
    """A bracket of ``candidate`` with the rewriter's words or a sentence end inside, or left
    open where ``goal_text`` closed it."""
    seams: list[Seam] = []
    depth, start = 0, -1
    for n, char in enumerate(candidate):
        if char == "(":
            depth, start = depth + 1, n if depth == 0 else start
        elif char == ")" and depth:
            depth -= 1
            if depth == 0 and _torn(candidate[start + 1 : n], goal_text, style):
                seams.append(Seam("dangling", "a bracket torn by the frame", ("torn-bracket",)))
    if depth and goal_text.count("(") <= goal_text.count(")"):
        seams.append(Seam("dangling", "a bracket left open", ("torn-bracket",)))
    return seams


def _torn(inside: str, goal_text: str, style: RewriteStyle) -> bool:
    """Does the inside of a bracket hold a sentence end or a frame's placeholder (the
    behaviour, the measure, the support: no number or date put for the writer's own) beside
    other words (and not so in the goal)?"""
    if inside.strip() and inside in goal_text:
        return False
    if sentence_ends(inside, style.abbreviations, marks=".!?", capital=True):
        return True
    p = style.placeholders
    deadline = style.frames.deadline.format(date=p.date).lower()
    if deadline in inside.lower() and inside.lower().strip() != deadline:
        return True  # '(laden, bereik uitleggen vóór [datum] aan klanten)': the frame's time
    framed = {p.behaviour, p.measure, p.support}
    holes = [h for h in PLACEHOLDER.findall(inside) if h in framed]
    return bool(holes) and PLACEHOLDER.sub("", inside).strip(" ,") != ""
