"""Structural checks every rule must pass: unique ids, docs, messages, fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcheck.configuration.packs import builtin_pack
from smartcheck.judging.registry import discover_rules
from smartcheck.judging.rule import DOC_SECTIONS, Rule
from smartcheck.rules import get_rules
from smartcheck.testing import load_rule_cases

FIXTURES = Path(__file__).parent / "fixtures"
RULES = get_rules()


def test_codes_and_names_are_unique() -> None:
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)


def test_every_criterion_has_at_least_two_rules() -> None:
    smart = [r for r in RULES if r.family == "smart"]
    per_criterion = {c: [r for r in smart if r.criterion == c] for c in "SMART"}
    assert all(len(rules) >= 2 for rules in per_criterion.values()), per_criterion


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_metadata(rule: type[Rule]) -> None:
    if rule.family == "guidance":  # POP guidance: its own family P, advice only
        assert rule.code[0] == "P" and rule.name.startswith("guidance.")
        assert rule.severity == "info"
        return
    assert rule.code[0] == rule.criterion.value, "core rule codes start with their criterion"
    assert rule.name.split(".")[0] in {
        "specific",
        "measurable",
        "acceptable",
        "realistic",
        "time_bound",
    }
    for section in DOC_SECTIONS:
        assert section in (rule.__doc__ or "")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_rule_has_messages_in_both_languages(rule: type[Rule], lang: str) -> None:
    text = builtin_pack(lang).messages.get(rule.code)
    assert text is not None, f"rules/{lang}.yaml has no message for {rule.code}"
    assert text.fix, f"rules/{lang}.yaml has no fix title for {rule.code}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_pass_and_fail_fixtures_in_both_languages(rule: type[Rule]) -> None:
    path = FIXTURES / f"{rule.code}.yml"
    assert path.exists(), f"missing fixture file {path.name}"
    cases = load_rule_cases(path)
    assert cases.rule == rule.code
    for lang in ("nl", "en"):
        kinds = {case.expects_finding for case in cases.cases if case.lang == lang}
        assert kinds == {True, False}, f"{rule.code} needs pass and fail cases in {lang}"


def test_every_fixture_file_names_a_registered_rule() -> None:
    known = {r.code for r in discover_rules()}
    for path in FIXTURES.glob("*.yml"):
        assert path.stem in known, f"{path.name} is for no registered rule"


def test_malformed_rule_fails_at_class_definition() -> None:
    with pytest.raises(TypeError, match="docstring lacks"):

        class Undocumented(Rule):
            code = "XY001"
            name = "plugin.undocumented"
            criterion = __import__("smartcheck").Criterion.S
            summary = "no docs"

    with pytest.raises(TypeError, match="code"):

        class BadCode(Rule):
            """What it does / Why / Example / Use instead."""

            code = "bad"
            name = "plugin.bad_code"
            criterion = __import__("smartcheck").Criterion.S
            summary = "bad code"
