"""``--baseline FILE`` / ``--write-baseline``: recorded findings stop failing the run; a new
finding still fails; select/ignore and --fail-on/--min-score change what fails."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run

VAGUE = "Ik wil beter worden in Excel."
OTHER = "Ik ga vaker sporten."


def test_baseline_silences_recorded_findings_only(run: Run, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    written = run("check", "--text", VAGUE, "--baseline", str(baseline), "--write-baseline")
    assert written.status == 0
    recorded = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert {entry["code"] for entry in recorded} >= {"S001", "T001"}
    again = run("check", "--text", VAGUE, "--baseline", str(baseline), "--format", "json")
    goal = json.loads(again.out)["files"][0]["goals"][0]
    assert {f["status"] for f in goal["findings"]} == {"baselined"}
    assert again.status == 0
    new = run("check", "--text", VAGUE, "--text", OTHER, "--baseline", str(baseline))
    assert new.status == 1


def test_fail_on_and_min_score(run: Run) -> None:
    # With only the S rules selected the vague goal has warnings, no error.
    only_s = ["--text", VAGUE, "--select", "S"]
    assert run("check", *only_s).status == 1  # not SMART: fails by default
    assert run("check", *only_s, "--fail-on", "error").status == 0
    assert run("check", *only_s, "--fail-on", "warning").status == 1
    smart = "I will pass the forklift exam and get my certificate by 1 March 2027."
    assert run("check", "--text", smart).status == 0
    assert run("check", "--text", smart, "--min-score", "0.99").status == 1


def test_select_and_ignore_change_what_is_reported(run: Run) -> None:
    only_t = run("check", "--text", VAGUE, "--select", "T", "--format", "concise")
    assert {line.split()[1] for line in only_t.out.splitlines()} == {"T001"}
    no_m = run("check", "--text", VAGUE, "--ignore", "M", "--format", "concise")
    assert not any(" M0" in line for line in no_m.out.splitlines())


def test_statistics(run: Run) -> None:
    result = run("check", "--text", VAGUE, "--text", OTHER, "--statistics", "--quiet")
    rows = [line.split() for line in result.out.splitlines() if line.strip()[:1].isdigit()]
    assert ["2", "T001", "time_bound.missing_deadline"] in rows
