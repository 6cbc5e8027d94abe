"""A negated absolute ('never ... again') in someone else's duty: the writer's own part keeps
the bound the absolute becomes ('make sure that ... do not ... more than [number] times'), so the rewrite
never says the opposite of the goal ('make sure that our deployments fail'). Fresh goals."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "Our deployments should never fail again.",
            "I will make sure that our deployments do not fail more than [number] times",
        ),
        (
            "The night team must never leave the back door open again.",
            "make sure that the night team does not leave the back door open more than [number]",
        ),
        (
            "Volunteers should never skip the safety briefing again.",
            "volunteers do not skip the safety briefing more than [number] times",
        ),
    ],
)
def test_the_own_part_keeps_the_bound_of_a_negated_absolute(text: str, own: str) -> None:
    assert own in shown_rewrite(CHECKER, text, "en")
