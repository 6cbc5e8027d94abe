"""Every input either works or gets a smartcheck error that names it: the cases a random and
hostile input run found, each written down as an example."""

from __future__ import annotations

import socket
from datetime import date, datetime

import pytest

import smartcheck
from smartcheck import Checker, Config, ConfigError, RulePackError, SmartcheckError
from smartcheck.errors import InvalidArgumentError
from tests.conftest import REF
from tests.offline import NetworkBlockedError

GOAL = "Vóór 1 juni 2027 geef ik een presentatie van twintig minuten aan het team."
GOAL_VAGUE = "Ik wil beter worden in Excel."  # S001: a vague outcome


class NumpyLikeStr(str):
    """What a numpy string array yields: a str subclass."""


def test_lone_surrogate_is_checked_not_raised(checker: Checker) -> None:
    text = "Ik wil \udcff beter worden in Excel."
    report = checker.check(text, lang="nl", reference_date=REF)
    assert "\ufffd" in report.goal.text and len(report.goal.text) == len(text)
    report.model_dump_json()  # encodable


def test_surrogate_among_goals_loses_nothing(checker: Checker) -> None:
    texts = [GOAL, "Ik wil \ud800 beter plannen.", GOAL, "\udcff\udcfe", GOAL]
    results = list(checker.check_many(texts, lang="nl", reference_date=REF, batch_size=2))
    assert [r.index if isinstance(r, smartcheck.GoalError) else r.goal.text for r in results][
        ::2
    ] == [GOAL, GOAL, GOAL]
    assert len(results) == len(texts)


def test_str_subclass_is_a_goal(checker: Checker) -> None:
    report = checker.check(NumpyLikeStr(GOAL), lang="nl", reference_date=REF)
    assert type(report.goal.text) is str
    assert report.criteria["T"].passed


def test_datetime_reference_date_counts_by_its_date(checker: Checker) -> None:
    by_datetime = checker.check(GOAL, lang="nl", reference_date=datetime(2026, 11, 23, 15, 30))
    by_date = checker.check(GOAL, lang="nl", reference_date=REF)
    assert by_datetime.model_dump(exclude={"goal"}) == by_date.model_dump(exclude={"goal"})


@pytest.mark.parametrize(
    "value",
    ["2026-11-23", 20261123, date(9999, 12, 1), date(1, 1, 1)],
    ids=["string", "number", "year-9999", "year-1"],
)
def test_bad_reference_date_is_an_argument_error(checker: Checker, value: object) -> None:
    with pytest.raises(InvalidArgumentError, match="reference_date"):
        checker.check(GOAL, lang="nl", reference_date=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"batch_size": 0}, "batch_size"),
        ({"batch_size": "64"}, "batch_size"),
        ({"batch_size": True}, "batch_size"),
        ({"n_process": 0}, "n_process"),
        ({"errors": "ignore"}, "errors"),
    ],
)
def test_bad_batch_arguments_fail_when_called(
    checker: Checker, kwargs: dict[str, object], name: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=name):
        checker.check_many([GOAL], lang="nl", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "config",
    [
        {"thresholds": {"T": 7}},
        {"threshold": -0.1},
        {"max_length": 10_000_000},
        {"rules": {"T005": {"horizon_days": 10_000_000}}},
    ],
    ids=["threshold-7", "negative-threshold", "huge-max-length", "huge-horizon"],
)
def test_out_of_range_config_fails_at_load(config: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        Checker(Config.from_mapping(config)) if "rules" in config else Config.from_mapping(config)


@pytest.mark.parametrize(
    "template",
    ["{0}", "{", "{phrase.__class__}", "{phrase[0]}", "{phrase:>999999999}", "{phrase!r}"],
)
def test_hostile_message_template_is_rejected_at_load(tmp_path, template: str) -> None:
    pack = tmp_path / "ours.yaml"
    pack.write_text(f'lang: nl\nmessages:\n  S001:\n    message: "{template}"\n', "utf-8")
    with pytest.raises(RulePackError, match="template"):
        Checker(Config(packs=(pack,)))


def test_a_format_that_does_not_fit_the_value_gives_the_plain_value(tmp_path) -> None:
    """'{phrase:d}' passes the load-time check (a number could fill it) but the phrase is a
    word: the message shows it plain instead of raising ValueError when the rule fires."""
    pack = tmp_path / "ours.yaml"
    pack.write_text('lang: nl\nmessages:\n  S001:\n    message: "Vaag: {phrase:d}."\n', "utf-8")
    report = Checker(Config(packs=(pack,))).check(GOAL_VAGUE, lang="nl", reference_date=REF)
    (finding,) = [f for f in report.findings if f.code == "S001"]
    assert finding.message.startswith("Vaag: ") and "{" not in finding.message
    assert finding.message[len("Vaag: ") : -1] in GOAL_VAGUE  # the phrase, plain


def test_plain_message_template_is_accepted(tmp_path) -> None:
    pack = tmp_path / "ours.yaml"
    pack.write_text('lang: nl\nmessages:\n  S001:\n    message: "Te vaag: {phrase}."\n', "utf-8")
    Checker(Config(packs=(pack,)))


def test_every_error_is_a_smartcheck_error(checker: Checker) -> None:
    for bad in (None, 12, "", "   ", b"bytes"):
        with pytest.raises(SmartcheckError):
            checker.check(bad, lang="nl", reference_date=REF)  # type: ignore[arg-type]


def test_network_is_blocked_during_tests() -> None:
    with pytest.raises(NetworkBlockedError), socket.create_connection(("192.0.2.1", 80), 1):
        pass
