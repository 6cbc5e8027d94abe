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

__all__ = ["RESULT_COLUMNS", "check_frame", "findings_frame", "to_dataframe", "to_records"]
