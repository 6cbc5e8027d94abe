"""DataFrames for analysts: check_frame keeps the caller's frame and adds typed result
columns; to_dataframe and findings_frame flatten results with their keys."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker, ConfigError, GoalReport
from smartcheck.notebook import RESULT_COLUMNS, check_frame, findings_frame, to_dataframe
from smartcheck.notebook.frames import RESULT_DTYPES
from tests.conftest import REF

pd = pytest.importorskip("pandas")

GOALS = [
    "Ik wil beter worden in Excel.",
    "Vóór 1 april 2027 rond ik de cursus Python af met een certificaat.",
    "I will run a 10 km race before June 2027.",
    "I want to communicate better with my team.",
]


@pytest.fixture(scope="module")
def staff() -> object:
    return pd.DataFrame(
        {
            "department": ["Finance", "IT", "IT", "Sales", "Sales", "HR"],
            "goal": [*GOALS, None, math.nan],
        },
        index=pd.Index([101, 102, 102, 205, 206, 300], name="employee"),
    )


def test_check_frame_keeps_index_and_columns_and_adds_results(
    checker: Checker, staff: object
) -> None:
    out = check_frame(staff, checker=checker, reference_date=REF)
    assert out.index.equals(staff.index)  # duplicate label 102 stays twice, in order
    assert list(out.columns) == [*staff.columns, *RESULT_COLUMNS]
    pd.testing.assert_frame_equal(out[staff.columns], staff)
    assert {name: str(out[name].dtype) for name in RESULT_COLUMNS} == RESULT_DTYPES


def test_rows_agree_with_check(checker: Checker, staff: object) -> None:
    out = check_frame(staff, checker=checker, reference_date=REF)
    for position, text in enumerate(GOALS):
        row = out.iloc[position]
        report = checker.check(text, reference_date=REF)
        assert row["is_smart"] == report.is_smart
        assert row["overall"] == report.overall
        for letter, score in report.criteria.items():
            assert row[f"{letter.value}_score"] == score.score
            assert row[f"{letter.value}_passed"] == score.passed
        assert row["n_findings"] == len(report.findings)
        assert row["codes"].split(",") == [f.code for f in report.findings] or not report.findings
        due = report.goal.deadline.due if report.goal.deadline else None
        assert (pd.isna(row["deadline"]) and due is None) or row["deadline"].date() == due


def test_missing_cells_are_error_rows_not_exceptions(checker: Checker, staff: object) -> None:
    out = check_frame(staff, checker=checker, reference_date=REF)
    missing = out.iloc[4:]  # None and NaN cells
    assert missing["is_smart"].isna().all() and missing["S_score"].isna().all()
    assert missing["error"].str.contains("missing").all()
    assert out.iloc[:4]["error"].isna().all()
    assert out["is_smart"].dtype == "boolean"  # not object, despite the error rows


def test_deadline_is_datetime64(checker: Checker) -> None:
    df = pd.DataFrame({"text": ["Vóór 1 april 2027 rond ik de cursus Python af."]})
    out = check_frame(df, column="text", checker=checker, reference_date=REF)
    assert out.loc[0, "deadline"] == pd.Timestamp("2027-04-01")


def test_unknown_column_is_a_clear_error(blank_checker: Checker, staff: object) -> None:
    with pytest.raises(ConfigError, match=r"no column 'doel'.*department, goal"):
        check_frame(staff, column="doel", checker=blank_checker)


def test_checking_a_checked_frame_again_is_refused(blank_checker: Checker) -> None:
    out = check_frame(pd.DataFrame({"goal": GOALS[:1]}), checker=blank_checker)
    with pytest.raises(ConfigError, match="already has result columns lang, is_smart"):
        check_frame(out, checker=blank_checker)


def test_not_a_frame_is_a_clear_error(blank_checker: Checker) -> None:
    with pytest.raises(ConfigError, match="needs a pandas DataFrame, got list"):
        check_frame(GOALS, checker=blank_checker)


def test_to_dataframe_carries_keys_or_positions(checker: Checker) -> None:
    keyed = to_dataframe(checker.check_many([("e1", GOALS[0]), ("e2", "")], reference_date=REF))
    assert keyed["key"].tolist() == ["e1", "e2"]
    assert keyed.loc[0, "text"] == GOALS[0] and pd.isna(keyed.loc[1, "text"])
    assert keyed["error"].notna().tolist() == [False, True]
    plain = to_dataframe(checker.check_many(GOALS[:3], reference_date=REF))
    assert plain["key"].tolist() == [0, 1, 2]
    assert set(RESULT_COLUMNS) <= set(plain.columns)


def test_findings_frame_has_one_row_per_finding(checker: Checker) -> None:
    results = list(
        checker.check_many([(f"g{i}", t) for i, t in enumerate(GOALS)], reference_date=REF)
    )
    found = findings_frame(results)
    reports = [r for r in results if isinstance(r, GoalReport)]
    assert len(found) == sum(len(r.findings) for r in reports) > 0
    by_key = {r.key: r for r in reports}
    for row in found.itertuples():
        report = by_key[row.key]
        assert report.goal.text[row.start : row.end] == row.text
        assert row.code in {f.code for f in report.findings}
    assert list(found.columns) == [
        "key", "code", "name", "criterion", "severity", "confidence",
        "start", "end", "text", "message", "fix",
    ]  # fmt: skip


cells = st.one_of(
    st.none(),
    st.just(math.nan),
    st.sampled_from(["", "  ", *GOALS]),
    st.text(max_size=30),
)


@settings(max_examples=30, deadline=None)
@given(st.lists(cells, max_size=8))
def test_every_row_is_either_checked_or_has_an_error(
    blank_checker: Checker, values: list[object]
) -> None:
    out = check_frame(pd.DataFrame({"goal": values}, dtype=object), checker=blank_checker)
    assert len(out) == len(values)
    assert (out["error"].isna() == out["is_smart"].notna()).all()
    assert (out["error"].isna() == out["S_passed"].notna()).all()
