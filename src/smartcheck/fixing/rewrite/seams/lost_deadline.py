"""The goal's deadline gone from the rewrite: 'Finish the NEBOSH certificate, ideally by
March' -> 'I will finish the NEBOSH certificate, preferably, agreed with [who supports
you].'.

A deadline the writer set passes T; a rewrite asked for another criterion keeps it, moves
it to the front or asks it again ('[date]'). A hedge read with the time ('ideally by', a
deadline marker of the time table) and replaced or dropped took the time with it: the
rewrite has no deadline at all, and the measure, which checks only the criteria that
failed, does not see it. Judged on the candidate's times as the reading stage reads them: a
goal with a dated deadline, a candidate with none and without the date placeholder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal
    from smartcheck.reading.timex import TimeExpression


def deadline_lost(
    candidate: str, times: list[TimeExpression], goal: Goal, style: RewriteStyle
) -> list[Seam]:
    """The goal's dated deadline with no deadline and no date asked in ``candidate``."""
    dated = [t for t in goal.deadlines if t.kind == "deadline" and t.due is not None]
    if not dated or style.placeholders.date in candidate:
        return []
    if any(t.kind in ("deadline", "event", "start") for t in times):
        return []
    return [Seam("lost_words", f"the deadline {dated[0].text!r} is gone", ("lost-deadline",))]
