"""The HTML view of a report: the goal with problem and evidence spans highlighted per
criterion, a five-letter badge, findings with coaching questions, the rewrite."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from smartcheck import Checker, Criterion
from smartcheck.reporting.html import FAILED, PALETTE, PASSED, TEXT, Mark, highlight
from tests.conftest import REF


class _Reader(HTMLParser):
    """Collects the visible goal text (outside the letter tags) and the tags' labels."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self.segments: list[str] = []
        self._in_tag = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_tag = tag == "sup"
        classes = dict(attrs).get("class") or ""
        if tag == "span" and "sc-hl" in classes:
            self.segments.append(classes)

    def handle_endtag(self, tag: str) -> None:
        if tag == "sup":
            self._in_tag = False

    def handle_data(self, data: str) -> None:
        (self.tags if self._in_tag else self.text).append(data)


def read(html: str) -> _Reader:
    reader = _Reader()
    reader.feed(html)
    return reader


def test_overlapping_spans_are_split_into_segments_carrying_both() -> None:
    text = "Ik wil beter worden in Excel."
    marks = [
        Mark(Criterion.S, "problem", "S001", 7, 19, "vague"),  # "beter worden"
        Mark(Criterion.M, "problem", "M002", 7, 12, "comparative"),  # "beter"
        Mark(Criterion.S, "evidence", "S003", 23, 28, "name"),  # "Excel"
    ]
    reader = read(highlight(text, marks))
    assert "".join(reader.text) == text
    assert reader.segments == [
        "sc-hl sc-S-problem sc-M-problem",  # "beter": both criteria at once
        "sc-hl sc-S-problem",  # " worden"
        "sc-hl sc-S-evidence",  # "Excel"
    ]
    assert reader.tags == ["M✘", "S✘", "S✔"]


@given(
    st.text(min_size=1, max_size=40),
    st.lists(
        st.tuples(
            st.sampled_from(list(Criterion)),
            st.sampled_from(["problem", "evidence"]),
            st.integers(0, 40),
            st.integers(0, 40),
        ),
        max_size=6,
    ),
)
def test_highlighting_never_loses_or_reorders_text(
    text: str, raw: list[tuple[Criterion, str, int, int]]
) -> None:
    marks = []
    for criterion, kind, a, b in raw:
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        if end > start:
            marks.append(Mark(criterion, kind, "X001", start, end, "note"))  # type: ignore[arg-type]
    reader = read(highlight(text, marks))
    assert "".join(reader.text) == text
    assert len(reader.tags) == len({(m.criterion, m.kind, m.end) for m in marks})


def test_report_view_highlights_problems_and_lists_absences(checker: Checker) -> None:
    report = checker.check("Ik wil beter worden in Excel.", lang="nl", reference_date=REF)
    html = report._repr_html_()
    assert "sc-S-problem" in html  # 'beter worden' (S001) is highlighted
    assert "<i>whole goal</i>" in html  # T001: no deadline, listed instead of highlighted
    assert "sc-T-problem" not in html
    assert "Wanneer moet het klaar zijn?" in html  # the coaching question
    assert 'class="sc-placeholder"' in html and "[datum]" in html  # the rewrite's blanks
    letters = [(c.value, s.passed) for c, s in report.criteria.items()]
    for letter, passed in letters:
        assert f'data-criterion="{letter}" data-passed="{str(passed).lower()}"' in html


def test_html_view_escapes_the_goal(checker: Checker) -> None:
    report = checker.check(
        "Ik wil <b>beter</b> worden in Excel & Word.", lang="nl", reference_date=REF
    )
    html = report._repr_html_()
    assert "&lt;b&gt;" in html and "<b>beter</b>" not in html
    assert "&amp; Word" in html
    assert "Specifiek" in html and "Wanneer moet het klaar zijn?" in html


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_colours_meet_wcag_aa_contrast() -> None:
    pairs = [*PALETTE.values(), PASSED, FAILED, TEXT]
    assert all(_contrast(c.fill, c.ink) >= 4.5 for c in pairs), [
        (c, round(_contrast(c.fill, c.ink), 2)) for c in pairs
    ]
    assert len({c.fill for c in PALETTE.values()}) == 5
