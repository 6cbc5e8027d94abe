"""The Spark recipe in docs/notebooks.md runs as written, where PySpark (and Java) are
installed; elsewhere it is skipped with the reason."""

from __future__ import annotations

import re
import shutil

import pytest

from smartcheck import Checker
from smartcheck.notebook import RESULT_COLUMNS, check_frame
from tests.conftest import REF, REPO

DOC = REPO / "docs" / "notebooks.md"


def recipe() -> str:
    text = DOC.read_text(encoding="utf-8")
    found = re.search(r"<!-- spark-recipe -->\n```python\n(.*?)```", text, re.DOTALL)
    assert found, "docs/notebooks.md lost its spark-recipe block"
    return found.group(1)


def test_the_recipe_is_in_the_docs_and_compiles() -> None:
    compile(recipe(), str(DOC), "exec")


def test_spark_recipe_matches_check_frame(checker: Checker) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyspark", reason="the Spark recipe needs PySpark; not installed")
    if shutil.which("java") is None:
        pytest.skip("PySpark is installed but Java is not")
    from pyspark.sql import SparkSession

    frame = pd.DataFrame(
        {
            "department": ["Finance", "IT", "IT", "Care"],
            "goal": [
                "Ik wil beter worden in Excel.",
                "I will run a 10 km race before June 2027.",
                None,
                "Uiterlijk 30 juni 2027 heb ik de training agressiehantering afgerond.",
            ],
        }
    )
    spark = (
        SparkSession.builder.master("local[1]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    try:
        namespace = {"spark": spark, "goals": spark.createDataFrame(frame)}
        exec(recipe(), namespace)
        got = namespace["checked"].toPandas()
    finally:
        spark.stop()
    expected = check_frame(frame, checker=checker, reference_date=REF)
    assert list(got.columns) == list(expected.columns)
    for name in RESULT_COLUMNS:
        left = [None if pd.isna(v) else v for v in got[name]]
        right = [None if pd.isna(v) else v for v in expected[name]]
        assert left == right, name
