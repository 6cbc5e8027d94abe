"""What a front end hands to an output format: checked files, their goals and findings.

These are plain frozen dataclasses over the library's result models. A front end (the CLI)
fills them in — where each goal and finding sits in its file, which findings an inline
comment or a baseline silenced, and which ones fail the run — and every format only renders.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from smartcheck.reporting.report import Finding, GoalReport, Severity

FindingStatus = Literal["active", "suppressed", "baselined"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Place:
    """Where something sits in its file: line and column (1-based) for text formats, and a
    label for the rest ("table 1, row 2, cell 1", a JSON pointer)."""

    line: int | None = None
    column: int | None = None
    where: str = ""

    def describe(self) -> str:
        if self.line is not None:
            return f"{self.line}:{self.column or 1}"
        return self.where


@dataclass(frozen=True)
class PlacedEdit:
    """A suggested edit in file coordinates: replace ``start``..``end`` by ``replacement``."""

    start: Place
    end: Place
    replacement: str


@dataclass(frozen=True)
class PlacedFix:
    """A finding's suggestion whose edits could be placed in the file."""

    title: str
    applicability: str
    edits: tuple[PlacedEdit, ...]


@dataclass(frozen=True)
class ReportedFinding:
    """One finding of a goal, placed in its file, with what the run makes of it."""

    finding: Finding
    place: Place
    end: Place | None = None
    fixes: tuple[PlacedFix, ...] = ()
    status: FindingStatus = "active"
    fails: bool = False


@dataclass(frozen=True)
class Notice:
    """A message about the file rather than about a goal: plan advice (P1xx, ``question``
    when it is asked rather than told), an unused suppression comment. Plan advice can be
    silenced by an inline comment (``status``) like a finding."""

    code: str
    message: str
    severity: Severity
    place: Place
    fails: bool = False
    question: bool = False
    status: FindingStatus = "active"


@dataclass(frozen=True)
class GoalOutcome:
    """One goal as found in its file, with its report (or the reason it has none)."""

    text: str
    place: Place
    report: GoalReport | None = None
    error: str | None = None
    context: dict[str, str] = field(default_factory=dict)
    findings: tuple[ReportedFinding, ...] = ()
    fails: bool = False

    @property
    def is_smart(self) -> bool:
        return self.report is not None and self.report.is_smart


@dataclass(frozen=True)
class FileOutcome:
    """Everything the run says about one input: a file, standard input, or ``--text`` goals."""

    path: str
    format: str | None = None
    encoding: str | None = None
    errors: tuple[str, ...] = ()
    goals: tuple[GoalOutcome, ...] = ()
    notices: tuple[Notice, ...] = ()
    fixes: tuple[str, ...] = ()
    diff: str = ""
    internal: bool = False

    @property
    def fails(self) -> bool:
        return any(g.fails for g in self.goals) or any(n.fails for n in self.notices)


@dataclass
class Summary:
    """Counts for the closing line, kept up to date as files are handled."""

    files: int = 0
    goals: int = 0
    not_smart: int = 0
    failing: int = 0
    errors: int = 0
    fixes: int = 0
    interrupted: bool = False
    internal: bool = False
    codes: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: FileOutcome) -> None:
        self.files += 1
        self.errors += len(outcome.errors) + sum(1 for g in outcome.goals if g.error)
        self.fixes += len(outcome.fixes)
        self.internal = self.internal or outcome.internal
        for goal in outcome.goals:
            if goal.report is None:
                continue
            self.goals += 1
            self.not_smart += not goal.report.is_smart
            self.failing += goal.fails
            for item in goal.findings:
                if item.status == "active":
                    self.codes[item.finding.code] = self.codes.get(item.finding.code, 0) + 1
        for notice in outcome.notices:
            if notice.status == "active":
                self.codes[notice.code] = self.codes.get(notice.code, 0) + 1

    def sentence(self) -> str:
        """ "3 of 8 goals in 2 files are not SMART", plus errors and fixes when there are."""
        files = f"{self.files} file" + ("" if self.files == 1 else "s")
        goals = f"{self.goals} goal" + ("" if self.goals == 1 else "s")
        verb = "is" if self.not_smart == 1 else "are"
        text = f"{self.not_smart} of {goals} in {files} {verb} not SMART"
        if self.errors:
            text += f"; {self.errors} input error" + ("" if self.errors == 1 else "s")
        if self.fixes:
            text += f"; {self.fixes} fix" + ("" if self.fixes == 1 else "es") + " applied"
        if self.interrupted:
            text += " (interrupted: the remaining files were not checked)"
        return text + "."
