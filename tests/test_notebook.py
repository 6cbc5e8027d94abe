"""Notebook helpers: one DataFrame row per goal, and an HTML view of a report."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.notebook import to_dataframe, to_records
from tests.conftest import REF


def test_dataframe_has_one_row_per_input(checker: Checker) -> None:
    pd = pytest.importorskip("pandas")
    results = checker.check_many(
        ["Ik wil beter worden in Excel.", "", "I will run."], reference_date=REF
    )
    frame = to_dataframe(results)
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == 3
    assert {"S_score", "T_passed", "S_codes", "is_smart", "error"} <= set(frame.columns)


def test_records_are_flat(checker: Checker) -> None:
    (row,) = to_records([checker.check("Ik haal mijn rijbewijs.", reference_date=REF)])
    assert all(not isinstance(v, (dict, list)) for v in row.values())


def test_html_view_escapes_the_goal(checker: Checker) -> None:
    report = checker.check(
        "Ik wil <b>beter</b> worden in Excel & Word.", lang="nl", reference_date=REF
    )
    html = report._repr_html_()
    assert "&lt;b&gt;beter&lt;/b&gt;" in html and "<b>beter</b>" not in html
    assert "Specifiek" in html and "Wanneer moet het klaar zijn?" in html
