"""Times the rewrite must read as the writer meant them (issue #12).

- A weekday in a habit ("op vrijdag" with "voortaan", a summary of the week, a start or a
  frequency in its sentence; "on Friday I always ...") is that day of every week: the rewrite
  keeps it and asks until when ("tot [datum]"), never turns it into next Friday's date. A
  weekday with a one-off deliverable stays a date.
- A moment of every day, week or month inside a purpose clause ("zodat ik minder stress heb
  aan het eind van de maand", "so that I'm less rushed at the end of the month") says when the
  purpose holds: the rewrite keeps it where it is and asks for the goal's own deadline.
- A length up to now ("I have worked here for three years now", "ik ben nu twee jaar in
  dienst", "sinds 2023") is no deadline of the goal, and a deadline put in front of its clause
  ("Vóór [datum] ben ik nu twee jaar in dienst en wil ...") commits the writer to what already
  is: a seam; the deadline goes with the wish.
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
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import style_for
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
        (
            "On Monday I always go through the open helpdesk tickets with the team.",
            "en",
            "on monday",
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


@pytest.mark.parametrize(
    ("text", "lang", "wish"),
    [
        ("Ik ben nu twee jaar in dienst en wil de cursus projectleiding volgen.", "nl", "wil"),
        ("Ik werk sinds 2023 in de bibliotheek en wil de leesclub gaan leiden.", "nl", "wil"),
        ("Ik werk hier al drie jaar en wil leren plannen met MS Project.", "nl", "wil"),
        (
            "I have worked at the library for three years now and want to lead the reading club.",
            "en",
            "want",
        ),
        (
            "I've led the night team for a year and I want to take the leadership course.",
            "en",
            "want",
        ),
    ],
)
def test_the_deadline_goes_with_the_wish_not_with_what_already_is(
    text: str, lang: str, wish: str
) -> None:
    rewrite = _rewrite(text, lang)
    deadline = rewrite.lower().find("[dat")
    assert deadline > rewrite.lower().find(f" {wish} "), rewrite


@pytest.mark.parametrize(
    ("goal", "broken", "whole", "lang"),
    [
        (
            "Ik ben nu twee jaar in dienst en wil de cursus projectleiding volgen.",
            "Vóór [datum] ben ik nu twee jaar in dienst en wil de cursus projectleiding volgen.",
            "Ik ben nu twee jaar in dienst en wil vóór [datum] de cursus projectleiding volgen.",
            "nl",
        ),
        (
            "I have worked at the library for three years now and want to lead the reading club.",
            "By [date], I have worked at the library for three years now and want to lead the "
            "reading club.",
            "I have worked at the library for three years now and want to lead the reading club "
            "by [date].",
            "en",
        ),
    ],
)
def test_a_deadline_before_a_length_up_to_now_is_a_seam(
    goal: str, broken: str, whole: str, lang: str
) -> None:
    ctx = CHECKER.context(lang)
    style = style_for(ctx.pack)
    assert style is not None
    judged = CHECKER.parse(goal, lang=lang, reference_date=REF)
    kinds = [s.kind for s in find_seams(broken, judged, ctx, style)]
    assert "contradiction" in kinds
    assert find_seams(whole, judged, ctx, style) == []
