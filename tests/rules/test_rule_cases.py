"""Runs every fixture goal in tests/rules/fixtures/<CODE>.yml against its rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcheck import Checker
from smartcheck.testing import RuleCase, case_problems, load_rule_cases

FIXTURES = Path(__file__).parent / "fixtures"


def _cases() -> list[tuple[str, RuleCase]]:
    cases = []
    for path in sorted(FIXTURES.glob("*.yml")):
        loaded = load_rule_cases(path)
        cases.extend((loaded.rule, case) for case in loaded.cases)
    return cases


@pytest.mark.parametrize(("code", "case"), _cases(), ids=lambda v: getattr(v, "name", v))
def test_rule_case(checker: Checker, code: str, case: RuleCase) -> None:
    assert case_problems(checker, code, case) == []
