"""Occasions named by their month are event anchors (JUDGING.md, T: an event-anchored deadline).

"By the March sale", "in de stilstand van september": the month says when, so any noun names
the occasion, whether or not the event lists know it. A marker or an edge word must stand
before it; "the March figures" alone are a thing. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.reading.timex import find_time_expressions

REF = date(2026, 11, 23)
CHECKER = Checker()


def anchors(text: str, lang: str) -> list[str]:
    found = find_time_expressions(text, lang, REF)  # type: ignore[arg-type]
    return [e.anchor.text for e in found if e.kind == "event" and e.anchor]


@pytest.mark.parametrize(
    ("lang", "text", "anchor"),
    [
        ("en", "By the March sale I will catalogue 300 lots on my own.", "the March sale"),
        (
            "en",
            "Before the June board meeting I will present three options for the new depot.",
            "the June board meeting",
        ),
        (
            "en",
            "I will rehang the east gallery by the October print fair without extra staff.",
            "the October print fair",
        ),
        (
            "en",
            "During the August shutdown I will replace the 12 valves on line 2.",
            "the August shutdown",
        ),
        (
            "nl",
            "In de stilstand van september vervang ik zelfstandig de lagers van pers 3.",
            "de stilstand van september",
        ),
        (
            "nl",
            "Voor de veiling van maart beschrijf ik 200 kavels in het nieuwe systeem.",
            "de veiling van maart",
        ),
        (
            "nl",
            "Tijdens de braderie van juni sta ik twee dagen zelf in de kraam.",
            "de braderie van juni",
        ),
    ],
)
def test_an_occasion_its_month_names_is_an_event_anchor(lang: str, text: str, anchor: str) -> None:
    assert anchor in anchors(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "By the March sale I will catalogue 300 lots on my own."),
        ("en", "Before the June board meeting I will present three options for the new depot."),
        ("nl", "In de stilstand van september vervang ik zelfstandig de lagers van pers 3."),
        ("nl", "Voor de veiling van maart beschrijf ik 200 kavels in het nieuwe systeem."),
    ],
)
def test_the_goal_is_time_bound(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.criteria[Criterion.T].passed


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the month's thing without a marker before it is the goal's object, no time
        ("en", "I will analyse the March figures."),
        ("nl", "Ik wil de cijfers van maart analyseren."),
        # "of" links the month's thing to another noun: no time either
        ("en", "I will write the minutes of the March meeting."),
    ],
)
def test_a_months_thing_without_a_marker_is_no_time(lang: str, text: str) -> None:
    assert anchors(text, lang) == []
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.criteria[Criterion.T].passed


@pytest.mark.parametrize(
    ("lang", "text", "anchor"),
    [
        # a holiday's peak is a busy stretch of the trade's year, as a rush is
        (
            "en",
            "Before the Valentine's peak I will train two new packers on the bouquet line.",
            "the Valentine's peak",
        ),
        ("en", "After the Easter peak I will rewrite the picking checklist.", "the Easter peak"),
        ("nl", "Na de piek van Moederdag werk ik de inpakinstructie bij.", "de piek"),
    ],
)
def test_a_holidays_peak_is_a_busy_stretch(lang: str, text: str, anchor: str) -> None:
    assert anchor in anchors(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "During rush hour I will answer 20 calls.",
        "During peak hours I will keep the queue under five minutes.",
        "In peak weeks I will plan one extra picker per shift.",
    ],
)
def test_a_busy_stretch_before_a_unit_of_time_is_no_event(text: str) -> None:
    # the noun says which hours or weeks (recurring ones), not one event
    assert anchors(text, "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "anchor"),
    [
        # a year right after the determiner names which one, as a month there does
        ("en", "By the end of the 2027 harvest I will train four new sorters.", "the 2027 harvest"),
        (
            "en",
            "Before the 2027 audit I will rewrite the 12 cleaning procedures.",
            "the 2027 audit",
        ),
        ("nl", "Voor de 2027 keuring werk ik de 12 logboeken bij.", "de 2027 keuring"),
    ],
)
def test_an_event_named_with_its_year_is_an_event_anchor(lang: str, text: str, anchor: str) -> None:
    assert anchor in anchors(text, lang)


def test_a_year_before_a_plain_noun_is_no_event() -> None:
    assert anchors("I want 2027 training sessions.", "en") == []
