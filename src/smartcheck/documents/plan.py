"""The plan as a whole: advice about a POP document that no single goal shows.

The guides ask for "enkele ontwikkeldoelen" (a few development goals) and for agreements on
how the employee will get there. These findings are advice (code family P, 1xx for the
plan), reported in ``DocumentResult.plan_findings``; they never change a goal's verdict.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from smartcheck.configuration.packs import RulePack
from smartcheck.reporting.report import GoalReport, Severity

#: "Enkele ontwikkeldoelen": the guides speak of a few goals; we read "a few" as at most 5.
#: More than that is more than one year's plan can carry next to the daily work.
DEFAULT_MAX_GOALS = 5


class PlanFinding(BaseModel):
    """One piece of advice about the whole plan."""

    model_config = ConfigDict(frozen=True)
    code: str
    severity: Severity = "info"
    message: str


def _has_support(report: GoalReport) -> bool:
    goal = report.goal
    return bool(goal.support) or any(
        field.name == "support" and field.text.strip() for field in goal.context
    )


def plan_findings(
    reports: Sequence[GoalReport], pack: RulePack, max_goals: int = DEFAULT_MAX_GOALS
) -> tuple[PlanFinding, ...]:
    """P101: more goals than a plan can carry; P102: no goal names an agreed action or
    support (who helps, with what)."""
    texts = pack.guidance.plan
    found = []
    if len(reports) > max_goals and "P101" in texts:
        message = texts["P101"].format(count=len(reports), limit=max_goals)
        found.append(PlanFinding(code="P101", severity="warning", message=message))
    if reports and not any(_has_support(r) for r in reports) and "P102" in texts:
        found.append(PlanFinding(code="P102", message=texts["P102"]))
    return tuple(found)
