"""A measured result followed by the writer's routines that serve it (routine_means.py).

"Ik breng X vóór <datum> terug van A naar B; ik houd dat elke week bij en bespreek ..." is
one goal with its means; the judge counts three (S004, R004). The routines after the
semicolon point back at the result and repeat on a schedule, so the rewrite keeps them as
the result's means in one sentence ('..., door dat elke week ... bij te houden en ... te
bespreken') instead of splitting them off as goals of their own. Routines that do not point
back at the result are no means of it and stay goals of their own. English writes the means
with 'by' and each routine in -ing ('..., by checking that every Friday, calling ...').
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.routine_means import routines_as_means
from tests.conftest import REF
from tests.support.rewriting import rewrite_style, well_rewritten

MEANS = [
    (
        "Ik breng het aantal te late opleveringen vóór 1 mei 2027 terug van 6 naar 2 per "
        "kwartaal; ik houd dat elke week bij in de planning en bespreek de knelpunten iedere "
        "dinsdag met de uitvoerder.",
        "Ik breng het aantal te late opleveringen vóór 1 mei 2027 terug van 6 naar 2 per "
        "kwartaal, door dat elke week in de planning bij te houden en de knelpunten iedere "
        "dinsdag met de uitvoerder te bespreken.",
    ),
    (
        "Ik verkort de wachttijd aan de balie vóór 1 oktober 2027 van 20 naar 10 minuten; ik "
        "meet dat elke dinsdag en stel het rooster iedere maand bij met de teamleider.",
        "Ik verkort de wachttijd aan de balie vóór 1 oktober 2027 van 20 naar 10 minuten, door "
        "dat elke dinsdag te meten en het rooster iedere maand met de teamleider bij te stellen.",
    ),
    (
        "Ik verhoog het aantal opgeloste meldingen bij de eerste lijn vóór eind juni 2027 van "
        "55% naar 70%; ik houd dat elke dag bij in het dashboard en neem iedere vrijdag de open "
        "meldingen door met mijn teamleider.",
        "Ik verhoog het aantal opgeloste meldingen bij de eerste lijn vóór eind juni 2027 van "
        "55% naar 70%, door dat elke dag in het dashboard bij te houden en iedere vrijdag de "
        "open meldingen met mijn teamleider door te nemen.",
    ),
]


MEANS_EN = [
    (
        "I will cut no-shows at the clinic from 12% to 6% by 1 July 2027; I check that every "
        "Monday, call two patients every day and review the causes with the receptionist every "
        "month.",
        "I will cut no-shows at the clinic from 12% to 6% by 1 July 2027, by checking that every "
        "Monday, calling two patients every day and reviewing the causes with the receptionist "
        "every month.",
    ),
    (
        "I will lower overtime on my team from 40 to 20 hours a month by 1 March 2027; I track "
        "that every week, plan two quiet days every month and discuss the roster with HR every "
        "quarter.",
        "I will lower overtime on my team from 40 to 20 hours a month by 1 March 2027, by "
        "tracking that every week, planning two quiet days every month and discussing the "
        "roster with HR every quarter.",
    ),
    (
        "I will cut late invoices from 25 to 10 a month by 1 June 2027; I check that every "
        "Friday, send two reminders every day and review the list with finance every month.",
        "I will cut late invoices from 25 to 10 a month by 1 June 2027, by checking that every "
        "Friday, sending two reminders every day and reviewing the list with finance every "
        "month.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [("nl", g, e) for g, e in MEANS] + [("en", g, e) for g, e in MEANS_EN],
)
def test_routines_that_serve_a_result_become_its_means(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert not report.split
    assert well_rewritten(checker, goal, lang) == expected


UNRELATED = [
    ("nl", "Ik haal vóór 1 juni 2027 mijn heftruckcertificaat; ik ga elke week twee keer sporten."),
    ("nl", "Ik rond vóór 1 maart 2027 de cursus Excel af; ik lees elke avond een half uur."),
    (
        "nl",
        "Ik verlaag vóór 1 juli 2027 mijn reistijd van 90 naar 60 minuten; ik bel iedere week mijn moeder.",
    ),
    ("en", "I will pass my forklift test by 1 June 2027; I go running twice every week."),
    ("en", "I will finish the Excel course by 1 March 2027; I read a novel every evening."),
    (
        "en",
        "I will cut my commute from 90 to 60 minutes by 1 July 2027; I call my mother every week.",
    ),
]


@pytest.mark.parametrize(("lang", "goal"), UNRELATED)
def test_routines_that_do_not_point_back_are_no_means(
    checker: Checker, lang: str, goal: str
) -> None:
    parsed = checker.parse(goal, lang=lang, reference_date=REF)
    ctx = checker.context(lang)
    assert routines_as_means(parsed, ctx, rewrite_style(checker, lang)) is None


def test_a_routine_without_a_schedule_is_no_means(checker: Checker) -> None:
    goal = (
        "Ik breng het aantal klachten vóór 1 juni 2027 terug van 30 naar 15; ik bespreek dat "
        "met de chauffeurs."
    )
    parsed = checker.parse(goal, lang="nl", reference_date=REF)
    ctx = checker.context("nl")
    assert routines_as_means(parsed, ctx, rewrite_style(checker, "nl")) is None
