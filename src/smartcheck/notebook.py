"""Notebook helpers: many reports to one pandas DataFrame (pandas is an optional extra)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from smartcheck.reporting.report import GoalError, GoalReport


def to_records(results: Iterable[GoalReport | GoalError]) -> list[dict[str, Any]]:
    """One flat dict per result: scores, verdicts and codes per criterion, or the error."""
    return [result.to_flat_dict() for result in results]


def to_dataframe(results: Iterable[GoalReport | GoalError]) -> Any:
    """A DataFrame with one row per goal (needs ``pip install smartcheck[notebook]``)."""
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "smartcheck.notebook.to_dataframe needs pandas: pip install 'smartcheck[notebook]'"
        ) from exc
    return pd.DataFrame.from_records(to_records(results))
