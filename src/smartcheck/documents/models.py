"""Result types of a document check: where each goal is, what stood beside it, its report.

Like :mod:`smartcheck.reporting.report`, every type is a frozen pydantic model that
serialises to JSON and validates back to an equal object. ``DOCUMENT_SCHEMA_VERSION``
changes in its major part when a field is removed or changes meaning, in its minor part when
an optional field is added. Documented in ``docs/documents.md``.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from smartcheck.configuration.phase import Phase
from smartcheck.errors import DocumentProblem
from smartcheck.reporting.report import GoalError, GoalReport, Severity

DOCUMENT_SCHEMA_VERSION = "1.1"

DocumentFormat = Literal["text", "markdown", "docx", "yaml", "json"]
_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Location(BaseModel):
    """Where a goal (or a context field) starts. Every number is 1-based.

    Text formats (text, markdown, and YAML scalars) set ``line`` and ``column`` (of the first
    character, in characters, counting CRLF and lone CR as one line break); ``.docx`` sets
    ``paragraph`` (body paragraphs in document order) or ``table``/``row``/``cell``;
    YAML and JSON set ``pointer`` (RFC 6901).
    """

    model_config = _FROZEN
    line: int | None = Field(default=None, ge=1)
    column: int | None = Field(default=None, ge=1)
    paragraph: int | None = Field(default=None, ge=1)
    table: int | None = Field(default=None, ge=1)
    row: int | None = Field(default=None, ge=1)
    cell: int | None = Field(default=None, ge=1)
    pointer: str | None = None

    def __str__(self) -> str:
        if self.line is not None:
            return f"{self.line}:{self.column or 1}"
        if self.table is not None:
            return f"table {self.table}, row {self.row}, cell {self.cell}"
        if self.paragraph is not None:
            return f"paragraph {self.paragraph}"
        return self.pointer if self.pointer is not None else "?"


class PlanFinding(BaseModel):
    """One piece of advice about the whole plan (code family P1xx); never a goal's verdict."""

    model_config = ConfigDict(frozen=True)
    code: str
    severity: Severity = "info"
    message: str
    location: Location | None = Field(
        default=None, description="What it is about, when that has a place (P103, P104)."
    )
    question: bool = Field(
        default=False, description="Asked as a question to the plan's authors, not an error."
    )


class DocumentSpan(BaseModel):
    """``start``..``end``: character offsets into the decoded file text (newlines as written)."""

    model_config = _FROZEN
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Segment(BaseModel):
    """``goal.text[goal_start:goal_start+length]`` is ``file_text[doc_start:...+length]``.

    A goal read from several source lines (a soft-wrapped item) or from inline markup is
    stitched together; the segments say which characters of the goal text are which
    characters of the file, so a tool can put a fix back. Characters no segment covers (the
    space that joins two wrapped lines) have no place in the file.
    """

    model_config = _FROZEN
    goal_start: int = Field(ge=0)
    doc_start: int = Field(ge=0)
    length: int = Field(ge=1)


class ContextValue(BaseModel):
    """A field beside the goal: its text and where it stands."""

    model_config = _FROZEN
    text: str
    source: str = Field(description="Where it came from, in words (used in findings).")
    location: Location


class DocumentGoal(BaseModel):
    """One goal found in a document, judged with the context that stood beside it."""

    model_config = _FROZEN
    text: str = Field(
        description="The goal as a person reads it: marker, label and markup "
        "stripped, wrapped lines joined."
    )
    location: Location
    span: DocumentSpan | None = Field(
        default=None, description="Offsets in the decoded file (text formats only)."
    )
    segments: tuple[Segment, ...] = ()
    context: dict[str, str] = Field(
        default_factory=dict,
        description="deadline / support / owner text from the goal's row, object or lines.",
    )
    context_fields: dict[str, ContextValue] = Field(default_factory=dict)
    report: GoalReport | None = Field(default=None, description="None when error is set.")
    error: GoalError | None = Field(default=None, description="Why the goal was not judged.")

    def document_offset(self, goal_offset: int) -> int | None:
        """The offset in the decoded file of the position before ``text[goal_offset]``, so
        it serves for the start and the (exclusive) end of an edit. A position right after
        a piece that came from the file maps to the end of that piece; None when the
        position has no place in the file (inside a joining space, any .docx text)."""
        for seg in self.segments:
            if seg.goal_start <= goal_offset < seg.goal_start + seg.length:
                return seg.doc_start + goal_offset - seg.goal_start
        for seg in self.segments:
            if goal_offset == seg.goal_start + seg.length:
                return seg.doc_start + seg.length
        return None


class DocumentError(BaseModel):
    """Why a document (or part of it) could not be read; ``message`` names file and problem."""

    model_config = _FROZEN
    path: str
    problem: DocumentProblem
    message: str

    def __str__(self) -> str:
        return self.message


class MetadataValue(BaseModel):
    """One of the form's own fields (not a goal): as written, and where it stands."""

    model_config = _FROZEN
    text: str = Field(description="The value as written ('12 maart 2024', '2024-2025').")
    source: str = Field(description="Where it came from, in words: \"line 'Periode' (3:1)\".")
    location: Location


class MetadataDate(MetadataValue):
    value: date | None = Field(description="The day it names; None when it names no full date.")


class MetadataPhase(MetadataValue):
    value: Phase | None = Field(
        description="The phase it names (the pack's documents.phases); None when unsure."
    )


class MetadataName(MetadataValue):
    value: str = Field(description="The name as written.")


class DocumentMetadata(BaseModel):
    """The form's own fields, read from its personalia/header part (labelled lines, form
    table rows, YAML/JSON keys named in the packs' ``documents.metadata``). A 'Periode'
    field fills both ``period_start`` and ``period_end`` (same text and location)."""

    model_config = _FROZEN
    conversation_date: MetadataDate | None = None
    period_start: MetadataDate | None = None
    period_end: MetadataDate | None = None
    phase: MetadataPhase | None = None
    employee: MetadataName | None = None
    manager: MetadataName | None = None


class DocumentResult(BaseModel):
    """Everything smartcheck says about one document."""

    model_config = _FROZEN
    schema_version: str = DOCUMENT_SCHEMA_VERSION
    path: str
    format: DocumentFormat | None = Field(default=None, description="None if unreadable.")
    encoding: str | None = Field(
        default=None,
        description="utf-8, utf-8-sig (BOM), utf-16 (BOM), cp1252; None for .docx or unread.",
    )
    newline: str | None = Field(
        default=None, description="The first line break in the file: '\\n', '\\r\\n' or '\\r'."
    )
    errors: tuple[DocumentError, ...] = ()
    goals: tuple[DocumentGoal, ...] = ()
    metadata: DocumentMetadata = Field(
        default_factory=DocumentMetadata,
        description="The form's own fields: conversation date, period, phase, names.",
    )
    plan_findings: tuple[PlanFinding, ...] = Field(
        default=(),
        description="Advice about the plan as a whole (P101 too many goals, P102 no agreed "
        "action or support, P103 a goals section without goals, P104 a plan more than a year "
        "old, P105/P106 every goal only about the employee / only about the company); never "
        "part of a goal's verdict.",
    )

    @property
    def ok(self) -> bool:
        """Read without errors (the goals may still fail SMART)."""
        return not self.errors

    @property
    def reports(self) -> list[GoalReport]:
        return [g.report for g in self.goals if g.report is not None]


def document_json_schema() -> dict[str, object]:
    """The JSON Schema of :class:`DocumentResult` (what ``model_dump_json`` produces)."""
    return DocumentResult.model_json_schema(mode="serialization")
