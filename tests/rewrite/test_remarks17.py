"""Remarks and guesses after a goal (session 17).

A piece after the goal's comma that tells the writer's own habit or problem now ("..., I often
underestimate how long a field day takes") or the team's situation ("..., we have a lot of
temporary workers") is no goal of its own: the goal is rewritten and the remark kept after it.
A hedged guess that a thing would help ("Maybe a buddy system would help", "Misschien helpt
een maatjessysteem") is the means of the behaviour asked for, the thing kept, its hedge gone.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, well_rewritten

OWN_PROBLEMS = [
    (
        "nl",
        "Werken aan mijn planning, ik onderschat vaak hoe lang een klus duurt.",
        "Ik onderschat vaak hoe lang een klus duurt.",
    ),
    (
        "nl",
        "Beter worden in offertes maken, ik vergeet soms de reistijd.",
        "Ik vergeet soms de reistijd.",
    ),
    (
        "nl",
        "Beter worden in het inwerken van stagiairs, we hebben veel uitzendkrachten.",
        "We hebben veel uitzendkrachten.",
    ),
    (
        "en",
        "Work on my planning, I often underestimate how long a job takes.",
        "I often underestimate how long a job takes.",
    ),
    (
        "en",
        "Get better at quoting jobs, I usually forget the travel time.",
        "I usually forget the travel time.",
    ),
    (
        "en",
        "Get better at route planning, we have many new drivers who don't know the area.",
        "We have many new drivers who don't know the area.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "remark"), OWN_PROBLEMS)
def test_the_writers_own_problem_stays_as_a_remark(
    checker: Checker, lang: str, goal: str, remark: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert rewrite.endswith(remark)


def test_a_goal_of_the_writers_after_a_comma_is_no_remark(checker: Checker) -> None:
    # the fallback since session 31: 'By [date], work on my planning, ...' had no subject
    rewrite = rewrite_of(checker, "Work on my planning, I will often check the board.", "en")
    assert rewrite is not None
    assert not rewrite.endswith("I will often check the board.")


GUESSES = [
    (
        "nl",
        "Beter worden in het inwerken van collega's. Misschien helpt een maatjessysteem.",
        "met hulp van een maatjessysteem",
    ),
    (
        "nl",
        "Beter worden in overdrachten. Wellicht zou een vaste checklist helpen.",
        "met hulp van een vaste checklist",
    ),
    (
        "nl",
        "Mijn planning verbeteren. Misschien werkt een gedeelde agenda.",
        "met hulp van een gedeelde agenda",
    ),
    (
        "en",
        "Get better at training new colleagues. Maybe a buddy system would help.",
        "with the help of a buddy system",
    ),
    (
        "en",
        "Get better at handovers. Perhaps a fixed checklist could work.",
        "with the help of a fixed checklist",
    ),
    (
        "en",
        "Improve my planning. Maybe a shared calendar would help.",
        "with the help of a shared calendar",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "means"), GUESSES)
def test_a_guess_that_a_thing_would_help_is_the_means(
    checker: Checker, lang: str, goal: str, means: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert means in rewrite
    for verb in ("helpt", "helpen", "would help", "could work", "werkt"):
        assert verb not in rewrite


PAST_EVENTS = [
    (
        "nl",
        "altijd de grondslag controleren voor het opbouwen!! vorig jaar bijna misgegaan",
        "Vorig jaar bijna misgegaan.",
    ),
    (
        "nl",
        "altijd de hijsbanden keuren voor gebruik! vorige maand bijna gebroken",
        "Vorige maand bijna gebroken.",
    ),
    (
        "en",
        "always check the ground before setting up!! nearly went wrong last year",
        "Nearly went wrong last year.",
    ),
    (
        "en",
        "Always check the labels at intake. Went wrong twice last month.",
        "Went wrong twice last month.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "remark"), PAST_EVENTS)
def test_a_past_event_after_the_goal_stays_as_its_reason(
    checker: Checker, lang: str, goal: str, remark: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert rewrite.endswith(remark)
