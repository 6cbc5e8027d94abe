"""A hedged time made indefinite by an approximator ('maybe *sometime* next year?',
'misschien *ergens* volgend jaar?'; the pack's ``rewrite.time_approximators``) is committed
as the time itself, like a time hedged without one ('maybe in March?'): the approximator
goes with the hedge and the question mark. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        (
            "Ik wil een keer meelopen met de inkoper, misschien ergens volgend jaar?",
            "nl",
            "Volgend jaar ga ik",
        ),
        (
            "Ik wil graag twee dagen meedraaien op de afdeling inkoop, misschien ongeveer in mei?",
            "nl",
            "In mei ga ik",
        ),
        (
            "I'd like to shadow the night nurses for a few shifts, maybe sometime next year?",
            "en",
            "Next year, I will",
        ),
        (
            "I'd like to spend a day with the route planners, maybe somewhere in spring?",
            "en",
            "In spring, I will",
        ),
    ],
)
def test_a_hedged_time_with_an_approximator_is_committed_as_the_time(
    text: str, lang: str, opening: str
) -> None:
    rewrite = well_rewritten(CHECKER, text, lang)
    assert rewrite.startswith(opening)
    assert "?" not in rewrite
