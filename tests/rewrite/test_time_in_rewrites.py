"""Times the rewrite must read as the writer meant them (issue #12).

- A weekday in a habit ("op vrijdag" with "voortaan", a summary of the week, a start or a
  frequency in its sentence; "on Friday I always ...") is that day of every week: the rewrite
  keeps it and asks until when ("tot [datum]"), never turns it into next Friday's date. A
  weekday with a one-off deliverable stays a date.
- A moment of every day, week or month inside a purpose clause ("zodat ik minder stress heb
  aan het eind van de maand", "so that I'm less rushed at the end of the month") says when the
  purpose holds: the rewrite keeps it where it is and asks for the goal's own deadline.
- A length up to now ("I have worked here for three years now") is no deadline of the goal.
- An abbreviation the writer closed with a period ("macros etc.") keeps it when the rewrite
  goes on after it.
Every goal is written fresh for the category.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.reading.timex import find_time_expressions
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()
REF = date(2026, 11, 23)
A_DATE = re.compile(r"\b(?:20[0-9]{2}|november|december|January|February|November|December)\b")


def _rewrite(text: str, lang: str) -> str:
    return shown_rewrite(CHECKER, text, lang)


def _passes(text: str, lang: str, criterion: Criterion) -> bool:
    return CHECKER.check(text, lang=lang, reference_date=REF).criteria[criterion].passed


@pytest.mark.parametrize(
    ("text", "lang", "weekday", "until"),
    [
        (
            "Ik schrijf op vrijdag een kort verslag van de week voor de magazijnchef.",
            "nl",
            "op vrijdag",
            "tot [datum]",
        ),
        (
            "On Friday I send my manager a summary of the week at the bakery.",
            "en",
            "on friday",
            "until [date]",
        ),
    ],
)
def test_a_weekday_of_a_habit_stays_a_weekday(
    text: str, lang: str, weekday: str, until: str
) -> None:
    rewrite = _rewrite(text, lang)
    assert weekday in rewrite.lower() and until in rewrite.lower()
    assert not A_DATE.search(rewrite), rewrite


@pytest.mark.parametrize(
    "day", ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
)
def test_every_weekday_of_a_habit_is_a_routine(day: str) -> None:
    text = f"Op {day} stuur ik voortaan de bestellijst naar de groothandel."
    kinds = [e.kind for e in find_time_expressions(text, "nl", REF)]
    assert kinds == ["recurring"]
    assert _passes(text, "nl", Criterion.M) and not _passes(text, "nl", Criterion.T)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Op vrijdag lever ik het inspectierapport van de koelcel in.", "nl"),
        ("On Friday I will hand in the audit report for the cold store.", "en"),
    ],
)
def test_a_weekday_of_a_one_off_stays_a_date(text: str, lang: str) -> None:
    assert _passes(text, lang, Criterion.T)


@pytest.mark.parametrize(
    ("text", "lang", "moment"),
    [
        (
            "Ik werk de klantdossiers bij, zodat ik minder stress heb aan het eind van de maand.",
            "nl",
            "zodat ik minder stress heb aan het eind van de maand",
        ),
        (
            "Ik boek de facturen meteen in, zodat het team aan het begin van de week een "
            "actueel overzicht heeft.",
            "nl",
            "aan het begin van de week",
        ),
        (
            "I will tidy the client files so that I'm less rushed at the end of the month.",
            "en",
            "less rushed at the end of the month",
        ),
        (
            "I will prepare the rota in order to avoid overtime at the end of the week.",
            "en",
            "avoid overtime at the end of the week",
        ),
    ],
)
def test_a_moment_of_the_purpose_is_no_deadline(text: str, lang: str, moment: str) -> None:
    assert not _passes(text, lang, Criterion.T)
    rewrite = _rewrite(text, lang)
    assert moment in rewrite and not A_DATE.search(rewrite), rewrite


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Aan het eind van de maand heb ik alle klantdossiers bijgewerkt.", "nl"),
        ("By the end of the month I will have tidied every client file.", "en"),
    ],
)
def test_the_same_moment_governing_the_goal_is_its_deadline(text: str, lang: str) -> None:
    assert _passes(text, lang, Criterion.T)


@pytest.mark.parametrize(
    "text",
    [
        "I have worked at the library for three years now and want to lead the reading club.",
        "I've led the night team for a year and I want to take the leadership course.",
    ],
)
def test_a_length_up_to_now_is_no_deadline(text: str) -> None:
    assert not _passes(text, "en", Criterion.T)
    report = CHECKER.check(text, lang="en", reference_date=REF)
    assert report.rewrite is None or not A_DATE.search(report.rewrite), report.rewrite


def test_a_length_ahead_still_frames_the_goal() -> None:
    assert _passes(
        "I will lead the reading club at the library for three months.", "en", Criterion.T
    )


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("I want to get better at Excel: pivot tables, macros etc.", "en", "macros etc."),
        (
            "Ik wil beter worden in Excel: draaitabellen, macro's, grafieken enz.",
            "nl",
            "grafieken enz.",
        ),
    ],
)
def test_an_abbreviation_keeps_its_period(text: str, lang: str, kept: str) -> None:
    rewrite = _rewrite(text, lang)
    assert kept in rewrite, rewrite
