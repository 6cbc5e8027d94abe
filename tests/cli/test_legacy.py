"""The older form without a subcommand (``smartcheck [options] "goal" ...``) keeps working:
exit codes, JSON output (now the versioned results document), standard input, config errors."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from smartcheck.cli import ExitStatus, main

DATE = ["--date", "2026-11-23"]


def test_not_smart_exits_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*DATE, "Ik wil beter worden in Excel."]) == ExitStatus.NOT_SMART
    out = capsys.readouterr().out
    assert "S001" in out and "Wanneer moet het klaar zijn?" in out


def test_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*DATE, "--exit-zero", "Ik wil beter worden in Excel."]) == ExitStatus.OK


def test_smart_goal_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    goal = "I will pass the forklift exam and get my certificate by 1 March 2027."
    assert main([*DATE, goal]) == ExitStatus.OK


def _reports(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [goal["report"] for file in data["files"] for goal in file["goals"]]


def test_json_output_holds_a_report_per_goal(capsys: pytest.CaptureFixture[str]) -> None:
    main([*DATE, "--format", "json", "Ik haal mijn rijbewijs.", "I will run."])
    reports = _reports(json.loads(capsys.readouterr().out))
    assert [report["lang"] for report in reports] == ["nl", "en"]
    assert set(reports[0]["criteria"]) == set("SMART")


def test_goals_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Ik haal mijn rijbewijs.\n\nI will run.\n"))
    monkeypatch.setattr("sys.stdin", stdin)
    main([*DATE, "--format", "json", "-"])
    data = json.loads(capsys.readouterr().out)
    assert [r["goal"]["text"] for r in _reports(data)] == ["Ik haal mijn rijbewijs.", "I will run."]
    assert data["files"][0]["goals"][1]["location"]["line"] == 3


def test_unusable_goal_is_a_usage_error_but_others_are_checked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = main(
        [
            *DATE,
            "Ich möchte bis Ende des Jahres besser Excel lernen und mehr wissen.",
            "Ik haal mijn rijbewijs.",
        ]
    )
    captured = capsys.readouterr()
    assert status == ExitStatus.USAGE_ERROR
    assert "goal 1" in captured.err and "'de'" in captured.err
    assert "Ik haal mijn rijbewijs." in captured.out


def test_bad_config_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "smartcheck.toml"
    config.write_text("colour = 'blue'\n", encoding="utf-8")
    assert main([*DATE, "--config", str(config), "Ik haal mijn rijbewijs."]) == 2
    assert "unknown key 'colour'" in capsys.readouterr().err
