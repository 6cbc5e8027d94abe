"""The command line: exit codes, JSON output, standard input, config errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

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


def test_json_output_is_a_list_of_reports(capsys: pytest.CaptureFixture[str]) -> None:
    main([*DATE, "--format", "json", "Ik haal mijn rijbewijs.", "I will run."])
    data = json.loads(capsys.readouterr().out)
    assert [item["lang"] for item in data] == ["nl", "en"]
    assert set(data[0]["criteria"]) == set("SMART")


def test_goals_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Ik haal mijn rijbewijs.\n\nI will run.\n"))
    main([*DATE, "--format", "json", "-"])
    assert len(json.loads(capsys.readouterr().out)) == 2


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
