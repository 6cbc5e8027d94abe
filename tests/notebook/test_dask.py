"""check_dask on a real distributed cluster: two worker processes, one Checker each, and the
same rows, columns and dtypes as check_frame."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest

from smartcheck import Checker, ConfigError
from smartcheck.notebook import RESULT_COLUMNS, check_frame
from tests.conftest import REF

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

from smartcheck.dask import check_dask, plugin_name  # noqa: E402  (needs dask)

GOALS = [
    "Ik wil beter worden in Excel.",
    "Vóór 1 april 2027 rond ik de cursus Power BI af met een certificaat.",
    "I will run a 10 km race before June 2027.",
    "I want to communicate better with my team.",
    None,
    "Uiterlijk 30 juni 2027 heb ik de training agressiehantering afgerond.",
    "By 1 March 2027 I will have migrated 12 servers to the new platform.",
    math.nan,
    "Ik ga meer tijd besteden aan mijn cliënten.",
    "",
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def goals() -> Any:
    departments = ["Finance", "IT", "Care", "Sales", "HR"]
    # string dtype (missing = pd.NA), as Dask's own string conversion would make it
    return pd.DataFrame(
        {"department": [departments[i % 5] for i in range(len(GOALS) * 2)], "goal": GOALS * 2},
        index=pd.RangeIndex(100, 100 + 2 * len(GOALS), name="employee"),
        dtype="string",
    )


def test_check_dask_on_a_local_cluster_equals_check_frame(
    client: Any, goals: Any, checker: Checker
) -> None:
    ddf = dd.from_pandas(goals, npartitions=4)
    lazy = check_dask(ddf, reference_date=REF)
    expected = check_frame(goals, checker=checker, reference_date=REF)
    assert list(lazy.columns) == list(expected.columns)
    got = lazy.compute()
    added = list(RESULT_COLUMNS)
    pd.testing.assert_frame_equal(got[added], expected[added])  # values and dtypes
    assert dict(lazy[added].dtypes.astype(str)) == dict(expected[added].dtypes.astype(str))
    # Dask itself may turn the caller's text columns into pyarrow strings; values stay.
    pd.testing.assert_frame_equal(got[goals.columns], goals, check_dtype=False)

    builds = client.run(lambda dask_worker: dask_worker.plugins[plugin_name(None)].holder.builds)
    assert len(builds) == 2 and all(n <= 1 for n in builds.values())
    assert sum(builds.values()) >= 1  # the partitions ran on checkers built once per worker


def test_a_second_run_reuses_the_workers_checkers(client: Any, goals: Any) -> None:
    ddf = dd.from_pandas(goals, npartitions=4)
    check_dask(ddf, reference_date=REF).compute()
    check_dask(ddf, reference_date=REF).compute()
    builds = client.run(lambda dask_worker: dask_worker.plugins[plugin_name(None)].holder.builds)
    assert all(n <= 1 for n in builds.values())


def test_a_phase_column_travels_to_the_workers(client: Any, checker: Checker) -> None:
    jump = "Vóór 1 september 2027 word ik hoofd van de afdeling planning."
    team = pd.DataFrame(
        {"goal": [jump] * 4, "fase": ["junior", "senior", None, "halfway"]},
        index=pd.RangeIndex(10, 14, name="employee"),
    )
    got = check_dask(dd.from_pandas(team, npartitions=2), phase_column="fase", reference_date=REF)
    expected = check_frame(team, checker=checker, phase_column="fase", reference_date=REF)
    added = list(RESULT_COLUMNS)
    pd.testing.assert_frame_equal(got.compute()[added], expected[added])
    assert ["R005" in str(codes) for codes in expected["codes"]] == [True, False, False, False]
    with pytest.raises(ConfigError, match="no phase column 'phase'"):
        check_dask(dd.from_pandas(team, npartitions=2), phase_column="phase")


def test_bad_column_fails_before_anything_runs(goals: Any) -> None:
    ddf = dd.from_pandas(goals, npartitions=2)
    with pytest.raises(ConfigError, match="no column 'doel'"):
        check_dask(ddf, column="doel")
    with pytest.raises(ConfigError, match="needs a Dask DataFrame, got DataFrame"):
        check_dask(goals)
