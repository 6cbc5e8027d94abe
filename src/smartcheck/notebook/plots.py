"""Plots of checked goals (matplotlib is an optional extra). Each function draws on a given
Axes or a new Figure and returns the Figure; nothing goes through pyplot's global state, so
plots can be made from threads and scripts without a display.

The criteria keep the colours of the HTML view (Okabe-Ito); groups are told apart by
position and label, never by colour alone.
"""

from __future__ import annotations

import io
import sys
from typing import TYPE_CHECKING, Any

from smartcheck.criteria import Criterion
from smartcheck.judging.registry import discover_rules
from smartcheck.notebook.frames import LETTERS, SCORE_COLUMNS
from smartcheck.notebook.tables import goal_codes, pass_rates
from smartcheck.reporting.html import PALETTE

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SMART_COLOUR = "#555555"


def _figure(size: tuple[float, float] = (6.0, 3.5)) -> Figure:
    try:
        from matplotlib.figure import Figure
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "smartcheck.notebook plots need matplotlib: pip install 'smartcheck[notebook]'"
        ) from None
    _show_in_ipython(Figure)
    return Figure(figsize=size, layout="constrained")


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def _show_in_ipython(figure_type: type[Figure]) -> None:
    """In Jupyter, a Figure made without pyplot shows as text until a matplotlib backend is
    activated; give IPython a PNG view of Figures unless it has one already."""
    ipython: Any = sys.modules.get("IPython")  # only when running under IPython
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return
    png = shell.display_formatter.formatters["image/png"]
    try:
        png.lookup_by_type(figure_type)  # the inline backend's, or ours from an earlier plot
    except KeyError:
        png.for_type(figure_type, _png)


def _axes(ax: Axes | None, size: tuple[float, float] = (6.0, 3.5)) -> tuple[Figure, Axes]:
    if ax is not None:
        figure = ax.get_figure()
        assert figure is not None
        return figure, ax  # type: ignore[return-value]
    figure = _figure(size)
    return figure, figure.add_subplot()


def pass_rate_plot(frame: Any, by: str | None = None, ax: Axes | None = None) -> Figure:
    """Share of goals passing each criterion and all five, one bar per group."""
    figure, ax = _axes(ax)
    rates = pass_rates(frame, by)[[*LETTERS, "SMART"]].astype("float64")
    groups = list(rates.index)
    width = 0.8 / max(1, len(groups))
    colours = [PALETTE[Criterion(c)].fill for c in LETTERS] + [SMART_COLOUR]
    for i, group in enumerate(groups):
        xs = [x + (i - (len(groups) - 1) / 2) * width for x in range(len(rates.columns))]
        bars = ax.bar(xs, rates.loc[group].to_numpy(), width=width * 0.95, color=colours)
        if len(groups) > 1:
            ax.bar_label(bars, labels=[str(group)] * len(xs), rotation=90, fontsize=7)
    ax.set_xticks(range(len(rates.columns)), [*LETTERS, "all five"])
    ax.set_ylim(0, 1.15 if len(groups) > 1 else 1)
    ax.yaxis.set_major_formatter("{x:.0%}")
    ax.set_title("Pass rate per criterion" + (f" by {by}" if by else ""))
    return figure


def score_plot(frame: Any, ax: Axes | None = None) -> Figure:
    """Distribution of each criterion's score and the overall score (box plots)."""
    figure, ax = _axes(ax)
    checked = frame[frame["error"].isna()]
    columns = [*SCORE_COLUMNS, "overall"]
    values = [checked[c].astype("float64").to_numpy() for c in columns]
    boxes = ax.boxplot(
        values, patch_artist=True, tick_labels=[*LETTERS, "overall"], medianprops={"color": "black"}
    )
    for patch, letter in zip(boxes["boxes"], [*LETTERS, None], strict=True):
        patch.set_facecolor(PALETTE[Criterion(letter)].fill if letter else SMART_COLOUR)
    ax.set_ylim(0, 1)
    ax.set_title("Score distributions")
    return figure


def top_rules_plot(frame: Any, top: int = 10, ax: Axes | None = None) -> Figure:
    """The rules found in most goals, as a share of the checked goals."""
    figure, ax = _axes(ax)
    counts = goal_codes(frame).value_counts().head(top).iloc[::-1]
    checked = max(1, int(frame["error"].isna().sum()))
    registry = discover_rules()
    colours = []
    for code in counts.index:
        rule = registry.get(str(code))
        colours.append(PALETTE[rule.criterion].fill if rule else SMART_COLOUR)
    ax.barh([str(c) for c in counts.index], counts.to_numpy() / checked, color=colours)
    ax.xaxis.set_major_formatter("{x:.0%}")
    ax.set_title(f"Most frequent rules (share of {checked} goals)")
    return figure


def group_plot(frame: Any, by: str, ax: Axes | None = None) -> Figure:
    """Share of SMART goals per group, best first."""
    figure, ax = _axes(ax)
    rates = pass_rates(frame, by)["SMART"].astype("float64").sort_values()
    ax.barh([str(g) for g in rates.index], rates.to_numpy(), color=SMART_COLOUR)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter("{x:.0%}")
    ax.set_title(f"SMART goals by {by}")
    return figure


def overall_plot(frame: Any, ax: Axes | None = None) -> Figure:
    """Histogram of the overall score."""
    figure, ax = _axes(ax)
    overall = frame.loc[frame["error"].isna(), "overall"].astype("float64")
    ax.hist(overall.to_numpy(), bins=20, range=(0, 1), color=SMART_COLOUR)
    ax.set_title("Overall score")
    return figure


def summary_figure(frame: Any, by: str | None = None) -> Figure:
    """Four panels: pass rates, score distributions, top rules, SMART rate per group (or the
    overall score's histogram without ``by``)."""
    figure = _figure((12.0, 7.5))
    (a, b), (c, d) = figure.subplots(2, 2)
    pass_rate_plot(frame, by=by, ax=a)
    score_plot(frame, ax=b)
    top_rules_plot(frame, ax=c)
    if by:
        group_plot(frame, by, ax=d)
    else:
        overall_plot(frame, ax=d)
    return figure
