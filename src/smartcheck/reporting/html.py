"""A report as HTML for notebooks and browsers (``GoalReport._repr_html_``).

The goal is shown with its spans highlighted per criterion: problems and evidence of several
criteria at once, overlapping spans split into segments that carry every criterion covering
them (one coloured band per criterion). Colour is never the only signal: each span ends in a
tag with the criterion letter and ✘ (problem) or ✔ (evidence), and the colours are the
Okabe-Ito palette, which stays distinct for colour-blind readers. Below: a five-letter badge,
the findings with their coaching questions, and the rewrite.

This module reads a report through the small protocols below and never imports the report
models, so ``reporting.report`` can use it without an import cycle.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from typing import Literal, Protocol

from smartcheck.criteria import Criterion

Kind = Literal["problem", "evidence"]


class Span(Protocol):
    """A piece of the goal text found by a rule."""

    @property
    def code(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


class FindingView(Span, Protocol):
    @property
    def message(self) -> str: ...
    @property
    def fix_title(self) -> str | None: ...


class EvidenceView(Span, Protocol):
    @property
    def label(self) -> str: ...


class ScoreView(Protocol):
    @property
    def label(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def threshold(self) -> float: ...
    @property
    def passed(self) -> bool: ...
    @property
    def findings(self) -> Sequence[FindingView]: ...
    @property
    def evidence(self) -> Sequence[EvidenceView]: ...
    @property
    def question(self) -> str | None: ...


class GoalView(Protocol):
    @property
    def text(self) -> str: ...


class ReportView(Protocol):
    """What the HTML view reads from a :class:`~smartcheck.GoalReport`."""

    @property
    def goal(self) -> GoalView: ...
    @property
    def lang(self) -> str: ...
    @property
    def is_smart(self) -> bool: ...
    @property
    def overall(self) -> float: ...
    @property
    def criteria(self) -> Mapping[Criterion, ScoreView]: ...
    @property
    def rewrite(self) -> str | None: ...


@dataclass(frozen=True)
class Colour:
    """A criterion's colour and the text colour that reads on it (WCAG AA, ≥ 4.5:1)."""

    fill: str
    ink: str


#: Okabe-Ito colours, one per criterion.
PALETTE: dict[Criterion, Colour] = {
    Criterion.S: Colour("#0072B2", "#FFFFFF"),
    Criterion.M: Colour("#E69F00", "#000000"),
    Criterion.A: Colour("#009E73", "#000000"),
    Criterion.R: Colour("#CC79A7", "#000000"),
    Criterion.T: Colour("#D55E00", "#000000"),
}
PASSED = Colour("#1B5E20", "#FFFFFF")
FAILED = Colour("#B71C1C", "#FFFFFF")
TEXT = Colour("#FFFFFF", "#1A1A1A")  # the view's own background and text
SYMBOL: dict[Kind, str] = {"problem": "✘", "evidence": "✔"}


@dataclass(frozen=True)
class Mark:
    """One span to highlight."""

    criterion: Criterion
    kind: Kind
    code: str
    start: int
    end: int
    note: str


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def about_whole_goal(span: Span, text: str) -> bool:
    """A finding about something absent (no deadline, no measure) is anchored to the whole
    goal; highlighting all of it would hide the real spans, so it is listed instead."""
    body = text.strip().rstrip(".!?;:")
    lead = len(text) - len(text.lstrip())
    return span.start >= span.end or (span.start <= lead and span.end >= lead + len(body))


def marks_of(report: ReportView) -> list[Mark]:
    """Every span worth highlighting, problems and evidence of all criteria."""
    text = report.goal.text
    marks = []
    for criterion, score in report.criteria.items():
        for f in score.findings:
            if not about_whole_goal(f, text):
                marks.append(Mark(criterion, "problem", f.code, f.start, f.end, f.message))
        for e in score.evidence:
            if e.end > e.start:
                marks.append(Mark(criterion, "evidence", e.code, e.start, e.end, e.label))
    return marks


def highlight(text: str, marks: Sequence[Mark]) -> str:
    """``text`` cut at every span boundary; each segment wrapped with the marks covering it,
    and a letter tag after each span's last segment."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    order = {c: i for i, c in enumerate(Criterion)}
    out = []
    for a, b in pairwise(cuts):
        covering = sorted(
            (m for m in marks if m.start <= a and m.end >= b),
            key=lambda m: (order[m.criterion], m.kind),
        )
        piece = escape(text[a:b])
        if covering:
            out.append(_segment(piece, covering))
        else:
            out.append(piece)
        ending: dict[tuple[Criterion, Kind], Mark] = {}
        for m in sorted(marks, key=lambda m: (order[m.criterion], m.kind)):
            if m.end == b:  # one tag per criterion and kind, however many rules agree
                ending.setdefault((m.criterion, m.kind), m)
        out.extend(_tag(m) for m in ending.values())
    return "".join(out)


def _segment(piece: str, covering: Sequence[Mark]) -> str:
    layers = []
    seen: list[tuple[Criterion, Kind]] = []
    for m in covering:
        if (m.criterion, m.kind) not in seen:
            seen.append((m.criterion, m.kind))
    for depth, (criterion, kind) in enumerate(seen, start=1):
        colour = PALETTE[criterion].fill
        band = colour if kind == "problem" else _rgba(colour, 0.55)
        layers.append(f"inset 0 -{depth * 3}px 0 0 {band}")
    problems = [c for c, k in seen if k == "problem"]
    tint = _rgba(PALETTE[problems[0]].fill, 0.14) if problems else "transparent"
    classes = " ".join(f"sc-{c.value}-{k}" for c, k in seen)
    title = escape("; ".join(f"{m.criterion.value} {m.code}: {m.note}" for m in covering))
    return (
        f'<span class="sc-hl {classes}" title="{title}" style="background:{tint};'
        f"box-shadow:{','.join(layers)};padding-bottom:{len(seen) * 3}px;"
        f'border-radius:2px">{piece}</span>'
    )


def _tag(mark: Mark) -> str:
    colour = PALETTE[mark.criterion]
    return (
        f'<sup class="sc-tag" data-criterion="{mark.criterion.value}" '
        f'data-kind="{mark.kind}" data-code="{escape(mark.code)}" '
        f'title="{escape(mark.code)}: {escape(mark.note)}" '
        f'style="background:{colour.fill};color:{colour.ink};font-size:0.7em;font-weight:600;'
        f'padding:0 3px;margin:0 1px;border-radius:3px">'
        f"{mark.criterion.value}{SYMBOL[mark.kind]}</sup>"
    )


def badge(report: ReportView) -> str:
    """Five letters, each green with ✔ or red with ✘ (the symbol carries it without colour)."""
    boxes = []
    spoken = []
    for criterion, score in report.criteria.items():
        colour = PASSED if score.passed else FAILED
        mark = "✔" if score.passed else "✘"
        word = "passed" if score.passed else "failed"
        spoken.append(f"{criterion.value} {word}")
        boxes.append(
            f'<span class="sc-letter" data-criterion="{criterion.value}" data-passed='
            f'"{str(score.passed).lower()}" title="{escape(score.label)}: {score.score:.2f} '
            f'(pass ≥ {score.threshold:.2f})" style="display:inline-block;min-width:2.2em;'
            f"text-align:center;background:{colour.fill};color:{colour.ink};font-weight:700;"
            f'margin-right:2px;padding:2px 4px;border-radius:3px">{criterion.value}{mark}</span>'
        )
    label = escape(", ".join(spoken))
    return f'<span class="sc-badge" role="img" aria-label="{label}">{"".join(boxes)}</span>'


def legend(report: ReportView) -> str:
    """Which colour is which criterion, and what the tags mean."""
    items = []
    for criterion, score in report.criteria.items():
        colour = PALETTE[criterion]
        items.append(
            f'<span style="margin-right:0.9em;white-space:nowrap"><span style="display:'
            f"inline-block;width:0.9em;height:0.9em;background:{colour.fill};"
            f'vertical-align:middle;margin-right:3px;border-radius:2px"></span>'
            f"{criterion.value} {escape(score.label)}</span>"
        )
    items.append(
        '<span style="white-space:nowrap">✘ problem · ✔ evidence · hover a span for why</span>'
    )
    return f'<div class="sc-legend" style="font-size:0.85em;margin:4px 0">{"".join(items)}</div>'


def findings_list(report: ReportView) -> str:
    """Per criterion: its score, the findings with what to do, the coaching question."""
    text = report.goal.text
    blocks = []
    for criterion, score in report.criteria.items():
        if score.passed and not score.findings:
            continue
        colour = PALETTE[criterion]
        verdict = "✔" if score.passed else "✘"
        lines = []
        for f in score.findings:
            if about_whole_goal(f, text):
                where = "<i>whole goal</i>: "
            elif f.text in f.message:  # the message quotes it already
                where = ""
            else:
                where = f"<q>{escape(f.text)}</q>: "
            fix = f" <span style='color:#444'>→ {escape(f.fix_title)}</span>" if f.fix_title else ""
            lines.append(
                f'<li class="sc-finding" data-code="{escape(f.code)}"><code>{escape(f.code)}'
                f"</code> {where}{escape(f.message)}{fix}</li>"
            )
        if score.question:
            lines.append(
                f'<li class="sc-question" style="list-style:none;font-style:italic">'
                f'<span aria-hidden="true" style="display:inline-block;width:1.2em;'
                f"height:1.2em;line-height:1.2em;text-align:center;border-radius:50%;"
                f"background:{colour.fill};color:{colour.ink};font-style:normal;"
                f'font-weight:700;margin-right:4px">?</span>{escape(score.question)}</li>'
            )
        blocks.append(
            f'<div class="sc-criterion" data-criterion="{criterion.value}" style="border-left:'
            f'4px solid {colour.fill};padding-left:6px;margin:4px 0"><b>{criterion.value} '
            f"{escape(score.label)}</b> {score.score:.2f} {verdict}"
            f'<ul style="margin:2px 0 2px 1em;padding-left:1em">{"".join(lines)}</ul></div>'
        )
    return "".join(blocks)


_PLACEHOLDER = re.compile(r"\[[^\[\]]+\]")


def rewrite_html(rewrite: str) -> str:
    """The rewrite with its [placeholders] marked as blanks to fill in."""
    out, last = [], 0
    for m in _PLACEHOLDER.finditer(rewrite):
        out.append(escape(rewrite[last : m.start()]))
        out.append(
            f'<span class="sc-placeholder" style="border:1px dashed #555;padding:0 2px;'
            f'border-radius:2px">{escape(m.group())}</span>'
        )
        last = m.end()
    out.append(escape(rewrite[last:]))
    return "".join(out)


def report_html(report: ReportView) -> str:
    """The whole view: badge and verdict, highlighted goal, legend, findings, rewrite."""
    verdict = "SMART" if report.is_smart else "not SMART"
    head = (
        f'<div style="margin-bottom:4px">{badge(report)} <b>{verdict}</b> · overall '
        f"{report.overall:.2f} · {escape(report.lang)}</div>"
    )
    goal = (
        f'<div class="sc-goal" style="font-size:1.1em;line-height:2.1">'
        f"{highlight(report.goal.text, marks_of(report))}</div>"
    )
    rewrite = (
        f'<div class="sc-rewrite" style="margin-top:6px"><b>Rewrite:</b> '
        f"{rewrite_html(report.rewrite)}</div>"
        if report.rewrite
        else ""
    )
    return (
        f'<div class="smartcheck-report" style="color:{TEXT.ink};background:{TEXT.fill};'
        f'padding:8px;font-family:system-ui,sans-serif;max-width:60em">'
        f"{head}{goal}{legend(report)}{findings_list(report)}{rewrite}</div>"
    )
