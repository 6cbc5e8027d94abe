"""A bracket of the writer's torn open by the rewriter's words.

The writer's aside in brackets ('the electrical side (distribution boxes, aggregates)')
holds a comma; a step that cuts the goal at a comma may cut inside it and put its frame
there: '(distribution boxes, with [how measured] as evidence, so that I can [concrete
behaviour]. Aggregates)'. The bracket then closes in another sentence and the frame reads as
part of the aside. Judged on the text: a bracket pair whose inside holds a sentence end or a
placeholder that is not the whole inside ('([date])' names the date of a fronted event, see
event deadlines), or a bracket the goal closed left open.
"""

from __future__ import annotations

import re

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.surface import PLACEHOLDER

#: A sentence end inside a text: a mark, a space and a capital.
_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÀ-Ý]")


def torn_bracket(candidate: str, goal_text: str) -> list[Seam]:
    """A bracket of ``candidate`` with the rewriter's words or a sentence end inside, or left
    open where ``goal_text`` closed it."""
    seams: list[Seam] = []
    depth, start = 0, -1
    for n, char in enumerate(candidate):
        if char == "(":
            depth, start = depth + 1, n if depth == 0 else start
        elif char == ")" and depth:
            depth -= 1
            if depth == 0 and _torn(candidate[start + 1 : n], goal_text):
                seams.append(Seam("dangling", "a bracket torn by the frame", ("torn-bracket",)))
    if depth and goal_text.count("(") <= goal_text.count(")"):
        seams.append(Seam("dangling", "a bracket left open", ("torn-bracket",)))
    return seams


def _torn(inside: str, goal_text: str) -> bool:
    """Does the inside of a bracket hold a sentence end or a placeholder beside other words
    (and not so in the goal)?"""
    if inside.strip() and inside in goal_text:
        return False
    if _SENTENCE_END.search(inside):
        return True
    holes = PLACEHOLDER.findall(inside)
    return bool(holes) and PLACEHOLDER.sub("", inside).strip(" ,") != ""
