"""A result checked by another is measurable and is no second goal (JUDGING.md, M and S).

"... en laat ik dit aftekenen door de chef", "... and have it signed off by the QA lead": the
sign-off takes place or not, so someone else can establish that the goal was reached; and it
is the check of the step before it, not a goal of its own (S004). Goals written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion

REF = date(2026, 11, 23)
CHECKER = Checker()

SIGNED = [
    (
        "nl",
        "Vóór 1 maart 2027 stel ik zelfstandig de snijmachine af en laat ik dit aftekenen door de chef.",
    ),
    ("nl", "Vóór 1 april 2027 bouw ik zelf een schakelkast op, afgetekend door mijn leermeester."),
    (
        "nl",
        "Vóór 1 mei 2027 richt ik de koelcel opnieuw in en laat ik die keuren door de hygiënecoördinator.",
    ),
    (
        "en",
        "By 1 April 2027 I will calibrate the filling line on my own and have it signed off by the QA lead.",
    ),
    (
        "en",
        "By 1 May 2027 I will set up the new label printer alone, checked by the shift supervisor.",
    ),
    (
        "en",
        "By 1 June 2027 I will rewrite the loading procedure and have it reviewed by the warehouse manager.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SIGNED)
def test_a_sign_off_makes_the_goal_measurable(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.criteria[Criterion.M].passed
    assert "M001" not in {f.code for f in report.findings}


@pytest.mark.parametrize(("lang", "text"), SIGNED)
def test_a_sign_off_is_no_second_goal(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert "S004" not in {f.code for f in report.findings}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Vóór 1 maart 2027 stel ik de snijmachine af en train ik twee nieuwe collega's."),
        (
            "en",
            "By 1 April 2027 I will calibrate the filling line and write a training plan for new operators.",
        ),
    ],
)
def test_a_second_act_that_checks_nothing_is_still_a_second_goal(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert "S004" in {f.code for f in report.findings}


@pytest.mark.parametrize(
    "text",
    [
        "Vóór 1 juni 2027 schrijf ik een werkinstructie voor de pers en bespreek ik die met het team.",
        "Vóór 1 mei 2027 maak ik een inwerkmap voor stagiairs en leg ik die voor aan mijn mentor.",
    ],
)
def test_a_step_on_the_thing_made_pointed_back_with_die_is_no_second_goal(text: str) -> None:
    """'die' after the verb and its subject points back, even where the tagger calls it a
    relative pronoun."""
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert "S004" not in {f.code for f in report.findings}
