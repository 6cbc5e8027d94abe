"""The audit tally: a reader's verdict holds only for the rewrite the reader read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.rewrite_audit import AuditRow, Now, load_audit, state_of, table, tally

ROW = AuditRow(
    "heldout9", "nl", "Beter plannen.", "Vóór [datum] plan ik [concreet gedrag].", "poor"
)


def test_an_unchanged_rewrite_keeps_the_readers_verdict() -> None:
    assert state_of(ROW, Now(ROW.rewrite, passed=True)) == "poor"


def test_a_changed_rewrite_needs_reading_again() -> None:
    assert state_of(ROW, Now("Vóór [datum] maak ik een weekplanning.", passed=True)) == "changed"


def test_a_rewrite_the_measure_no_longer_passes_is_a_miss_whatever_the_reader_said() -> None:
    assert state_of(ROW, Now(ROW.rewrite, passed=False)) == "miss"


def test_a_goal_that_now_passes_as_written_is_counted_apart() -> None:
    assert state_of(ROW, Now(None, passed=False, smart=True)) == "smart"


def test_tally_counts_per_set_and_the_table_gives_the_fine_share() -> None:
    rows = [ROW, AuditRow("heldout9", "en", "Plan better.", "By [date], I will plan.", "fine")]
    counts = tally(rows, lambda row: Now(row.rewrite, passed=True))
    assert counts["heldout9"] == {"poor": 1, "fine": 1}
    assert table(counts)[-1].split()[0] == "all"
    assert table(counts)[-1].endswith("50%")


def test_an_unknown_verdict_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    good = {"set": "s", "lang": "en", "text": "t", "rewrite": "r", "verdict": "fine"}
    path.write_text(json.dumps(good) + "\n" + json.dumps({**good, "verdict": "ok"}) + "\n")
    with pytest.raises(ValueError, match=r"audit\.jsonl:2: verdict 'ok'"):
        load_audit(path)


def test_the_shipped_audits_load() -> None:
    for path in sorted(Path(__file__).parents[1].joinpath("benchmarks", "audits").glob("*.jsonl")):
        rows = load_audit(path)
        assert rows and all(row.text and row.rewrite for row in rows)
