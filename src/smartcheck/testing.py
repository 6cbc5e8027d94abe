"""Test harness for rules, shipped so that plugin authors test their rules the same way.

A fixture file holds example goals for one rule::

    rule: S001
    cases:
      - name: nl_vague_excel
        lang: nl
        fail: "Ik wil beter worden in Excel."
        span: "beter worden"          # optional: the text the finding must point at
      - name: nl_concrete
        lang: nl
        pass: "Ik maak vóór 1 maart 2027 zelfstandig draaitabellen in Excel."

``fail`` goals must get at least one finding of the rule, ``pass`` goals none. Optional keys:
``reference_date`` (default 2026-11-23), ``config`` (a Config mapping), and ``fix`` (the
text after applying the rule's safe fixes).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from smartcheck.checker import Checker
from smartcheck.configuration.languages import Lang

DEFAULT_REFERENCE_DATE = date(2026, 11, 23)


class RuleCase(BaseModel):
    """One example goal for a rule and what the rule must say about it."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)
    name: str
    lang: Lang
    fail: str | None = None
    pass_: str | None = Field(default=None, alias="pass")
    span: str | None = None
    fix: str | None = None
    reference_date: date = DEFAULT_REFERENCE_DATE
    config: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_goal(self) -> RuleCase:
        if (self.fail is None) == (self.pass_ is None):
            raise ValueError(f"case {self.name!r} needs exactly one of 'fail' or 'pass'")
        return self

    @property
    def goal(self) -> str:
        return self.fail if self.fail is not None else self.pass_  # type: ignore[return-value]

    @property
    def expects_finding(self) -> bool:
        return self.fail is not None


class RuleCaseFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    rule: str
    cases: tuple[RuleCase, ...]


def load_rule_cases(path: str | Path) -> RuleCaseFile:
    """Read and validate one fixture file."""
    with Path(path).open(encoding="utf-8") as handle:
        return RuleCaseFile.model_validate(yaml.safe_load(handle))


def case_problems(checker: Checker, code: str, case: RuleCase) -> list[str]:
    """What is wrong with the rule's behaviour on ``case`` (empty list: it behaves)."""
    if case.config:
        checker = Checker({**case.config})
    report = checker.check(case.goal, lang=case.lang, reference_date=case.reference_date)
    own = [f for f in (*report.findings, *report.guidance) if f.code == code]
    problems = []
    if case.expects_finding and not own:
        codes = [f.code for f in (*report.findings, *report.guidance)] or "none"
        problems.append(f"{case.name}: expected {code} on {case.goal!r}, got findings {codes}")
    if not case.expects_finding and own:
        problems.append(f"{case.name}: unexpected {code} on {case.goal!r}: {own[0].message}")
    if case.span is not None and own and not any(f.text == case.span for f in own):
        problems.append(f"{case.name}: expected span {case.span!r}, got {[f.text for f in own]}")
    if case.fix is not None:
        from smartcheck.fixing.fixes import apply_fixes

        fixed = apply_fixes(
            checker, case.goal, lang=case.lang, reference_date=case.reference_date, select=(code,)
        )
        if fixed.text != case.fix:
            problems.append(f"{case.name}: fix gave {fixed.text!r}, expected {case.fix!r}")
    return problems
