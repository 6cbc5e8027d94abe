"""A decision on a step taken with the manager is measurable (JUDGING.md, M: an observable
one-off event).

"Vóór 1 maart maak ik samen met mijn leidinggevende uit of ik ...", "By 1 March I will agree
with my coach on whether I ...": the decision is taken or not, and it goes on the POP form, so
someone else can establish that the goal was reached (the packs' ``joint_decisions``). A
decision with nobody named stays in the writer's head and shows nothing. Goals written for
these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion

REF = date(2026, 11, 23)
CHECKER = Checker()

JOINT = [
    (
        "nl",
        "Vóór 1 maart 2027 maak ik samen met mijn leidinggevende uit of ik een onderzoek naar"
        " valincidenten op de afdeling ga doen.",
    ),
    (
        "nl",
        "Vóór 1 april 2027 beslis ik met mijn coach wanneer ik de overstap naar de avonddienst maak.",
    ),
    (
        "en",
        "By 1 March 2027, I will agree with my manager on whether I do a small study of returns"
        " at the warehouse.",
    ),
    (
        "en",
        "By 1 April 2027 I will decide with my mentor whether I rotate to the planning desk.",
    ),
]

ALONE = [
    (
        "nl",
        "Vóór 1 maart 2027 beslis ik of ik een onderzoek naar valincidenten op de afdeling ga doen.",
    ),
    (
        "en",
        "By 1 March 2027 I will decide whether I do a small study of returns at the warehouse.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), JOINT)
def test_a_decision_with_the_manager_is_measurable(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.criteria[Criterion.M].passed
    assert "M001" not in {f.code for f in report.findings}


@pytest.mark.parametrize(("lang", "text"), ALONE)
def test_a_decision_taken_alone_shows_nothing(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert "M001" in {f.code for f in report.findings}


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "Maybe do a small study of returns at the warehouse"),
        ("nl", "misschien een onderzoek doen naar valincidenten bij de thuiszorg"),
    ],
)
def test_a_settled_step_asks_no_evidence(lang: str, goal: str) -> None:
    """The settling is the measure: no '[how measured]' after the decision."""
    rewrite = CHECKER.check(goal, lang=lang, reference_date=REF).rewrite or ""
    assert ("uit of ik" if lang == "nl" else "on whether I") in rewrite
    assert "[how measured]" not in rewrite and "[hoe gemeten]" not in rewrite


@pytest.mark.parametrize(
    ("lang", "decided", "alone"),
    [
        (
            "nl",
            "Vóór 1 maart 2027 maak ik samen met mijn leidinggevende uit of ik vaker meedraai"
            " op de verloskamers.",
            "Vóór 1 maart 2027 draai ik vaker mee op de verloskamers.",
        ),
        (
            "en",
            "By 1 March 2027, I will agree with my manager on whether I take on more weekend"
            " shifts at the depot.",
            "By 1 March 2027, I will take on more weekend shifts at the depot.",
        ),
    ],
)
def test_a_comparative_in_a_decided_step_is_what_is_decided(
    lang: str, decided: str, alone: str
) -> None:
    """'uit of ik vaker ...': the comparative is part of what is decided, no target yet; the
    same comparative committed still asks for its baseline and target (M002)."""
    codes = {f.code for f in CHECKER.check(decided, lang=lang, reference_date=REF).findings}
    assert "M002" not in codes
    codes = {f.code for f in CHECKER.check(alone, lang=lang, reference_date=REF).findings}
    assert "M002" in codes
