"""A fix is 'safe' only when it keeps the meaning exactly; each case written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.fixes import apply_fixes
from tests.conftest import REF

CHECKER = Checker()


def _t006(text: str, lang: str) -> tuple[str, int]:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    found = [f for f in report.findings if f.code == "T006"]
    assert found, "the example must have a relative deadline"
    suggestion = found[0].suggestions[0]
    return suggestion.applicability, len(suggestion.edits)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Binnen twee maanden kan ik de kassa zelfstandig afsluiten.", "nl"),
        ("Within four weeks I will hand in my reflection report.", "en"),
        ("Binnen een jaar behaal ik mijn heftruckcertificaat.", "nl"),
        ("Eind volgende maand lever ik het inwerkplan in.", "nl"),
    ],
)
def test_a_relative_deadline_on_a_one_off_goal_is_a_safe_fix(text: str, lang: str) -> None:
    assert _t006(text, lang) == ("safe", 1)
    fixed = apply_fixes(CHECKER, text, lang=lang, reference_date=REF)
    assert fixed.text != text and "T006" in {f.code for f in fixed.applied}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik ga elke week tot de kerstvakantie twee keer zwemmen.", "nl"),  # a routine
        ("Binnen drie maanden ga ik elke dag tien minuten Spaans oefenen.", "nl"),
        ("I always reply to supplier emails within two days.", "en"),  # a habit, not a deadline
        # beside the goal's own end a duration is a window per item
        ("Voor het einde van mijn stage kijk ik toetsen binnen vijf dagen na.", "nl"),
        ("By the end of my placement I will log incidents within two days.", "en"),
    ],
)
def test_in_a_routine_the_date_is_only_shown(text: str, lang: str) -> None:
    assert _t006(text, lang) == ("display_only", 0)
    assert apply_fixes(CHECKER, text, lang=lang, reference_date=REF).text == text
    unsafe = apply_fixes(
        CHECKER, text, lang=lang, reference_date=REF, applicability=("safe", "unsafe")
    )
    assert unsafe.text == text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Voor de herfstvakantie rond ik mijn scriptieplan af.", "nl"),  # holiday: region
        ("By next year I will chair the team meeting on my own.", "en"),  # start or end?
        # the first or last day of a period the pack's calendar gives: a typical year's day
        ("Voordat het nieuwe schooljaar begint, heb ik mijn EHBO-diploma gehaald.", "nl"),
        ("I will finish the lab safety course before the new school year starts.", "en"),
        ("Ik lever mijn portfolio in voor het einde van het studiejaar.", "nl"),
    ],
)
def test_holidays_and_next_year_may_change_the_meaning(text: str, lang: str) -> None:
    assert _t006(text, lang) == ("unsafe", 1)
    assert apply_fixes(CHECKER, text, lang=lang, reference_date=REF).text == text
    opted_in = apply_fixes(
        CHECKER, text, lang=lang, reference_date=REF, applicability=("safe", "unsafe")
    )
    assert opted_in.text != text


def test_a_rewrite_only_takes_safe_dates() -> None:
    report = CHECKER.check(
        "By next year I want to get better at chairing meetings.", lang="en", reference_date=REF
    )
    assert report.rewrite is not None and "2027" not in report.rewrite


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vóór mijn functioneringsgesprek in juni haal ik het VCA-diploma.", "nl"),
        ("Vóór de audit in oktober schrijf ik de nieuwe hygiëneprocedure voor de keuken.", "nl"),
        ("Before my appraisal in June I will pass the forklift exam.", "en"),
        (
            "By the fire inspection in September I will update the evacuation plan for the "
            "second floor.",
            "en",
        ),
    ],
)
def test_a_month_that_dates_an_event_is_no_deadline_to_convert(text: str, lang: str) -> None:
    """The event is the deadline and the month says when it is: "vóór 30 juni" would move
    it (issue #12 point 6), so no fix is offered and nothing is applied."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert "T006" not in {f.code for f in report.findings}
    opted_in = apply_fixes(
        CHECKER, text, lang=lang, reference_date=REF, applicability=("safe", "unsafe")
    )
    assert opted_in.text == text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik haal in juni het VCA-diploma.", "nl"),
        ("I will pass the forklift exam in June.", "en"),
    ],
)
def test_a_month_without_an_event_is_still_offered(text: str, lang: str) -> None:
    assert _t006(text, lang)[1] == 1
