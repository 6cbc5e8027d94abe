"""A date with a year outside the sane range is no date at all: it never silently becomes
another date (next year's 1 January) that lets a goal pass T."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.reading.timex import find_time_expressions
from tests.conftest import REF


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vóór 1 januari 10000 geef ik een presentatie van twintig minuten aan het team.", "nl"),
        ("Uiterlijk 15 maart 20270 rond ik de cursus Excel af.", "nl"),
        ("By 1 January 10000 I will give a twenty-minute talk to my team.", "en"),
        ("Ik wil vóór juni 10000 mijn rijbewijs halen.", "nl"),
        ("Vóór 1 januari " + "9" * 4_900 + " geef ik een presentatie.", "nl"),
    ],
    ids=["nl day month", "nl five-digit", "en", "nl month", "nl 4900 digits"],
)
def test_a_year_out_of_range_gives_no_deadline(checker: Checker, text: str, lang: str) -> None:
    due = [e.due for e in find_time_expressions(text, lang, REF) if e.due is not None]
    assert due == []
    report = checker.check(text, lang=lang, reference_date=REF)
    assert not report.criteria["T"].passed
    assert not report.is_smart


@pytest.mark.parametrize(
    "text",
    [
        "Vóór 1 juni 2027 zet ik 10000 stappen per dag.",
        "Vóór 1 juni zet ik 10.000 stappen per dag.",
    ],
)
def test_a_count_beside_a_date_keeps_the_date(text: str) -> None:
    due = [e.due for e in find_time_expressions(text, "nl", REF) if e.due is not None]
    assert len(due) == 1 and due[0] is not None and due[0].month == 6
