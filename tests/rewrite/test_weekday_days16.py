"""A weekday said as the day something happens stays that day in the rewrite.

"eerst bij de veiling op dinsdag", "on Saturday" already pass T; the time engine's safe fix
("vóór 24 november 2026") would turn the day of a standing event or a routine into a
one-off deadline before it, a change of meaning. The rewrite keeps the weekday as written.
A deadline before a weekday ("voor vrijdag", "by Friday") still gets its explicit date.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF

CHECKER = Checker()

DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "Ik zou graag een keer zelf de boekpresentatie willen leiden, misschien eerst bij de "
            "voorleesochtend op woensdag.",
            "nl",
            "voorleesochtend op woensdag",
        ),
        (
            "Ik wil een keer zelf de kassa opmaken, misschien eerst op zaterdag.",
            "nl",
            "op zaterdag",
        ),
        (
            "Ik zou misschien graag de ochtendbriefing zelf doen, eerst op maandag.",
            "nl",
            "op maandag",
        ),
        ("I'd maybe like to run the Friday briefing myself, first on Friday.", "en", "on Friday"),
    ],
)
def test_a_weekday_on_its_day_stays_that_day(text: str, lang: str, kept: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    assert kept in report.rewrite
    assert "2026" not in report.rewrite and "vóór" not in report.rewrite


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(DAYS_NL))
def test_no_weekday_on_its_day_becomes_a_deadline_nl(day: str) -> None:
    text = f"Ik wil misschien een keer zelf het werkoverleg voorzitten, eerst op {day}."
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert report.criteria[Criterion.T].passed
    assert report.rewrite is not None
    assert f"op {day}" in report.rewrite and "vóór" not in report.rewrite


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(DAYS_EN))
def test_no_weekday_on_its_day_becomes_a_deadline_en(day: str) -> None:
    text = f"I'd maybe like to chair the team meeting myself, first on {day}."
    report = CHECKER.check(text, lang="en", reference_date=REF)
    assert report.rewrite is not None
    assert f"on {day}" in report.rewrite and "2026" not in report.rewrite


def test_a_deadline_before_a_weekday_still_gets_its_date() -> None:
    report = CHECKER.check(
        "Ik wil misschien de planning voor vrijdag af hebben.", lang="nl", reference_date=REF
    )
    assert report.rewrite is not None
    assert "vóór 27 november 2026" in report.rewrite
