"""Accuracy on the shared development list (../shared next to the repo); skipped without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.support.timex_cases import check, read_cases, report

DEV_TSV = (
    Path(__file__).resolve().parents[2].parent / "shared" / "data" / "time-expressions-dev.tsv"
)

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(
        not DEV_TSV.is_file(),
        reason=f"shared development data not found at {DEV_TSV} (../shared is absent)",
    ),
]


def test_dev_accuracy_per_language() -> None:
    cases = read_cases(DEV_TSV)
    for lang in ("nl", "en"):
        subset = [c for c in cases if c.lang == lang]
        correct, total, text = report(subset)
        assert total > 0
        assert correct / total >= 0.97, text


def test_dev_no_date_for_recurring_vague_none() -> None:
    for case in read_cases(DEV_TSV):
        if case.category in ("recurring", "vague", "none"):
            ok, found = check(case)
            assert ok, f"{case.sentence!r}: got {found}"
