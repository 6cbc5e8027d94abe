"""How SMART are these goals? Pass rates per criterion, score distributions, the most
frequent rules and the worst goals, for all goals or per group (``by="department"``).

A :class:`Summary` holds plain DataFrames an analyst can keep working with; in Jupyter it
shows itself as tables with its plot inline, and ``.plot()`` returns the matplotlib Figure.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

from smartcheck.errors import ConfigError
from smartcheck.notebook._pandas import require_pandas
from smartcheck.notebook.frames import RESULT_COLUMNS, SCORE_COLUMNS, Result
from smartcheck.notebook.frames import to_dataframe as _to_dataframe
from smartcheck.notebook.plots import summary_figure
from smartcheck.notebook.tables import pass_rates, rules_by_group, top_rules

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_NA = "-"  # how a missing rate shows in a table


@dataclass(frozen=True, repr=False)
class Summary:
    """The tables of :func:`summarize`; ``frame`` is the checked data they come from."""

    frame: Any
    by: str | None
    n_goals: int
    n_errors: int
    pass_rates: Any
    """Per group (or one row, ``"all goals"``): goals checked, errors, then the share of
    checked goals that pass S, M, A, R, T and all five (``SMART``)."""
    scores: Any
    """Distribution of the overall and per-criterion scores (count, mean, quartiles)."""
    top_rules: Any
    """The most frequent rules: goals with a finding of the rule, and their share."""
    rules_by_group: Any
    """Share of each group's goals with each frequent rule (None without ``by``)."""
    worst: Any
    """The goals with the lowest overall score."""

    @property
    def smart_rate(self) -> float:
        """Share of the checked goals that pass all five criteria."""
        checked = self.frame["is_smart"].dropna()
        return float(checked.mean()) if len(checked) else float("nan")

    def plot(self) -> Figure:
        """Pass rates, score distributions, top rules and (with ``by``) SMART rate per group
        in one matplotlib Figure."""
        return summary_figure(self.frame, by=self.by)

    def __repr__(self) -> str:
        by = f", by={self.by!r}" if self.by else ""
        return (
            f"Summary({self.n_goals} goals, {self.n_errors} errors, "
            f"{_pct(self.smart_rate)} SMART{by})"
        )

    def _repr_html_(self) -> str:
        head = (
            f"<h4>{self.n_goals} goals, {self.n_errors} could not be checked; "
            f"{_pct(self.smart_rate)} SMART</h4>"
        )
        sections = [
            ("Pass rate per criterion", _percent_table(self.pass_rates)),
            ("Scores", self.scores.to_html(float_format=lambda x: f"{x:.2f}", na_rep=_NA)),
            ("Most frequent rules", self.top_rules.to_html(index=False, na_rep=_NA)),
        ]
        if self.rules_by_group is not None:
            sections.append(("Rules per group", _percent_table(self.rules_by_group)))
        sections.append(("Worst goals", self.worst.to_html(na_rep=_NA)))
        body = "".join(f"<h5>{escape(t)}</h5>{html}" for t, html in sections)
        return f'<div class="smartcheck-summary">{head}{_inline_plot(self)}{body}</div>'


def _pct(value: Any) -> str:
    pd = require_pandas("smartcheck.notebook.summarize")
    return _NA if pd.isna(value) else f"{float(value):.0%}"


def _percent_table(table: Any) -> str:
    shown = table.copy()
    for name in shown.columns:
        if str(shown[name].dtype) in ("Float64", "float64"):
            shown[name] = [_pct(v) for v in shown[name]]
    rendered: str = shown.to_html(na_rep=_NA)
    return rendered


def _inline_plot(summary: Summary) -> str:
    """The summary's figure as an inline PNG, or a note when matplotlib is absent."""
    try:
        figure = summary.plot()
    except ImportError:
        return "<p><i>pip install matplotlib to see the plots here.</i></p>"
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=80, bbox_inches="tight")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img class="sc-plot" alt="summary plots" src="data:image/png;base64,{data}">'


def summarize(
    data: Any,
    by: str | None = None,
    *,
    text_column: str | None = None,
    top: int = 10,
) -> Summary:
    """Summarise checked goals: a frame from :func:`check_frame` or :func:`to_dataframe`, or
    the results of ``check_many`` themselves. ``by`` names a column of the frame to group
    by; ``text_column`` the goal text shown among the worst goals (``text`` or ``goal``
    when present)."""
    pd = require_pandas("smartcheck.notebook.summarize")
    frame = data if isinstance(data, pd.DataFrame) else _to_dataframe(_results(data))
    missing = [name for name in RESULT_COLUMNS if name not in frame.columns]
    if missing:
        raise ConfigError(
            "summarize needs the columns check_frame adds; missing: " + ", ".join(missing)
        )
    if by is not None and by not in frame.columns:
        raise ConfigError(
            f"summarize: no column {by!r} to group by "
            f"(columns: {', '.join(map(str, frame.columns))})"
        )
    text = text_column or next((c for c in ("text", "goal") if c in frame.columns), None)
    checked = frame[frame["error"].isna()]
    return Summary(
        frame=frame,
        by=by,
        n_goals=len(frame),
        n_errors=int(frame["error"].notna().sum()),
        pass_rates=pass_rates(frame, by),
        scores=checked[["overall", *SCORE_COLUMNS]].astype("float64").describe(),
        top_rules=top_rules(frame, top),
        rules_by_group=rules_by_group(frame, by, top) if by else None,
        worst=_worst(checked, by, text, top),
    )


def _results(data: Iterable[Result]) -> Iterable[Result]:
    if isinstance(data, (str, bytes)) or not isinstance(data, Iterable):
        raise ConfigError(
            f"summarize takes a DataFrame or check_many results, got {type(data).__name__}"
        )
    return data


def _worst(checked: Any, by: str | None, text: str | None, top: int) -> Any:
    columns = [c for c in (by, text) if c is not None]
    columns += ["overall", "codes"]
    ordered = checked.sort_values("overall", kind="stable")
    return ordered[columns].head(top)
