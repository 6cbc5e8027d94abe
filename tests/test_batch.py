"""check_many as a stream: keys travel with their goals, missing cells become errors in
place, input is read lazily, and a progress bar can be asked for."""

from __future__ import annotations

import math
from collections.abc import Iterator
from itertools import count, islice

import pytest

from smartcheck import Checker, GoalError, GoalReport
from tests.conftest import REF


def test_keys_come_back_on_their_results_in_input_order(blank_checker: Checker) -> None:
    pairs = [
        ("emp-7", "Ik haal vóór 1 maart 2027 mijn VCA-certificaat."),
        ("emp-2", "I will run a 10 km race before June 2027."),
        (("team", 3), "Ik wil beter worden in Excel."),
    ]
    results = list(blank_checker.check_many(pairs, reference_date=REF, batch_size=2))
    assert [r.key for r in results] == [key for key, _ in pairs]
    assert [r.goal.text for r in results if isinstance(r, GoalReport)] == [t for _, t in pairs]


def test_plain_texts_have_no_key(blank_checker: Checker) -> None:
    (result,) = blank_checker.check_many(["Ik leer Python."], reference_date=REF)
    assert result.key is None


def test_a_key_survives_the_json_round_trip(blank_checker: Checker) -> None:
    (report,) = blank_checker.check_many([(17, "Ik leer Python.")], reference_date=REF)
    assert isinstance(report, GoalReport)
    assert GoalReport.model_validate_json(report.model_dump_json()) == report


@pytest.mark.parametrize("missing", [None, math.nan, float("nan"), ""], ids=repr)
def test_missing_values_are_errors_in_place(blank_checker: Checker, missing: object) -> None:
    texts = [("a", "Ik leer Python."), ("b", missing), ("c", "I will learn Python.")]
    results = list(blank_checker.check_many(texts, reference_date=REF))
    assert [r.key for r in results] == ["a", "b", "c"]
    error = results[1]
    assert isinstance(error, GoalError) and error.index == 1
    assert error.error == "InvalidGoalError"
    assert isinstance(results[0], GoalReport) and isinstance(results[2], GoalReport)


def test_pandas_missing_markers_are_errors_naming_the_problem(blank_checker: Checker) -> None:
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    cells = [pd.NA, pd.NaT, np.float64("nan"), np.float32("nan")]
    results = list(blank_checker.check_many(cells, reference_date=REF))
    assert all(isinstance(r, GoalError) and "missing" in r.message for r in results)


def test_input_is_read_lazily_and_results_stream(blank_checker: Checker) -> None:
    pulled: list[int] = []

    def endless() -> Iterator[tuple[int, str]]:
        for i in count():
            pulled.append(i)
            yield i, f"Ik lees {i + 1} boeken vóór 1 juli 2027."

    results = blank_checker.check_many(endless(), reference_date=REF, batch_size=8)
    first = list(islice(results, 10))
    assert [r.key for r in first] == list(range(10))
    assert len(pulled) <= 16  # two batches of 8, not the whole (endless) stream


def test_progress_bar_counts_every_result(
    blank_checker: Checker, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("tqdm")
    texts = ["Ik leer Python.", None, "I will learn Python."]
    results = list(blank_checker.check_many(texts, reference_date=REF, progress=True))
    assert len(results) == 3
    assert "3/3" in capsys.readouterr().err
