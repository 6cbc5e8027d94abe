"""From results to outcomes: place each goal and finding in its file, apply per-file
ignores, inline suppressions and the baseline, and decide what fails."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date

from smartcheck.checker import Checker
from smartcheck.cli.baseline import Baseline
from smartcheck.cli.verdicts import decide
from smartcheck.judging.selection import specificity
from smartcheck.reporting.formats.model import (
    FileOutcome,
    GoalOutcome,
    Place,
    PlacedEdit,
    PlacedFix,
    ReportedFinding,
)
from smartcheck.reporting.report import Finding, GoalError, GoalReport

TEXT_PATH = "<text>"
_BREAK = re.compile(r"\r\n|\r|\n")

#: goal offset -> offset in the file's text (None: that character has no place there)
OffsetMap = Callable[[int], "int | None"]


class LineIndex:
    """Offsets in a text to 1-based line and column (CRLF and a lone CR are one break)."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _BREAK.finditer(text)]

    def place(self, offset: int) -> Place:
        line = bisect.bisect_right(self.starts, offset) - 1
        return Place(line=line + 1, column=offset - self.starts[line] + 1)


def ignored_by(checker: Checker, selectors: Sequence[str]) -> Callable[[Finding], bool]:
    """Whether a finding's rule is named by one of ``selectors`` (per-file ignores)."""

    def test(finding: Finding) -> bool:
        rule = checker.registry.get(finding.code)
        return rule is not None and any(specificity(s, rule) is not None for s in selectors)

    return test


def place_findings(
    report: GoalReport,
    goal_place: Place,
    to_file: OffsetMap | None,
    index: LineIndex | None,
    applicability: Iterable[str],
) -> list[ReportedFinding]:
    """Each finding at its place in the file (the goal's own place when the finding's text
    has none there, e.g. an absence, or a .docx goal) with its fixes placed too."""
    wanted = set(applicability)
    placed = []
    for finding in report.findings:
        start = end = None
        if to_file is not None and index is not None and getattr(finding, "source", None) is None:
            a, b = to_file(finding.start), to_file(finding.end)
            if a is not None and b is not None:
                start, end = index.place(a), index.place(b)
        fixes = []
        for suggestion in finding.suggestions:
            if suggestion.applicability not in wanted or not suggestion.edits:
                continue
            edits = []
            for edit in suggestion.edits:
                a = to_file(edit.start) if to_file else None
                b = to_file(edit.end) if to_file else None
                if a is None or b is None or index is None or b - a != edit.end - edit.start:
                    break  # the edit spans text with no place in the file: not offered
                edits.append(PlacedEdit(index.place(a), index.place(b), edit.replacement))
            else:
                fixes.append(PlacedFix(suggestion.title, suggestion.applicability, tuple(edits)))
        placed.append(
            ReportedFinding(finding=finding, place=start or goal_place, end=end, fixes=tuple(fixes))
        )
    return placed


def text_goals_outcome(
    checker: Checker,
    texts: Sequence[str],
    lang: str | None,
    reference_date: date | None,
    fail_on: str | None = None,
    min_score: float | None = None,
    baseline: Baseline | None = None,
) -> FileOutcome:
    """``--text`` goals (and the older bare goal arguments): goal N is line N of ``<text>``."""
    goals = []
    results = checker.check_many(texts, lang=lang, reference_date=reference_date)
    for i, (text, result) in enumerate(zip(texts, results, strict=True)):
        place = Place(line=i + 1, column=1)
        if isinstance(result, GoalError):
            error = f"goal {i + 1}: {result.message}"
            goals.append(GoalOutcome(text=text, place=place, error=error))
            continue
        findings = tuple(
            ReportedFinding(
                finding=f,
                place=Place(line=i + 1, column=f.start + 1),
                end=Place(line=i + 1, column=f.end + 1),
                fixes=tuple(
                    PlacedFix(
                        s.title,
                        s.applicability,
                        tuple(
                            PlacedEdit(
                                Place(line=i + 1, column=e.start + 1),
                                Place(line=i + 1, column=e.end + 1),
                                e.replacement,
                            )
                            for e in s.edits
                        ),
                    )
                    for s in f.suggestions
                    if s.edits and s.applicability != "display_only"
                ),
            )
            for f in result.findings
        )
        if baseline is not None:
            findings = tuple(
                replace(f, status="baselined")
                if baseline.take(TEXT_PATH, f.finding.code, text, f.finding.text)
                else f
                for f in findings
            )
        outcome = GoalOutcome(text=text, place=place, report=result, findings=findings)
        goals.append(decide(outcome, fail_on, min_score))
    return FileOutcome(path=TEXT_PATH, format="text", goals=tuple(goals))
