"""A rewrite that commits the writer to the flaw the goal only told.

"..., ik klap dan soms een beetje dicht", "..., I always go way too low": the writer's own
flaw after the goal (rewrite/flaws.py) is what goes wrong now; so is a habit told as the whole
goal ("Ik stel administratieve taken vaak uit"). A sentence of a candidate that
puts a frame around its words ("Vóór [datum] klap ik dan soms een beetje dicht", "By [date],
I will go way too low in [number] out of 10 cases") makes the flaw the target: broken, never
shown. The flaw kept as written beside the rewritten goal commits to nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.flaws import Flaw, flaw_told, habit_alone
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.per_goal import once_per_goal
from smartcheck.fixing.rewrite.stops import sentences

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def _flaw(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> Flaw | None:
    """The flaw told after the goal, or the habit told as the whole goal."""
    return flaw_told(goal, ctx, style) or habit_alone(goal, ctx, style)


def flaw_committed(candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A sentence of ``candidate`` with a frame the rewrite added (a placeholder, or the
    writer's subject beside a commitment) and every word of the goal's told flaw, but not
    the flaw's clause as written: the flaw was made the goal."""
    found: Flaw | None = once_per_goal(
        "flaw_told", goal, (style, ctx.pack), lambda: _flaw(goal, ctx, style)
    )
    if found is None or not found.words:
        return []
    added = list(style.placeholders.model_dump().values())
    committed = {f"{s} {a}".lower() for s, a in style.subjects.items()}
    committed |= {f"{a} {s}".lower() for s, a in style.subjects.items()}
    for sentence in sentences(candidate, style.abbreviations):
        if found.clause.lower() in sentence.lower():
            continue  # the flaw kept as the writer told it
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", sentence)]
        pairs = {f"{a} {b}" for a, b in pairwise(words)}
        framed = any(p in sentence for p in added) or bool(pairs & committed)
        if framed and set(found.words) <= set(words):
            return [
                Seam("context_committed", f"commits to the flaw told: {found.clause!r}", ("flaw",))
            ]
    return []
