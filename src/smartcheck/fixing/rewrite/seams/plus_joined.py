"""Goals the writer joined with a plus sign, committed as one sentence.

'ga ik leren X geven + praktijk Y + zelf Z maken', 'I will improve X + learn Y + a Z
course': the frames read no joiner in a spaced "+", so the whole line became one goal with
the writer's plus signs inside the sentence. It packs goals; each part gets its own rewrite
(plussed.py). A candidate that keeps a spaced plus sign of such a goal is refused, so the
one-rewrite-per-goal split shows instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.plussed import plussed_pieces
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

_PLUS = re.compile(r"\s\+\s")


def plus_joined(candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A spaced plus sign in ``candidate`` where ``goal`` joined goals with it."""
    if not _PLUS.search(candidate) or not _PLUS.search(goal.text):
        return []
    if not plussed_pieces(goal, ctx, style):
        return []
    return [Seam("residue", "goals joined by '+' in one sentence", ("+",))]
