"""A readable HTML view of a report, for notebooks (``GoalReport._repr_html_``)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.reporting.report import GoalReport


def report_html(report: GoalReport) -> str:
    """The goal, one row per criterion (verdict, score, findings, question), the rewrite."""
    rows = []
    for criterion, score in report.criteria.items():
        verdict = "✔" if score.passed else "✘"
        colour = "#2e7d32" if score.passed else "#c62828"
        notes = "<br>".join(
            f"<code>{escape(f.code)}</code> {escape(f.message)}" for f in score.findings
        )
        if score.question:
            notes += f"<br><i>{escape(score.question)}</i>"
        rows.append(
            f"<tr><td style='color:{colour}'>{verdict}</td>"
            f"<td>{escape(criterion.value)} {escape(score.label)}</td>"
            f"<td>{score.score:.2f}</td><td>{notes}</td></tr>"
        )
    rewrite = f"<p><b>Rewrite:</b> {escape(report.rewrite)}</p>" if report.rewrite else ""
    verdict = "SMART" if report.is_smart else "not SMART"
    return (
        f"<div><p><b>{escape(report.goal.text)}</b> ({escape(report.lang)}, {verdict}, "
        f"{report.overall:.2f})</p><table>{''.join(rows)}</table>{rewrite}</div>"
    )
