"""The writer's means given as an example after a vague goal ('..., bijvoorbeeld door de
briefing te leiden', '..., for example by leading the briefing') is the concrete behaviour the
rewrite asks for; an agreement told first ('X en ik hebben afgesproken dat ik ...') makes the
writer's clause the commitment, with the agreement as its reason. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "behaviour"),
    [
        (
            "nl",
            "Ik wil meer verantwoordelijkheid nemen, bijvoorbeeld door het weekrooster te maken.",
            "ga ik het weekrooster maken",
        ),
        (
            "nl",
            "Ik wil meer initiatief tonen, bijvoorbeeld door de storingslijst bij te houden.",
            # the means is the behaviour of the initiative, a quality with no count (s. 42)
            "ga ik de storingslijst bijhouden, met als bewijs [hoe gemeten], om meer initiatief",
        ),
        (
            "en",
            "I want to take on more responsibility, for example by drawing up the weekly rota.",
            "I will draw up the weekly rota",
        ),
        (
            "en",
            "I want to show more initiative, for instance by keeping the fault log up to date.",
            # the means is the behaviour of the initiative, a quality with no count (s. 42)
            "I will keep the fault log up to date, with [how measured] as evidence, in order",
        ),
    ],
)
def test_the_writers_means_is_the_behaviour(lang: str, goal: str, behaviour: str) -> None:
    """The means fills the behaviour the rewrite asks for; where the goal's own sentence asks
    for none, the means stays where the writer put it, never split off as a goal."""
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert "\n" not in rewrite
    assert behaviour in rewrite
    placeholder = "[concreet gedrag]" if lang == "nl" else "[concrete behaviour]"
    assert placeholder not in rewrite


@pytest.mark.parametrize(
    ("lang", "goal", "credit"),
    [
        (
            "nl",
            "Mijn praktijkbegeleider en ik hebben afgesproken dat ik vaker de telefoon opneem.",
            "zoals met mijn praktijkbegeleider afgesproken.",
        ),
        (
            "en",
            "My supervisor and I agreed that I should answer the phone more often.",
            "as agreed with my supervisor.",
        ),
    ],
)
def test_an_agreement_told_first_is_the_reason(lang: str, goal: str, credit: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert rewrite.endswith(credit)


def test_a_count_that_announces_a_list_is_no_measure() -> None:
    """'three things: ...' counts the goals that follow, not a result (JUDGING M)."""
    goal = "This year I want to work on three things: my Excel, my Spanish and my patience."
    goal_read = CHECKER.parse(goal, lang="en", reference_date=REF)
    assert not any(m.kind == "count" for m in goal_read.measures)


@pytest.mark.parametrize(
    ("candidate", "whole"),
    [
        ("By [date], my mentor and, I will plan my week.", False),
        ("By [date], I will [concrete behaviour] for two things: planning and patience.", False),
        ("By [date], I will plan my week with my mentor.", True),
    ],
)
def test_a_joining_word_or_a_list_colon_left_inside_is_a_seam(candidate: str, whole: bool) -> None:
    goal = "My mentor and I discussed two things: planning and patience."
    kinds = seam_kinds(CHECKER, "en", goal, candidate)
    assert (not kinds & {"dangling", "residue"}) is whole, kinds
