"""Before the start of a period is the day it starts (JUDGING.md, T: a calendar period).

"Voor de start van het schooljaar", "before the beginning of the harvest holiday": the start
named as a noun after a "before" marker is a moment, the period's first day, and the next
one when this period has already started. Without "before" ("aan het begin van", "early
April", "begin april") the words still name the early stretch. Sentences written for these
tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck.reading.timex import find_time_expressions

REF = date(2026, 11, 23)


def due(text: str, lang: str) -> date | None:
    found = [e for e in find_time_expressions(text, lang, REF) if e.kind == "deadline"]  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0].due


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the school year of the pack started in August 2026: the next start is meant
        ("nl", "Voor de start van het schooljaar heb ik de lesroosters klaar.", date(2027, 8, 24)),
        (
            "nl",
            "Tot het begin van het schooljaar oefen ik elke week met het digibord.",
            date(2027, 8, 24),
        ),
        (
            "en",
            "Before the start of the school year I will have the timetables ready.",
            date(2027, 9, 1),
        ),
        # a month: its first day, not the tenth
        (
            "nl",
            "Voor het begin van april lever ik de offerte voor de nieuwe kantine aan.",
            date(2027, 4, 1),
        ),
        (
            "en",
            "Before the beginning of April I will send the quote for the new canteen.",
            date(2027, 4, 1),
        ),
        (
            "en",
            "Until the start of May I will answer the support inbox every morning.",
            date(2027, 5, 1),
        ),
    ],
)
def test_before_the_start_of_a_period_is_its_first_day(
    lang: str, text: str, expected: date
) -> None:
    assert due(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "Begin april lever ik de offerte voor de nieuwe kantine aan.", date(2027, 4, 10)),
        (
            "nl",
            "Voor begin april lever ik de offerte voor de nieuwe kantine aan.",
            date(2027, 4, 10),
        ),
        ("en", "By early April I will send the quote for the new canteen.", date(2027, 4, 10)),
        (
            "en",
            "By the beginning of April I will send the quote for the new canteen.",
            date(2027, 4, 10),
        ),
    ],
)
def test_early_in_a_period_is_its_first_stretch(lang: str, text: str, expected: date) -> None:
    assert due(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "start", "end"),
    [
        (
            "nl",
            "Voor de start van de zomervakantie rond ik de cursus Excel gevorderd af.",
            "Voor het einde van de zomervakantie rond ik de cursus Excel gevorderd af.",
        ),
        (
            "en",
            "Before the start of the summer holiday I will finish the advanced Excel course.",
            "Before the end of the summer holiday I will finish the advanced Excel course.",
        ),
    ],
)
def test_before_the_start_of_a_holiday_is_before_its_end(lang: str, start: str, end: str) -> None:
    first, last = due(start, lang), due(end, lang)
    assert first is not None and last is not None
    assert date(2027, 7, 1) <= first < last


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Voor het einde van het volgende kwartaal heb ik de voorraadtelling geautomatiseerd.",
            date(2027, 3, 31),
        ),
        ("nl", "Voor de start van het komende kwartaal ken ik de nieuwe kassa.", date(2027, 1, 1)),
        (
            "nl",
            "Aan het eind van de volgende maand lever ik het ontwerp van de brug op.",
            date(2026, 12, 31),
        ),
        (
            "en",
            "By the end of the next quarter I will have automated the stock count.",
            date(2027, 3, 31),
        ),
        (
            "en",
            "Before the start of the coming quarter I will know the new till.",
            date(2027, 1, 1),
        ),
    ],
)
def test_a_position_before_the_next_period_names_the_calendar_period(
    lang: str, text: str, expected: date
) -> None:
    """Not three months from today, as "in het volgende kwartaal" alone may be."""
    assert due(text, lang) == expected
