"""A real browser renders the HTML views: headless Chromium takes a screenshot and dumps the
DOM after layout (skipped, saying so, where the chromium package is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcheck import Checker, Criterion
from smartcheck.reporting.html import PALETTE, highlight, marks_of
from tests.conftest import REF
from tests.support.browser import dump_dom, screenshot

GOALS = [
    "Ik probeer vóór 1 maart 2027 misschien 3 cursussen te volgen.",
    "I want to communicate better with my team.",
]
PNG = b"\x89PNG\r\n\x1a\n"


def _page(folder: Path, body: str) -> Path:
    page = folder / "view.html"
    page.write_text(f"<!doctype html><meta charset='utf-8'><body>{body}</body>", "utf-8")
    return page


def test_chromium_renders_the_highlighted_report(checker: Checker, tmp_path: Path) -> None:
    reports = [checker.check(g, reference_date=REF) for g in GOALS]
    page = _page(tmp_path, "<hr>".join(r._repr_html_() for r in reports))

    shot = screenshot(page, tmp_path / "report.png")
    data = shot.read_bytes()
    assert data.startswith(PNG) and len(data) > 10_000

    dom = dump_dom(page)
    assert dom.count('class="smartcheck-report"') == 2
    assert 'class="sc-hl sc-A-problem"' in dom  # 'probeer' (A001 hedging) highlighted
    assert 'class="sc-hl sc-T-evidence"' in dom  # 'vóór 1 maart 2027' as evidence
    assert 'data-criterion="M" data-kind="problem"' in dom  # 'better' (M002) tagged
    assert 'class="sc-badge"' in dom and 'class="sc-legend"' in dom


def test_highlights_are_painted_in_their_criterion_colours(
    checker: Checker, tmp_path: Path
) -> None:
    """Only the highlighted goals on the page (no legend, no badge), so a colour on the
    screenshot can only come from a highlight or its tag."""
    reports = [checker.check(g, reference_date=REF) for g in GOALS]
    marks = [marks_of(r) for r in reports]
    body = "".join(
        f"<p>{highlight(r.goal.text, m)}</p>" for r, m in zip(reports, marks, strict=True)
    )
    shot = screenshot(_page(tmp_path, body), tmp_path / "goals.png", size="900,300")
    image = pytest.importorskip("PIL.Image").open(shot).convert("RGB")
    colours = {rgb for _, rgb in image.getcolors(maxcolors=1 << 24)}
    highlighted = {m.criterion for ms in marks for m in ms}
    assert len(highlighted) >= 3
    for criterion in Criterion:
        fill = PALETTE[criterion].fill
        rgb = tuple(int(fill[i : i + 2], 16) for i in (1, 3, 5))
        assert (rgb in colours) == (criterion in highlighted), criterion


def test_chromium_renders_the_summary_with_its_plot(checker: Checker, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    from smartcheck.notebook import check_frame, summarize

    df = pd.DataFrame({"team": ["a", "a", "b"], "goal": [*GOALS, "Ik leer Python."]})
    summary = summarize(check_frame(df, checker=checker, reference_date=REF), by="team")
    page = _page(tmp_path, summary._repr_html_())
    shot = screenshot(page, tmp_path / "summary.png", size="1000,1400")
    image = pytest.importorskip("PIL.Image").open(shot).convert("RGB")
    colours = {rgb for _, rgb in image.getcolors(maxcolors=1 << 24)}
    for criterion in Criterion:  # the pass-rate bars and score boxes, decoded and painted
        fill = PALETTE[criterion].fill
        assert tuple(int(fill[i : i + 2], 16) for i in (1, 3, 5)) in colours, criterion
    dom = dump_dom(page)
    assert 'class="smartcheck-summary"' in dom and '<img class="sc-plot"' in dom
    assert dom.count("<table") == 5
