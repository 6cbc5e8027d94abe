"""Goal quality across many goals, for analysts: DataFrames with proper dtypes, a findings
table, summaries per group with plots (pandas, matplotlib and tqdm are the optional extra
``smartcheck[notebook]``, imported only when used)."""

from __future__ import annotations

from smartcheck.notebook.frames import (
    RESULT_COLUMNS,
    check_frame,
    findings_frame,
    to_dataframe,
    to_records,
)
from smartcheck.notebook.summary import Summary, summarize

__all__ = [
    "RESULT_COLUMNS",
    "Summary",
    "check_frame",
    "findings_frame",
    "summarize",
    "to_dataframe",
    "to_records",
]
