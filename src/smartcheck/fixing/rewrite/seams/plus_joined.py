"""Goals the writer joined with a plus sign, committed as one sentence.

'ga ik leren X geven + praktijk Y + zelf Z maken', 'I will improve X + learn Y + a Z
course': the frames read no joiner in a spaced "+", so the whole line became one goal with
the writer's plus signs inside the sentence. It packs goals; each part gets its own rewrite
(plussed.py). A candidate that keeps a spaced plus sign of such a goal is refused, so the
one-rewrite-per-goal split shows instead.
"""

from __future__ import annotations

import re

from smartcheck.fixing.rewrite.plussed import joins_goals
from smartcheck.fixing.rewrite.seams.kinds import Seam

_PLUS = re.compile(r"\s\+\s")


def plus_joined(candidate: str, goal_text: str) -> list[Seam]:
    """A spaced plus sign in ``candidate`` where ``goal_text`` joined goals with it."""
    if not _PLUS.search(candidate) or not joins_goals(goal_text):
        return []
    return [Seam("residue", "goals joined by '+' in one sentence", ("+",))]
