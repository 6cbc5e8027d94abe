"""The tables behind a summary, each a function of a checked frame (the columns
check_frame adds), so plots and summaries compute them the same way."""

from __future__ import annotations

from typing import Any

from smartcheck.judging.registry import discover_rules
from smartcheck.notebook._pandas import require_pandas
from smartcheck.notebook.frames import PASSED_COLUMNS

ALL = "all goals"


def pass_rates(frame: Any, by: str | None) -> Any:
    """Goals checked, errors, and the pass rate per criterion and for all five, per group."""
    pd = require_pandas("smartcheck.notebook.summarize")
    table = pd.DataFrame({name[0]: frame[name] for name in PASSED_COLUMNS})
    table["SMART"] = frame["is_smart"]
    keys = frame[by] if by else pd.Series(ALL, index=frame.index)
    rates = table.groupby(keys, sort=True, dropna=False).mean()  # NA (error rows) skipped
    failed = frame["error"].notna()
    rates.insert(0, "errors", failed.groupby(keys, sort=True, dropna=False).sum())
    rates.insert(0, "checked", (~failed).groupby(keys, sort=True, dropna=False).sum())
    rates.index.name = by
    return rates


def goal_codes(frame: Any) -> Any:
    """One row per (goal, rule): the codes column split, a goal counted once per rule; the
    index is the goal's position in ``frame``."""
    codes = frame["codes"].reset_index(drop=True).dropna()
    split = codes[codes != ""].str.split(",")
    return split.map(lambda found: list(dict.fromkeys(found))).explode()


def top_rules(frame: Any, top: int = 10) -> Any:
    """The ``top`` rules with the most goals, with their name, criterion and share."""
    pd = require_pandas("smartcheck.notebook.summarize")
    counts = goal_codes(frame).value_counts().head(top)
    checked = int(frame["error"].isna().sum())
    registry = discover_rules()
    rows = []
    for code, goals in counts.items():
        rule = registry.get(str(code))
        rows.append(
            {
                "code": code,
                "name": rule.name if rule else None,
                "criterion": rule.criterion.value if rule else None,
                "goals": int(goals),
                "share": f"{goals / checked:.0%}",
            }
        )
    return pd.DataFrame(rows, columns=["code", "name", "criterion", "goals", "share"])


def rules_by_group(frame: Any, by: str, top: int = 10) -> Any:
    """Share of each group's checked goals that have each of the ``top`` rules."""
    pd = require_pandas("smartcheck.notebook.summarize")
    per_goal = goal_codes(frame)
    codes = list(per_goal.value_counts().head(top).index)
    groups = frame[by].reset_index(drop=True)
    counts = pd.crosstab(groups.loc[per_goal.index].to_numpy(), per_goal.to_numpy())
    checked = frame["error"].isna().groupby(frame[by].to_numpy()).sum()
    shares = counts.reindex(index=checked.index, columns=codes, fill_value=0)
    shares = shares.div(checked.where(checked > 0), axis=0).astype("Float64")
    shares.index.name = by
    shares.columns.name = None
    return shares
