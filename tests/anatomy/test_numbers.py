"""Numbers are read in the goal's language: Dutch groups thousands with "." and writes decimals
with ","; English the other way round. Goals written fresh for these tests."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.configuration.grammar import digits_value
from tests.conftest import REF


@pytest.mark.parametrize(
    ("lang", "text", "measure", "value"),
    [
        ("nl", "Vóór 1 april 2027 werf ik 1.250 nieuwe donateurs.", "1.250", 1250.0),
        ("nl", "Ik verkoop dit jaar voor € 75.000 aan abonnementen.", "75.000", 75000.0),
        ("nl", "Ik loop vóór 1 mei 2027 de 21,1 kilometer hardlopend uit.", "21,1", 21.1),
        ("nl", "Ik bereik vóór 1 juni 2027 1.200.000 kijkers.", "1.200.000", 1_200_000.0),
        ("nl", "Dit jaar haal ik €40k aan sponsoring op voor de club.", "40", 40_000.0),
        ("en", "By 1 April 2027 I will sign up 3,400 new members.", "3,400", 3400.0),
        ("en", "By March 2027 I will close $180k in contract renewals.", "180", 180_000.0),
        ("en", "By 2028 our fund will hold £2.5bn for local projects.", "2.5", 2_500_000_000.0),
        ("en", "I will cut the average handling time to 4.5 minutes.", "4.5", 4.5),
        (
            "en",
            "By June 2027 I will raise 12,500.50 dollars for the shelter.",
            "12,500.50",
            12500.5,
        ),
    ],
)
def test_a_number_has_its_value_in_the_goals_language(
    checker: Checker, lang: str, text: str, measure: str, value: float
) -> None:
    goal = checker.parse(text, lang=lang, reference_date=REF)
    # keyed by the number as written (a measure may start with its currency sign: "€ 75.000")
    found = {
        number.group(): m.value
        for m in goal.measures
        if m.value is not None and (number := re.search(r"\d[\d.,]*\d|\d", m.text))
    }
    assert found[measure] == value


@pytest.mark.parametrize(
    ("text", "mark", "value"),
    [
        ("1.250", ",", 1250.0),
        ("1.250", ".", 1.25),
        ("1,250", ".", 1250.0),
        ("1,250", ",", 1.25),
        ("2.5", ",", 2.5),  # the other convention where it cannot group thousands
        ("1.250,75", ",", 1250.75),
        ("1,250.75", ",", 1250.75),  # both marks: the last is the decimal one
        ("15%", ",", 15.0),
        ("12.34.5", ",", None),
    ],
)
def test_digits_value(text: str, mark: str, value: float | None) -> None:
    assert digits_value(text, mark) == value


@given(st.integers(min_value=1000, max_value=10**9))
def test_grouped_thousands_mean_the_same_in_both_languages(n: int) -> None:
    english = f"{n:,}"
    dutch = english.replace(",", ".")
    assert digits_value(english, ".") == digits_value(dutch, ",") == float(n)


@pytest.mark.parametrize(
    ("lang", "text", "expr"),
    [
        ("nl", "Ik oefen 1,5 uur per week op de piano.", "1,5 uur per week"),
        ("en", "I will practise the piano 1.5 hours a week.", "1.5 hours a week"),
    ],
)
def test_a_decimal_count_stays_whole_in_a_recurring_time(
    checker: Checker, lang: str, text: str, expr: str
) -> None:
    goal = checker.parse(text, lang=lang, reference_date=REF)
    assert [d.text for d in goal.deadlines if d.kind == "recurring"] == [expr]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "1. Word leren\n2. Mailen in Outlook"),
        ("en", "1) learn Word\n2) answer email faster"),
    ],
)
def test_the_number_of_a_list_line_is_no_measure(lang: str, text: str) -> None:
    """A list marker is no number of the goal's (JUDGING M)."""
    goal = Checker().parse(text, lang=lang, reference_date=REF)
    assert goal.measures == ()
