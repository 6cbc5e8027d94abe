"""Result types: what a check returns.

All results are frozen pydantic values (never exceptions) that serialise to JSON and validate
back to an equal object. ``SCHEMA_VERSION`` changes whenever a field changes meaning or goes
away; adding an optional field is a minor bump. The schema is exported by
:func:`report_json_schema` and documented in ``docs/schema.md``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from smartcheck.configuration.languages import LANG_CODE, Lang
from smartcheck.criteria import Criterion
from smartcheck.reading.goal import Goal
from smartcheck.reporting.html import report_html

SCHEMA_VERSION = "1.4"

Severity = Literal["error", "warning", "info"]
Applicability = Literal["safe", "unsafe", "display_only"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")
_KEY = "The caller's id for the input, from a (key, text) pair given to check_many; else null."


class Edit(BaseModel):
    """Replace ``goal.text[start:end]`` by ``replacement``."""

    model_config = _FROZEN
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    replacement: str

    @model_validator(mode="after")
    def _ordered(self) -> Edit:
        if self.end < self.start:
            raise ValueError(f"edit end {self.end} is before its start {self.start}")
        return self


class Suggestion(BaseModel):
    """A proposed change: a title for people plus edits for tools.

    ``applicability`` follows ruff: ``safe`` keeps the meaning and may be applied
    automatically; ``unsafe`` may change the meaning and needs an explicit opt-in;
    ``display_only`` is advice with no edits a tool should apply.
    """

    model_config = _FROZEN
    title: str
    edits: tuple[Edit, ...] = ()
    applicability: Applicability = "display_only"


class Finding(BaseModel):
    """One problem a rule found in a goal, anchored to a span of the goal text."""

    model_config = _FROZEN
    code: str = Field(description="Rule code, e.g. 'T001'.")
    name: str = Field(description="Rule name, e.g. 'time_bound.missing_deadline'.")
    criterion: Criterion
    severity: Severity
    confidence: float = Field(ge=0.0, le=1.0, description="How sure the rule is (0..1).")
    message: str = Field(description="What is wrong, in the report's language.")
    fix_title: str | None = Field(default=None, description="What to do about it.")
    start: int = Field(ge=0, description="Char offset of the evidence span in goal.text.")
    end: int = Field(ge=0)
    text: str = Field(description="goal.text[start:end]; empty when the problem is an absence.")
    suggestions: tuple[Suggestion, ...] = ()
    source: str | None = Field(
        default=None,
        description="Set when the finding is about a context field beside the goal (a table "
        "cell, a YAML/JSON field): that field's source; start/end then index its text.",
    )


class Evidence(BaseModel):
    """A positive signal for a criterion (a resolved deadline, a number with a unit, ...)."""

    model_config = _FROZEN
    code: str = Field(description="Code of the rule that saw it.")
    criterion: Criterion
    label: str = Field(description="What kind of evidence, e.g. 'deadline', 'quantity'.")
    strength: float = Field(ge=0.0, le=1.0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    source: str | None = Field(
        default=None,
        description="Set when the evidence came from a context field beside the goal (a table "
        "cell, a YAML/JSON field): that field's source; start/end then index its text.",
    )


class CriterionScore(BaseModel):
    """The verdict on one criterion; ``passed`` is ``score >= threshold``."""

    model_config = _FROZEN
    criterion: Criterion
    label: str = Field(description="The criterion's name in the report's language.")
    score: float = Field(ge=0.0, le=1.0)
    threshold: float = Field(ge=0.0, le=1.0)
    passed: bool
    findings: tuple[Finding, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    question: str | None = Field(
        default=None, description="A coaching question for a failing criterion."
    )

    @model_validator(mode="after")
    def _passed_matches_score(self) -> CriterionScore:
        if self.passed != (self.score >= self.threshold):
            raise ValueError("passed must equal score >= threshold")
        return self


class RewriteField(BaseModel):
    """One labelled part a structured rewrite asks for ("Wanneer: [datum]")."""

    model_config = _FROZEN
    label: str
    value: str


class StructuredRewrite(BaseModel):
    """The fallback when no rewritten sentence reads whole: the goal's own words plus the
    missing parts as labelled fields a coach can fill in. Never a broken sentence."""

    model_config = _FROZEN
    goal: str = Field(description="The goal's own words (labels, list markers, BOM removed).")
    fields: tuple[RewriteField, ...] = ()

    @property
    def text(self) -> str:
        """One line: the goal, then 'Label: value' for each missing part."""
        parts = "; ".join(f"{f.label}: {f.value}" for f in self.fields)
        goal = self.goal.rstrip(" .!;,")
        end = "" if goal.endswith("?") else "."  # a question keeps its mark, alone
        return f"{goal}{end} {parts}." if parts else f"{goal}{end}"


class GoalReport(BaseModel):
    """Everything smartcheck says about one goal."""

    model_config = _FROZEN
    schema_version: str = SCHEMA_VERSION
    lang: Lang = Field(pattern=LANG_CODE, description="A registered language code: nl, en, ...")
    goal: Goal
    criteria: dict[Criterion, CriterionScore]
    is_smart: bool
    overall: float = Field(ge=0.0, le=1.0, description="Mean of the five criterion scores.")
    rewrite: str | None = None
    rewrites: tuple[str, ...] = Field(
        default=(), description="Ranked rewrites (best first); ``rewrite`` is the first."
    )
    structured_rewrite: StructuredRewrite | None = Field(
        default=None,
        description="Set when no rewritten sentence passed the seam check; then ``rewrite`` is "
        "its one-line text.",
    )
    split: tuple[str, ...] = Field(
        default=(),
        description="A text that packs several goals: one rewrite (or the goal) per goal.",
    )
    guidance: tuple[Finding, ...] = Field(
        default=(),
        description="Advice from the POP guides (code family P, e.g. other development routes "
        "than a course); never part of a criterion score.",
    )
    key: Any = Field(default=None, description=_KEY)

    @model_validator(mode="after")
    def _consistent(self) -> GoalReport:
        if self.is_smart != all(score.passed for score in self.criteria.values()):
            raise ValueError("is_smart must equal 'every criterion passed'")
        return self

    @property
    def findings(self) -> list[Finding]:
        """All findings of all criteria, in text order (then by code)."""
        every = [f for score in self.criteria.values() for f in score.findings]
        return sorted(every, key=lambda f: (f.start, f.end, f.code))

    @property
    def text(self) -> str:
        return self.goal.text

    def _repr_html_(self) -> str:
        """Shown by Jupyter: the goal with its spans highlighted per criterion, a five-letter
        badge, the findings with coaching questions, the rewrite."""
        return report_html(self)

    def to_flat_dict(self) -> dict[str, Any]:
        """One flat row for a DataFrame: scores, verdicts and finding codes per criterion."""
        row: dict[str, Any] = {
            "text": self.goal.text,
            "lang": self.lang,
            "is_smart": self.is_smart,
            "overall": self.overall,
            "deadline": self.goal.deadline.due if self.goal.deadline else None,
        }
        for criterion, score in self.criteria.items():
            row[f"{criterion.value}_score"] = score.score
            row[f"{criterion.value}_passed"] = score.passed
            row[f"{criterion.value}_codes"] = ",".join(f.code for f in score.findings)
        row["rewrite"] = self.rewrite
        return row


class GoalError(BaseModel):
    """Stands in for a report in :func:`smartcheck.check_many` when one input is unusable."""

    model_config = _FROZEN
    schema_version: str = SCHEMA_VERSION
    index: int = Field(ge=0, description="Position of the input in the batch.")
    error: str = Field(description="Exception class name, e.g. 'InvalidGoalError'.")
    message: str
    key: Any = Field(default=None, description=_KEY)

    def to_flat_dict(self) -> dict[str, Any]:
        return {"index": self.index, "error": self.error, "message": self.message}


def report_json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`GoalReport` (what ``model_dump_json`` produces)."""
    return GoalReport.model_json_schema(mode="serialization")
