"""The writer's failing is never the act a rewrite commits to (session 47, lead).

'I always forget to update the job sheets, so I want a reminder system' was shown as 'By
[date], I will forget to update the job sheets in at least [number] out of 10 cases ...',
and 'Ik vergeet steeds de werkbonnen bij te werken' as 'Vóór [datum] vergeet ik steeds ...':
the frame committed to the problem. A verb of failing (the pack's
``rewrite.failing_verbs``) committed to with no negation in its clause is a seam
(seams/failure_committed.py); negated ('I will not forget ...') or bounded ('hooguit
[aantal] keer ... te vergeten') it is the goal's own.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, seam_kinds

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "en",
            "I keep forgetting to sign the delivery notes.",
            "By [date], I will keep forgetting to sign the delivery notes.",
        ),
        (
            "en",
            "I always forget to log the fridge temperatures.",
            "By [date], I will forget to log the fridge temperatures in at least [number] out "
            "of 10 cases.",
        ),
        (
            "nl",
            "Ik vergeet steeds de koeltemperaturen te noteren.",
            "Vóór [datum] vergeet ik steeds de koeltemperaturen te noteren.",
        ),
    ],
)
def test_a_committed_failing_is_a_seam(lang: str, goal: str, candidate: str) -> None:
    assert "lost_verb" in seam_kinds(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "en",
            "Never forget the fridge log again.",
            "By [date], I will not forget the fridge log more than [number] times.",
        ),
        (
            "nl",
            "Nooit meer de koeltemperaturen vergeten.",
            "Vóór [datum] ga ik de koeltemperaturen niet meer dan [aantal] keer vergeten.",
        ),
        (
            "nl",
            "Een vaste checklist voor de bus zodat we niet steeds gereedschap vergeten.",
            "Vóór [datum] ga ik een vaste checklist voor de bus maken, met als bewijs [hoe "
            "gemeten], zodat we niet steeds gereedschap vergeten.",
        ),
    ],
)
def test_a_negated_failing_is_the_goal(lang: str, goal: str, candidate: str) -> None:
    assert "lost_verb" not in seam_kinds(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    "goal",
    [
        "I keep forgetting to sign the delivery notes, so I want a reminder on my phone.",
        "I always forget to log the fridge temperatures, so I want a reminder on my phone.",
    ],
)
def test_the_told_failing_gets_no_promise_of_it(goal: str) -> None:
    rewrite = rewrite_of(CHECKER, goal, "en") or ""
    assert "will forget" not in rewrite
    assert "will keep forgetting" not in rewrite


def test_a_failing_told_as_the_situation_stays() -> None:
    goal = "Meer overzicht in mijn weekplanning, nu vergeet ik soms klantafspraken."
    candidate = (
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer "
        "overzicht te hebben in mijn weekplanning. Nu vergeet ik soms klantafspraken."
    )
    assert "lost_verb" not in seam_kinds(CHECKER, "nl", goal, candidate)
