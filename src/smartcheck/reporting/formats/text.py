"""The default output: linter lines ``path:line:col: CODE [S] message``, then per goal its
five-letter verdict and the suggested rewrite, and a closing summary."""

from __future__ import annotations

from smartcheck.criteria import Criterion
from smartcheck.judging.features.phase import employee_phase
from smartcheck.reporting.formats.base import Formatter
from smartcheck.reporting.formats.model import FileOutcome, GoalOutcome, Place, Summary
from smartcheck.reporting.report import GoalReport

_COLORS = {"red": "31", "green": "32", "yellow": "33", "blue": "34", "bold": "1", "dim": "2"}
_SEVERITY_COLOR = {"error": "red", "warning": "yellow", "info": "blue"}


def verdict_letters(report: GoalReport) -> str:
    """'S-AR-': a criterion's letter when it passes, '-' when it does not."""
    return "".join(
        c.value if report.criteria[c].passed else "-" for c in Criterion if c in report.criteria
    )


def position(path: str, place: Place) -> str:
    """``path:line:col`` for text formats, ``path[where]`` otherwise."""
    if place.line is not None:
        return f"{path}:{place.line}:{place.column or 1}"
    return f"{path}[{place.where}]" if place.where else path


class TextFormatter(Formatter):
    name = "text"
    #: Print each goal's verdict and rewrite (the concise format turns this off).
    verbose = True

    def paint(self, text: str, color: str) -> str:
        if not self.options.color:
            return text
        return f"\033[{_COLORS[color]}m{text}\033[0m"

    def handle(self, outcome: FileOutcome) -> None:
        # Input errors are not repeated here: the front end prints each on standard error.
        lines: list[str] = []
        for goal in outcome.goals:
            lines += self.goal_lines(outcome.path, goal)
        for notice in outcome.notices:
            if notice.status != "active":
                continue
            where = position(outcome.path, notice.place)
            code = self.paint(notice.code, _SEVERITY_COLOR[notice.severity])
            lines.append(f"{where}: {code} {notice.message}")
        if self.verbose:
            lines += [f"{outcome.path}: fixed: {fix}" for fix in outcome.fixes]
        if lines:
            self.write("\n".join(lines) + "\n")
        if outcome.diff:
            self.write(outcome.diff)

    def goal_lines(self, path: str, goal: GoalOutcome) -> list[str]:
        where = position(path, goal.place)
        if goal.error is not None:
            return []
        lines = []
        for item in goal.findings:
            if item.status != "active":
                continue
            finding = item.finding
            code = self.paint(finding.code, _SEVERITY_COLOR[finding.severity])
            lines.append(
                f"{position(path, item.place)}: {code} [{finding.criterion.value}] "
                f"{finding.message}"
            )
        report = goal.report
        if report is None or not self.verbose or (self.options.quiet and not goal.fails):
            return lines
        letters = verdict_letters(report)
        if report.is_smart:
            verdict = self.paint("SMART", "green")
        else:
            verdict = self.paint(f"not SMART {letters}", "red" if goal.fails else "yellow")
        phase = employee_phase(report.goal)
        judged = f", {phase.value}" if phase is not None else ""  # the phase it was judged in
        lines.append(f"{where}: {verdict} ({report.overall:.2f}{judged}) {goal.text!r}")
        for criterion, score in report.criteria.items():
            if not score.passed and score.question:
                lines.append(f"    {self.paint('?', 'dim')} {criterion.value}: {score.question}")
        if not report.is_smart and report.rewrite and self.options.show_rewrites:
            if report.split and report.rewrite == "\n".join(report.split):
                label = f"rewrite, one goal a line ({len(report.split)} goals):"
                lines.append(f"    {self.paint(label, 'dim')}")
                lines += [f"      {n}. {part}" for n, part in enumerate(report.split, 1)]
            else:
                lines.append(f"    {self.paint('rewrite:', 'dim')} {report.rewrite}")
        for advice in report.guidance:  # POP guidance: advice beside the verdict, unscored
            tip = f" {advice.fix_title}" if advice.fix_title else ""
            lines.append(f"    {self.paint(advice.code, 'blue')} {advice.message}{tip}")
        return lines

    def stop(self, summary: Summary) -> None:
        if self.options.quiet:
            return
        color = "red" if summary.failing or summary.errors else "green"
        self.write(self.paint(summary.sentence(), color) + "\n")
