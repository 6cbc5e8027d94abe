"""check_frame(df, phase_column=...): each row's employee phase from a column."""

from __future__ import annotations

import math

import pytest

from smartcheck import Checker, ConfigError
from smartcheck.notebook import check_frame
from tests.conftest import REF

pd = pytest.importorskip("pandas")

JUMP_NL = "Vóór 1 september 2027 word ik hoofd van de afdeling planning."
JUMP_EN = "By 1 September 2027 I will be the head of the planning department."


@pytest.fixture(scope="module")
def team() -> object:
    return pd.DataFrame(
        {
            "goal": [JUMP_NL, JUMP_EN, JUMP_NL, JUMP_EN, JUMP_NL, JUMP_EN],
            "fase": ["Junior", "starter", "senior", None, math.nan, "halfway"],
        },
        index=pd.Index([11, 12, 13, 14, 15, 16], name="employee"),
    )


def test_each_row_is_judged_in_its_own_phase(checker: Checker, team: object) -> None:
    out = check_frame(team, checker=checker, phase_column="fase", reference_date=REF)
    assert list(out.index) == [11, 12, 13, 14, 15, 16]
    assert list(out["fase"]) == list(team["fase"])  # type: ignore[index]
    jumped = [isinstance(c, str) and "R005" in c.split(",") for c in out["codes"]]
    assert jumped == [True, True, False, False, False, False]
    assert list(out["R_passed"].iloc[:5]) == [False, False, True, True, True]
    assert out["error"].isna().iloc[:5].all()


def test_a_cell_that_names_no_phase_fails_only_its_row(checker: Checker, team: object) -> None:
    out = check_frame(team, checker=checker, phase_column="fase", reference_date=REF)
    error = out.loc[16, "error"]
    assert "InvalidArgumentError" in error and "'fase'" in error and "'halfway'" in error
    assert out.loc[16, "is_smart"] is pd.NA


def test_an_empty_cell_falls_back_to_the_phase_argument(checker: Checker, team: object) -> None:
    out = check_frame(
        team, checker=checker, phase_column="fase", phase="junior", reference_date=REF
    )
    jumped = [isinstance(c, str) and "R005" in c.split(",") for c in out["codes"]]
    assert jumped[3:5] == [True, True]  # the empty cells
    assert jumped[2] is False  # the senior row keeps its own phase


def test_without_a_phase_column_the_frame_is_checked_as_before(
    checker: Checker, team: object
) -> None:
    plain = check_frame(team, checker=checker, reference_date=REF)
    assert not any(isinstance(c, str) and "R005" in c for c in plain["codes"])


def test_a_missing_phase_column_is_named(checker: Checker, team: object) -> None:
    with pytest.raises(ConfigError, match="no phase column 'phase'"):
        check_frame(team, checker=checker, phase_column="phase")
