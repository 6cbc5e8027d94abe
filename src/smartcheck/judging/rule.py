"""The Rule base class: metadata as class attributes, one ``evaluate`` method.

A rule states what it checks (``code``, ``name``, ``criterion``, ``summary``), how bad it is
by default (``severity``), which languages it supports, and documents itself in its docstring
with the sections What it does / Why / Example / Use instead. ``__init_subclass__`` checks all
of that when the class is defined, so a malformed rule fails at import, not in a user's run.

A rule object holds only its validated options. It reads the goal and yields
:class:`~smartcheck.reporting.report.Finding` (a problem) or
:class:`~smartcheck.reporting.report.Evidence` (a positive signal) values, built with
:meth:`Rule.finding` and :meth:`Rule.evidence`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol

from pydantic import BaseModel, ConfigDict

from smartcheck.criteria import Criterion
from smartcheck.reporting.report import Evidence, Finding, Severity, Suggestion

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import ContextField, Goal

CODE_PATTERN = re.compile(r"^[A-Z]{1,3}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
DOC_SECTIONS = ("What it does", "Why", "Example", "Use instead")

FixAvailability = Literal["none", "sometimes", "always"]
#: "smart": findings score a SMART criterion. "guidance": advice from the POP guides (other
#: development routes), reported apart in ``GoalReport.guidance`` and never scored.
Family = Literal["smart", "guidance"]


class Spanned(Protocol):
    """Anything with character offsets into the goal (a lexicon match, a span)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


Status = Literal["preview", "stable", "deprecated"]


class NoOptions(BaseModel):
    """Options of a rule that has none."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Rule:
    """Base class of every smartcheck rule (built-in or plugin)."""

    code: ClassVar[str]
    name: ClassVar[str]
    criterion: ClassVar[Criterion]
    summary: ClassVar[str]
    severity: ClassVar[Severity] = "warning"
    #: The languages the rule runs on; empty: every language that has a rule pack (the
    #: rule's words come from the pack, so a new language needs no change to the rule).
    languages: ClassVar[frozenset[str]] = frozenset()
    fix_availability: ClassVar[FixAvailability] = "none"
    status: ClassVar[Status] = "stable"
    #: "guidance" rules advise; their findings never lower a criterion score. Their
    #: ``criterion`` names the criterion the advice is closest to (for grouping only).
    family: ClassVar[Family] = "smart"
    aliases: ClassVar[tuple[str, ...]] = ()
    #: What the rule reads: "parse" (tags, dependencies and the anatomy built from them) or
    #: only "time" (the time engine on the raw text). A checker whose rules need no parse
    #: runs on spacy.blank and skips loading the trained pipeline.
    requires: ClassVar[frozenset[str]] = frozenset({"parse"})
    Options: ClassVar[type[BaseModel]] = NoOptions
    #: Messages for plugin rules that ship none in a rule pack: {lang: {"message", "fix"}}.
    default_messages: ClassVar[dict[str, dict[str, str]]] = {}
    #: A base for other rules (``class TimeRule(Rule, abstract=True)``), never registered.
    is_abstract: ClassVar[bool] = True

    def __init_subclass__(cls, abstract: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.is_abstract = abstract
        if abstract:
            return
        problems = _metadata_problems(cls)
        if problems:
            raise TypeError(f"rule class {cls.__qualname__} is malformed: {'; '.join(problems)}")

    def __init__(self, options: BaseModel | None = None, severity: Severity | None = None) -> None:
        self.options = options if options is not None else self.Options()
        self.effective_severity: Severity = severity or self.severity

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterable[Finding | Evidence]:
        """Yield the findings and evidence this rule sees in ``goal``."""
        raise NotImplementedError

    # -- helpers for subclasses -------------------------------------------------------------
    def finding(
        self,
        goal: Goal,
        ctx: RuleContext,
        start: int = 0,
        end: int = 0,
        *,
        confidence: float = 0.8,
        suggestions: Iterable[Suggestion] = (),
        **fields: Any,
    ) -> Finding:
        """A finding with this rule's metadata and its message from the rule pack."""
        return self._finding(
            goal.text, ctx, start, end, confidence, tuple(suggestions), None, fields
        )

    def _finding(
        self,
        text: str,
        ctx: RuleContext,
        start: int,
        end: int,
        confidence: float,
        suggestions: tuple[Suggestion, ...],
        source: str | None,
        fields: dict[str, Any],
    ) -> Finding:
        """The one place a Finding is built, on the goal's text or a context field's."""
        message, fix = ctx.message(self, **fields)
        return Finding(
            code=self.code,
            name=self.name,
            criterion=self.criterion,
            severity=self.effective_severity,
            confidence=confidence,
            message=message,
            fix_title=fix,
            start=start,
            end=end,
            text=text[start:end],
            suggestions=suggestions,
            source=source,
        )

    def phrase_finding(
        self, goal: Goal, ctx: RuleContext, match: Spanned, *, confidence: float, **fields: Any
    ) -> Finding:
        """A finding on a matched phrase, whose text fills the message's ``{phrase}`` slot."""
        phrase = goal.text[match.start : match.end]
        return self.finding(
            goal, ctx, match.start, match.end, confidence=confidence, phrase=phrase, **fields
        )

    def evidence(
        self, goal: Goal, label: str, start: int, end: int, strength: float = 0.8
    ) -> Evidence:
        return self._evidence(goal.text, label, start, end, strength, None)

    def _evidence(
        self, text: str, label: str, start: int, end: int, strength: float, source: str | None
    ) -> Evidence:
        return Evidence(
            code=self.code,
            criterion=self.criterion,
            label=label,
            strength=strength,
            start=start,
            end=end,
            text=text[start:end],
            source=source,
        )

    def context_evidence(
        self, field: ContextField, label: str, start: int, end: int, strength: float = 0.8
    ) -> Evidence:
        """Evidence found in a context field beside the goal (a table cell, a YAML field):
        ``start``/``end`` index the field's text and ``source`` says where it stood."""
        return self._evidence(field.text, label, start, end, strength, field.source)

    def context_finding(
        self,
        field: ContextField,
        ctx: RuleContext,
        start: int,
        end: int,
        *,
        confidence: float = 0.8,
        **fields: Any,
    ) -> Finding:
        """A finding about a context field (a passed date in the deadline column)."""
        return self._finding(field.text, ctx, start, end, confidence, (), field.source, fields)


def _metadata_problems(cls: type[Rule]) -> list[str]:
    problems = []
    for attr in ("code", "name", "criterion", "summary"):
        if not hasattr(cls, attr):
            problems.append(f"missing class attribute {attr!r}")
    if problems:
        return problems
    if not CODE_PATTERN.match(cls.code):
        problems.append(f"code {cls.code!r} must be 1-3 capital letters and 3 digits")
    if not NAME_PATTERN.match(cls.name):
        problems.append(f"name {cls.name!r} must be dotted lower_snake_case, e.g. 'specific.x'")
    if not isinstance(cls.criterion, Criterion):
        problems.append("criterion must be a smartcheck.Criterion")
    doc = cls.__doc__ or ""
    missing = [section for section in DOC_SECTIONS if f"{section}" not in doc]
    if missing:
        problems.append(f"docstring lacks the sections {missing}")
    return problems
