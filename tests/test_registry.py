"""Rule discovery through the smartcheck.rules entry-point group."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from smartcheck import Checker, PluginError
from smartcheck.judging.registry import discover_rules
from tests.conftest import REF, installed_plugin

PLUGIN_SOURCE = textwrap.dedent('''
    from smartcheck import Criterion, Rule

    class NoEmoji(Rule):
        """Flags emoji in a goal.

        What it does: reports any character in the emoji blocks.
        Why: POP forms are formal documents.
        Example: ``Ik haal mijn rijbewijs 🚗``
        Use instead: ``Ik haal mijn rijbewijs.``
        """

        code = "HR001"
        name = "house_style.emoji"
        criterion = Criterion.S
        summary = "Emoji in a goal"
        severity = "info"
        default_messages = {"en": {"message": "Emoji found.", "fix": "Remove it."}}

        def evaluate(self, goal, ctx):
            for i, ch in enumerate(goal.text):
                if ord(ch) >= 0x1F300:
                    yield self.finding(goal, ctx, i, i + 1, confidence=1.0)

    def get_rules():
        return [NoEmoji]
''')


@pytest.fixture
def house_plugin(tmp_path: Path) -> Iterator[None]:
    with installed_plugin(
        tmp_path,
        "sc_house_style",
        PLUGIN_SOURCE,
        "smartcheck.rules",
        "house = sc_house_style:get_rules",
    ):
        yield


def test_builtin_rules_are_registered() -> None:
    registry = discover_rules()
    assert {"S001", "M001", "A001", "R001", "T001"} <= set(registry.by_code)
    assert registry.get("time_bound.missing_deadline") is registry.get("T001")


def test_installed_plugin_runs_and_is_selectable(house_plugin: None) -> None:
    checker = Checker()
    assert "HR001" in {r.code for r in checker.rules}
    report = checker.check(
        "Ik haal vóór 1 juni 2027 mijn rijbewijs 🚗", lang="nl", reference_date=REF
    )
    emoji = [f for f in report.findings if f.code == "HR001"]
    assert emoji and emoji[0].text == "🚗" and emoji[0].message == "Emoji found."
    assert "HR001" not in {r.code for r in Checker({"ignore": ["HR"]}).rules}
    assert "HR001" not in {r.code for r in Checker({"ignore": ["house_style"]}).rules}


def _ep(value: str, name: str = "broken") -> EntryPoint:
    return EntryPoint(name=name, value=value, group="smartcheck.rules")


def test_broken_plugin_is_skipped_with_a_warning() -> None:
    with pytest.warns(RuntimeWarning, match="skipped plugin 'broken'"):
        registry = discover_rules(eps=[_ep("no_such_module_xyz:get_rules")])
    assert "S001" in registry.by_code


def test_broken_plugin_raises_in_strict_mode() -> None:
    with pytest.raises(PluginError, match="no_such_module_xyz"):
        discover_rules(strict=True, eps=[_ep("no_such_module_xyz:get_rules")])


def test_duplicate_codes_fail_loudly() -> None:
    from smartcheck.rules.specific import VagueOutcome

    class Copy(VagueOutcome):
        """What it does / Why / Example / Use instead: a copy."""

        code = "XX001"

    sys.modules[__name__].Copy = Copy  # type: ignore[attr-defined]
    with pytest.raises(PluginError, match="already registered"):
        discover_rules(strict=True, eps=[_ep(f"{__name__}:Copy", "dup")])


def test_plugins_cannot_take_core_prefixes() -> None:
    from smartcheck.rules.specific import VagueOutcome

    class Sneaky(VagueOutcome):
        """What it does / Why / Example / Use instead."""

        code = "S901"
        name = "sneaky.rule"

    sys.modules[__name__].Sneaky = Sneaky  # type: ignore[attr-defined]
    with pytest.raises(PluginError, match="reserved"):
        discover_rules(strict=True, eps=[_ep(f"{__name__}:Sneaky", "sneaky")])
