"""``smartcheck rules``, ``smartcheck rule CODE``, ``--version``, usage errors and the
internal-error contract (exit 4 with a hint, never a traceback or exit 1)."""

from __future__ import annotations

import pytest

import smartcheck
from smartcheck.cli import ExitStatus
from tests.cli.conftest import Run


def test_rules_lists_every_rule(run: Run) -> None:
    result = run("rules")
    assert result.status == 0
    codes = [line.split()[0] for line in result.out.splitlines()]
    assert "T001" in codes and "S001" in codes and codes == sorted(codes)


def test_rule_shows_the_reference_page(run: Run) -> None:
    result = run("rule", "T001")
    assert result.status == 0
    assert result.out.startswith("# T001 `time_bound.missing_deadline`")
    assert "## Messages" in result.out
    assert run("rule", "time_bound.missing_deadline").out == result.out


def test_unknown_rule_is_a_usage_error(run: Run) -> None:
    result = run("rule", "Q999")
    assert result.status == ExitStatus.USAGE_ERROR and "no rule 'Q999'" in result.err


def test_version(run: Run) -> None:
    result = run("--version")
    assert result.status == 0 and result.out.strip() == f"smartcheck {smartcheck.__version__}"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check"], "nothing to check"),
        (["check", "--text", "x", "--select", "Q9"], "Q9"),
        (["check", "--text", "x", "--min-score", "2"], "between 0 and 1"),
        (["check", "--text", "x", "--jobs", "0"], "number of processes"),
        (["check", "--text", "x", "--write-baseline"], "needs --baseline"),
        (["check", "--text", "x", "--reference-date", "23-11-2026"], "not a date"),
    ],
)
def test_usage_errors_exit_two(run: Run, args: list[str], message: str) -> None:
    result = run(*args, date=False)
    assert result.status == ExitStatus.USAGE_ERROR
    assert message in result.err


def test_missing_path_is_an_input_error_but_goals_are_still_checked(run: Run) -> None:
    result = run("check", "no-such-pop.md", "--text", "Ik haal mijn rijbewijs.")
    assert result.status == ExitStatus.USAGE_ERROR
    assert "no-such-pop.md" in result.err and "does not exist" in result.err
    assert "Ik haal mijn rijbewijs." in result.out


def test_internal_error_exits_four_with_a_hint(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("smartcheck.checker.Checker.check_many", broken)
    result = run("check", "--text", "Ik haal mijn rijbewijs.")
    assert result.status == ExitStatus.INTERNAL_ERROR
    assert "internal error: ZeroDivisionError: a bug" in result.err
    assert "report it" in result.err and "Traceback" not in result.err
