"""Results as DataFrames with proper dtypes: one row per goal, or one row per finding.

Every result column has a nullable dtype (``boolean``, ``Float64``, ``Int64``, ``string``,
``datetime64[s]``) so a row whose goal could not be checked is ``<NA>`` in the verdict
columns and its reason is in ``error``, instead of turning a whole column into objects.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from smartcheck.checker import Checker
from smartcheck.configuration.config import Config
from smartcheck.configuration.phase import Phase, phase_from_name, phase_problem
from smartcheck.criteria import Criterion
from smartcheck.errors import ConfigError, InvalidArgumentError
from smartcheck.notebook._pandas import require_pandas
from smartcheck.reporting.report import GoalError, GoalReport

Result = GoalReport | GoalError

LETTERS = tuple(c.value for c in Criterion)
SCORE_COLUMNS = tuple(f"{c}_score" for c in LETTERS)
PASSED_COLUMNS = tuple(f"{c}_passed" for c in LETTERS)

#: The columns check_frame adds, with their dtypes.
RESULT_DTYPES: dict[str, str] = {
    "lang": "string",
    "is_smart": "boolean",
    "overall": "Float64",
    **dict.fromkeys(SCORE_COLUMNS, "Float64"),
    **dict.fromkeys(PASSED_COLUMNS, "boolean"),
    "deadline": "datetime64[s]",  # seconds: a deadline in 2300 still fits
    "n_findings": "Int64",
    "codes": "string",
    "rewrite": "string",
    "error": "string",
}
RESULT_COLUMNS = tuple(RESULT_DTYPES)

FINDING_DTYPES: dict[str, str] = {
    "key": "object",
    "code": "string",
    "name": "string",
    "criterion": "string",
    "severity": "string",
    "confidence": "Float64",
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "message": "string",
    "fix": "string",
}


def result_row(result: Result) -> dict[str, Any]:
    """The result columns of one goal (missing values are None)."""
    row: dict[str, Any] = dict.fromkeys(RESULT_COLUMNS)
    if isinstance(result, GoalError):
        row["error"] = f"{result.error}: {result.message}"
        return row
    deadline = result.goal.deadline.due if result.goal.deadline else None
    findings = result.findings
    row.update(
        lang=result.lang,
        is_smart=result.is_smart,
        overall=result.overall,
        deadline=datetime(deadline.year, deadline.month, deadline.day) if deadline else None,
        n_findings=len(findings),
        codes=",".join(f.code for f in findings),
        rewrite=result.rewrite,
    )
    for criterion, score in result.criteria.items():
        row[f"{criterion.value}_score"] = score.score
        row[f"{criterion.value}_passed"] = score.passed
    return row


def to_records(results: Iterable[Result]) -> list[dict[str, Any]]:
    """One flat dict per result: ``key``, ``text`` and the result columns."""
    records = []
    for position, result in enumerate(results):
        text = result.goal.text if isinstance(result, GoalReport) else None
        records.append({"key": _key(result, position), "text": text, **result_row(result)})
    return records


def _key(result: Result, position: int) -> Any:
    """The caller's key, or the position in the input when none was given."""
    return position if result.key is None else result.key


def _frame(columns: dict[str, list[Any]], dtypes: dict[str, str], index: Any = None) -> Any:
    pd = require_pandas("smartcheck.notebook")
    data = {name: pd.array(columns[name], dtype=dtypes[name]) for name in dtypes}
    if "deadline" in dtypes:  # pd.array has no datetime64[s] constructor; a Series does
        data["deadline"] = pd.Series(columns["deadline"], dtype=dtypes["deadline"]).array
    return pd.DataFrame(data, index=index)


def results_frame(results: Iterable[Result], index: Any = None) -> Any:
    """The result columns for ``results`` as a DataFrame (``index`` defaults to 0..n-1)."""
    columns: dict[str, list[Any]] = {name: [] for name in RESULT_COLUMNS}
    for result in results:  # column lists, not row dicts: memory stays small
        for name, value in result_row(result).items():
            columns[name].append(value)
    return _frame(columns, RESULT_DTYPES, index)


def to_dataframe(results: Iterable[Result]) -> Any:
    """One row per goal: ``key`` (the caller's key, else the position), ``text``, and the
    columns :func:`check_frame` adds."""
    pd = require_pandas("smartcheck.notebook.to_dataframe")
    records = to_records(results)
    dtypes = {"key": "object", "text": "string", **RESULT_DTYPES}
    columns = {name: [r[name] for r in records] for name in dtypes}
    frame = _frame(columns, dtypes)
    frame["key"] = pd.Series([r["key"] for r in records], dtype="object")
    return frame


def findings_frame(results: Iterable[Result]) -> Any:
    """One row per finding: key, code, name, criterion, severity, confidence, start, end,
    text, message, fix. Goals without findings, and errors, have no rows."""
    columns: dict[str, list[Any]] = {name: [] for name in FINDING_DTYPES}
    for position, result in enumerate(results):
        if isinstance(result, GoalError):
            continue
        for f in result.findings:
            values = (
                _key(result, position),
                f.code,
                f.name,
                f.criterion.value,
                f.severity,
                f.confidence,
                f.start,
                f.end,
                f.text,
                f.message,
                f.fix_title,
            )
            for name, value in zip(FINDING_DTYPES, values, strict=True):
                columns[name].append(value)
    return _frame(columns, FINDING_DTYPES)


def check_frame(
    df: Any,
    column: str = "goal",
    *,
    checker: Checker | Config | dict[str, Any] | None = None,
    phase_column: str | None = None,
    **check_options: Any,
) -> Any:
    """``df`` with its index and columns kept and the result columns added.

    ``check_options`` go to :meth:`Checker.check_many` (``lang``, ``reference_date``,
    ``batch_size``, ``n_process``, ``progress``, ``phase``). ``checker`` is a Checker, or a
    config to build one; the default Checker otherwise. An empty or missing cell gives a row
    with ``error`` set, never an exception. ``phase_column`` names a column with each
    employee's phase ("junior", "vakvolwassen", "senior", or another accepted name); an
    empty cell there falls back to ``phase`` or the config's, a cell that names no phase
    gives its row an ``error``.
    """
    validate_frame(df, column, phase_column)
    chosen = as_checker(checker)
    if phase_column is None:
        results: Iterable[Result] = chosen.check_many(df[column], **check_options)
    else:
        results = _check_by_phase(chosen, df, column, phase_column, check_options)
    return with_results(df, results_frame(results, index=df.index))


def _check_by_phase(
    checker: Checker, df: Any, column: str, phase_column: str, options: dict[str, Any]
) -> list[Result]:
    """Results in row order, the rows checked in one ``check_many`` per phase present."""
    goals = list(df[column])
    results: list[Result | None] = [None] * len(goals)
    groups: dict[Phase | None, list[int]] = {}
    for position, cell in enumerate(df[phase_column]):
        if _missing(cell):
            groups.setdefault(None, []).append(position)
            continue
        phase = phase_from_name(cell)
        if phase is None:
            results[position] = GoalError(
                index=position,
                error=InvalidArgumentError.__name__,
                message=f"column {phase_column!r}: {phase_problem(cell)}",
            )
        else:
            groups.setdefault(phase, []).append(position)
    default = options.pop("phase", None)
    for phase, positions in groups.items():
        texts = [goals[i] for i in positions]
        checked = checker.check_many(texts, phase=phase or default, **options)
        for position, result in zip(positions, checked, strict=True):
            if isinstance(result, GoalError):  # its index counts the group, not the frame
                result = result.model_copy(update={"index": position})
            results[position] = result
    return [r for r in results if r is not None]


def _missing(cell: Any) -> bool:
    """An empty phase cell: None, NaN, pd.NA or only whitespace."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return True
    pd = require_pandas("smartcheck.notebook.check_frame")
    try:
        return bool(pd.isna(cell))
    except (TypeError, ValueError):  # a list or array in the cell: not missing, not a phase
        return False


def validate_frame(df: Any, column: str, phase_column: str | None = None) -> None:
    """Raise a clear error unless ``df`` is a DataFrame with ``column`` (and
    ``phase_column`` when given) and no result columns yet (a Dask DataFrame's ``_meta`` is
    checked the same way)."""
    pd = require_pandas("smartcheck.notebook.check_frame")
    if not isinstance(df, pd.DataFrame):
        raise ConfigError(f"check_frame needs a pandas DataFrame, got {type(df).__name__}")
    if column not in df.columns:
        raise ConfigError(
            f"check_frame: the DataFrame has no column {column!r} "
            f"(columns: {', '.join(map(str, df.columns))}); pass column=..."
        )
    if phase_column is not None and phase_column not in df.columns:
        raise ConfigError(
            f"check_frame: the DataFrame has no phase column {phase_column!r} "
            f"(columns: {', '.join(map(str, df.columns))})"
        )
    taken = [name for name in RESULT_COLUMNS if name in df.columns]
    if taken:
        raise ConfigError(
            f"check_frame: the DataFrame already has result columns {', '.join(taken)}; "
            "drop or rename them first (was it checked already?)"
        )


def with_results(df: Any, added: Any) -> Any:
    """A copy of ``df`` with the result columns of ``added`` (row for row) after its own."""
    out = df.copy()
    for name in RESULT_COLUMNS:
        out[name] = added[name].array  # positional: duplicate index labels stay in place
    return out


def as_checker(checker: Checker | Config | dict[str, Any] | None) -> Checker:
    """The Checker to use: the given one, one built from a config, or the default."""
    if isinstance(checker, Checker):
        return checker
    if checker is None:
        from smartcheck.api import default_checker

        return default_checker()
    return Checker(checker)
