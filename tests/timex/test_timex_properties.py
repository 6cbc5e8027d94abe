"""Properties that must hold for any text: no exceptions, exact spans, order, determinism."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcheck.reading.timex import find_time_expressions

WORDS = [
    "vóór",
    "voor",
    "uiterlijk",
    "binnen",
    "over",
    "eind",
    "begin",
    "medio",
    "week",
    "12",
    "1",
    "31",
    "maart",
    "februari",
    "2027",
    "99999",
    "Q2",
    "kwartaal",
    "drie",
    "maanden",
    "elke",
    "vrijdag",
    "per",
    "keer",
    "zo",
    "snel",
    "mogelijk",
    "by",
    "before",
    "within",
    "the",
    "end",
    "of",
    "March",
    "May",
    "next",
    "every",
    "Friday",
    "times",
    "a",
    "week",
    "2027-03-15",
    "31-12-2026",
    "1/3/2027",
    "z.s.m.",
    "asap",
    "kerstvakantie",
    "zomer",
    "anderhalf",
    "jaar",
    "twenty-four",
    "months",
    "-",
    ",",
    ".",
    "🚀",
    "日本",
    "'27",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
)
langs = st.sampled_from(["nl", "en"])
refs = st.dates(min_value=date(1950, 1, 1), max_value=date(2900, 12, 31))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=langs, ref=refs)
def test_invariants(text: str, lang: str, ref: date) -> None:
    found = find_time_expressions(text, lang, ref)  # type: ignore[arg-type]
    previous_end = 0
    for expr in found:
        assert 0 <= expr.start < expr.end <= len(text)
        assert expr.text == text[expr.start : expr.end]
        assert expr.start >= previous_end  # sorted and non-overlapping
        previous_end = expr.end
        if expr.kind in ("recurring", "vague"):
            assert expr.due is None
    assert find_time_expressions(text, lang, ref) == found  # type: ignore[arg-type]
