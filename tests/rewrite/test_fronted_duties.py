"""Others' duty with its time in front: "By April, 80% of my volunteers should ...".

A goal that lays an outcome on others fails A; its rewrite is the writer's own part ("I will
make sure that ...", "zorg ik ervoor dat ..."). When the goal opens with its time ("By April,",
"Dit jaar", "Vóór april"), the time dates the writer's part at the front and the others'
clause follows whole: never the time inside the that-clause ("make sure that By April, ..."),
never the Dutch duty modal left after the writer ("zal ik moeten alle ..."), never a
that-clause without a verb ("make sure that next year and that ..."). Fresh goals, written for
the category (libraries, warehouses, volunteers, shops).
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()

FRONTED = [
    (
        "en",
        "By April, at least 80% of my volunteers should complete the first-aid module.",
        "By 30 April 2027, I will make sure that at least 80% of my volunteers complete",
    ),
    (
        "en",
        "This year, all library assistants must attend one customer service workshop.",
        "This year, I will make sure that all library assistants attend one",
    ),
    (
        "en",
        "Next quarter, every cashier should know the new refund procedure.",
        "Next quarter, I will make sure that every cashier knows the new refund procedure",
    ),
    (
        "nl",
        "Vóór april moeten minstens 80% van mijn vrijwilligers de EHBO-module afronden.",
        "Vóór 1 april 2027 zorg ik ervoor dat minstens 80% van mijn vrijwilligers de EHBO-module"
        " afronden",
    ),
    (
        "nl",
        "Dit jaar moeten alle bibliotheekassistenten één klantgerichtheidsworkshop volgen.",
        "Dit jaar zorg ik ervoor dat alle bibliotheekassistenten één klantgerichtheidsworkshop"
        " volgen",
    ),
    (
        "nl",
        "Voor de zomer moet de helft van de nieuwe magazijnmedewerkers hun heftruckcertificaat"
        " halen.",
        "Voor de zomer zorg ik ervoor dat de helft van de nieuwe magazijnmedewerkers hun"
        " heftruckcertificaat haalt",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "start"), FRONTED)
def test_the_time_in_front_dates_the_writers_part(lang: str, goal: str, start: str) -> None:
    assert well_rewritten(CHECKER, goal, lang).startswith(start)


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "kind"),
    [
        (
            "en",
            "By March, all my trainees should pass the theory exam.",
            "I will make sure that By 31 March 2027, all my trainees pass the theory exam.",
            "lost_verb",
        ),
        (
            "en",
            "Next year, every new starter should get a buddy.",
            "I will make sure that next year and that every new starter gets a buddy, with"
            " [how measured] as evidence.",
            "lost_verb",
        ),
        (
            "nl",
            "In 2027 moeten alle nieuwe collega's een buddy hebben.",
            "In 2027 zal ik moeten alle nieuwe collega's een buddy hebben, met als bewijs"
            " [hoe gemeten].",
            "word_order",
        ),
        (
            "nl",
            "Dit jaar moeten alle nieuwe collega's een buddy krijgen.",
            "Ik ga [concreet gedrag], met als bewijs [hoe gemeten], om moeten alle nieuwe"
            " collega's een buddy te krijgen.",
            "two_modals",
        ),
    ],
)
def test_a_misframed_duty_shows_a_seam(lang: str, goal: str, broken: str, kind: str) -> None:
    assert kind in seam_kinds(CHECKER, lang, goal, broken)


@pytest.mark.parametrize(
    ("lang", "goal", "whole"),
    [
        (
            "en",
            "Next year, every new starter should get a buddy.",
            "Next year, I will make sure that every new starter gets a buddy, with [how"
            " measured] as evidence.",
        ),
        (
            "en",
            "I want to finish that course by June.",
            "By 30 June 2027, I will finish that course.",
        ),
        (
            "nl",
            "In 2027 moeten alle nieuwe collega's een buddy hebben.",
            "In 2027 zorg ik ervoor dat alle nieuwe collega's een buddy hebben, met als bewijs"
            " [hoe gemeten].",
        ),
    ],
)
def test_the_whole_sibling_has_no_seam(lang: str, goal: str, whole: str) -> None:
    assert seam_kinds(CHECKER, lang, goal, whole) == set()
