"""Dates in a rewrite: a passed date of the writer's own, a passed start, a weekday that is
no deadline, and a date the time engine resolves.

- **A passed own date** ("Vóór 1 maart 2026 het rijbewijs C halen" on 23 November 2026)
  fails T; the rewrite asks for a new date in its place and keeps the rest as written,
  framed as the writer's commitment ("Vóór [datum] ga ik het rijbewijs C ... halen"), also
  with details in brackets or an acronym that spells a modal ("MAG", "CAN"), never the
  structured fallback.
- **A passed start of a routine** ("Vanaf 1 februari 2026 elke week ...", "Since March 2026
  I ...") goes with its lead word; the routine keeps its frequency and runs until a date.
- **A weekday in a clause of the situation** ("..., het ziet er op zaterdag niet uit",
  "..., it gets very busy on Monday") is when that situation holds: no deadline, no
  routine, no date written in its place; it stays as written.
- **A resolved weekday never lies on the wrong side**: "afgelopen vrijdag", "last Friday"
  is the one before the reference date; a bare or coming weekday the one after it.

Every goal is written fresh for the category, in fields of its own.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.reading.timex import find_time_expressions
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()
REF = date(2026, 11, 23)
A_YEAR = re.compile(r"\b20[2-9][0-9]\b")
DATE_ASKED = {"nl": "[datum]", "en": "[date]"}


def _report(text: str, lang: str):  # type: ignore[no-untyped-def]
    return CHECKER.check(text, lang=lang, reference_date=REF)


PASSED_OWN_DATES = [
    (
        "Vóór 1 maart 2026 het rijbewijs C (vrachtwagen, met aanhanger) halen.",
        "nl",
        "het rijbewijs C (vrachtwagen, met aanhanger) halen",
    ),
    (
        "Vóór 1 februari 2026 de VCA-cursus (basis, met examen) afronden.",
        "nl",
        "de VCA-cursus (basis, met examen) afronden",
    ),
    (
        "Vóór 1 maart 2026 de training voor het MAG systeem van de werkplaats afronden.",
        "nl",
        "de training voor het MAG systeem van de werkplaats afronden",
    ),
    (
        "Vóór 15 oktober 2026 het certificaat hoogwerker behalen.",
        "nl",
        "het certificaat hoogwerker behalen",
    ),
    (
        "By 15 January 2026 pass the C1 exam (reading, listening, speaking).",
        "en",
        "pass the C1 exam (reading, listening, speaking)",
    ),
    (
        "By 1 February 2026 finish the training for the CAN bus tester.",
        "en",
        "finish the training for the CAN bus tester",
    ),
    (
        "By 1 March 2026 complete the first aid course (adult, child, with exam).",
        "en",
        "complete the first aid course (adult, child, with exam)",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kept"), PASSED_OWN_DATES)
def test_a_passed_own_date_is_asked_anew_and_the_rest_kept(text: str, lang: str, kept: str) -> None:
    report = _report(text, lang)
    assert not report.criteria[Criterion.T].passed
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert kept in rewrite, rewrite
    assert DATE_ASKED[lang] in rewrite, rewrite
    assert not A_YEAR.search(rewrite), rewrite  # the passed date is gone, none written
    assert re.search(r"\b(ga ik|I will)\b", rewrite), rewrite  # the writer's commitment


PASSED_STARTS = [
    (
        "Vanaf 1 februari 2026 elke week een veiligheidsoverleg met de ploeg houden.",
        "nl",
        "elke week",
    ),
    (
        "Vanaf 1 maart 2026 twee keer per maand een nieuwsbrief voor de klanten schrijven.",
        "nl",
        "twee keer per maand",
    ),
    (
        "Sinds februari 2026 wil ik elke week een veiligheidsoverleg met de ploeg houden.",
        "nl",
        "elke week",
    ),
    ("From 1 February 2026 run a safety briefing with the crew every week.", "en", "every week"),
    (
        "Since March 2026 I write a newsletter for our customers twice a month.",
        "en",
        "twice a month",
    ),
]


@pytest.mark.parametrize(("text", "lang", "frequency"), PASSED_STARTS)
def test_a_passed_start_goes_and_the_routine_runs_until_a_date(
    text: str, lang: str, frequency: str
) -> None:
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert frequency in rewrite.lower(), rewrite
    assert not A_YEAR.search(rewrite), rewrite
    assert not re.search(r"\b(sinds|since|vanaf|from)\b", rewrite, re.IGNORECASE), rewrite
    assert re.search(r"\b(tot|until) \[(datum|date)\]", rewrite, re.IGNORECASE), rewrite


SITUATION_WEEKDAYS = [
    ("Ik wil de telefoon sneller opnemen, het is op maandag erg druk.", "nl", "op maandag"),
    (
        "Ik wil de bestellingen sneller inpakken, er blijft op vrijdag te veel liggen.",
        "nl",
        "op vrijdag",
    ),
    ("De schappen moeten netter, het ziet er op zondag rommelig uit.", "nl", "op zondag"),
    ("I want to answer the phone faster, it gets very busy on Monday.", "en", "on Monday"),
    (
        "I want to pack the orders faster, there is too much left over on Fridays.",
        "en",
        "on Fridays",
    ),
    ("The shelves need to be tidier, they look messy on Sundays.", "en", "on Sundays"),
]


@pytest.mark.parametrize(("text", "lang", "weekday"), SITUATION_WEEKDAYS)
def test_a_weekday_in_the_situation_is_no_deadline_and_stays(
    text: str, lang: str, weekday: str
) -> None:
    report = _report(text, lang)
    found = [e for e in report.goal.deadlines if weekday.split()[1].lower() in e.text.lower()]
    assert found == [], found  # neither a date nor a routine of the goal
    assert not report.criteria[Criterion.T].passed
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert weekday in rewrite, rewrite
    assert not A_YEAR.search(rewrite), rewrite
    assert not re.search(r"\b(tot|until) \[", rewrite, re.IGNORECASE), rewrite


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik stuur op vrijdag het nieuwe rooster naar het team.", "nl"),
        ("Ik wil het rooster afmaken, ik stuur het op vrijdag naar het team.", "nl"),
        ("I will send the new rota to the team on Friday.", "en"),
        ("Ik wil het rapport afmaken, het moet op vrijdag klaar zijn.", "nl"),
        ("I want to finish the report, it has to be done on Friday.", "en"),
    ],
)
def test_a_weekday_of_the_writers_own_clause_or_a_demand_stays_a_date(text: str, lang: str) -> None:
    days = [e for e in _report(text, lang).goal.deadlines if e.due is not None]
    assert days and all(e.due > REF for e in days)


WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
PAST = {"nl": ["afgelopen", "vorige"], "en": ["last"]}
COMING = {"nl": ["komende", "aanstaande"], "en": ["next", "this coming"]}


@settings(max_examples=60, deadline=None)
@given(
    lang=st.sampled_from(["nl", "en"]),
    day=st.integers(0, 6),
    offset=st.integers(0, 800),
    data=st.data(),
)
def test_a_resolved_weekday_lies_on_its_side_of_the_reference_date(
    lang: str, day: int, offset: int, data: st.DataObject
) -> None:
    """A past weekday is one of the seven days before the reference date, a coming one of
    the seven after it; never the other way round, on any reference date."""
    ref = date(2026, 1, 1) + timedelta(days=offset)
    name = WEEKDAYS[lang][day]
    past = data.draw(st.sampled_from(PAST[lang]))
    coming = data.draw(st.sampled_from(COMING[lang]))
    for phrase, low, high in (
        (f"{past} {name}", ref - timedelta(days=7), ref - timedelta(days=1)),
        (f"{coming} {name}", ref, ref + timedelta(days=7)),
    ):
        found = [e for e in find_time_expressions(phrase, lang, ref) if e.due is not None]
        assert found, phrase
        assert low <= found[0].due <= high, (phrase, ref, found[0].due)
        assert found[0].due.weekday() == day, (phrase, found[0].due)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Afgelopen vrijdag heb ik een fout gemaakt, ik wil de kassa beter afsluiten.", "nl"),
        ("Last Friday I made a mistake, so I want to close the till better.", "en"),
    ],
)
def test_a_past_weekday_is_never_written_as_a_coming_date(text: str, lang: str) -> None:
    report = _report(text, lang)
    assert not report.criteria[Criterion.T].passed
    assert not any(s.edits for f in report.findings for s in f.suggestions if "2026" in s.title)
    assert "27 november 2026" not in (report.rewrite or "").lower()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vóór 1 maart 2026 het vaarbewijs halen. Oefenen op zaterdagochtend met mijn oom.", "nl"),
        (
            "Vóór 1 april 2026 het zwemdiploma C halen. Trainen op woensdagavond in het buurtbad.",
            "nl",
        ),
        ("By 15 January 2026 pass my boat licence. Practise every Saturday with my uncle.", "en"),
    ],
)
def test_a_routine_in_a_later_sentence_leaves_the_one_off_a_deadline(text: str, lang: str) -> None:
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert not re.match(r"(tot|until)\b", rewrite, re.IGNORECASE), rewrite
    assert re.match(r"(vóór|by)\b", rewrite, re.IGNORECASE), rewrite
