"""What fails a run: per finding and per goal, after suppressions and the baseline.

By default a goal fails when it is not SMART (and something about it is still reported:
a goal whose every finding was suppressed or baselined does not). ``--fail-on LEVEL``
instead fails on any reported finding of that severity or worse, and ``--min-score`` also
fails a goal whose overall score is below it.
"""

from __future__ import annotations

from dataclasses import replace

from smartcheck.reporting.formats.model import SEVERITY_RANK, GoalOutcome


def decide(goal: GoalOutcome, fail_on: str | None, min_score: float | None) -> GoalOutcome:
    """``goal`` with ``fails`` set on it and on each of its findings."""
    report = goal.report
    if report is None:
        return goal
    active = [f for f in goal.findings if f.status == "active"]
    silenced = len(active) < len(goal.findings)
    still_reported = bool(active) or not silenced
    if fail_on is not None:
        rank = SEVERITY_RANK[fail_on]
        findings = tuple(
            replace(f, fails=f.status == "active" and SEVERITY_RANK[f.finding.severity] >= rank)
            for f in goal.findings
        )
        fails = any(f.fails for f in findings)
    else:
        fails = not report.is_smart and still_reported
        findings = tuple(replace(f, fails=fails and f.status == "active") for f in goal.findings)
    if min_score is not None and report.overall < min_score and still_reported:
        fails = True
    return replace(goal, findings=findings, fails=fails)
