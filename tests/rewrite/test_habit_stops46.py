"""A habit asked to stop after a comma is bounded as one asked with 'and' (session 46, lead).

'I always forget to log my hours, that has to stop': the pack's ``habit_stops`` knew only
'and that has to stop', so the frames bounded the stop itself ('..., that has to stop in at
least [number] out of 10 cases') and committed the writer to forgetting. The stop after a
comma is read too, and an absolute of how often in the habit ('always', 'altijd') is the rate
the bound replaces. A rewrite that keeps the stop's words commits the writer to the habit
and tells the stop as a remark ('I will skip the warm-up ..., which needs to stop'): a seam.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "bounded"),
    [
        (
            "I always forget to log my hours, that has to stop.",
            "I will forget to log my hours no more than [number] times a month",
        ),
        (
            "I skip the warm-up before a shift, which needs to stop.",
            "I will skip the warm-up before a shift no more than [number] times a month",
        ),
    ],
)
def test_a_habit_stopped_after_a_comma_is_bounded(goal: str, bounded: str) -> None:
    rewrite = shown_rewrite(CHECKER, goal, "en")
    assert bounded in rewrite
    assert "always" not in rewrite and "has to stop" not in rewrite


def test_a_rewrite_keeping_the_stop_is_a_seam() -> None:
    goal = "I skip the warm-up before a shift and that needs to stop."
    candidate = "By [date], I will skip the warm-up before a shift, which needs to stop."
    assert "contradiction" in seam_kinds(CHECKER, "en", goal, candidate)


def test_a_dutch_habit_is_bounded_too() -> None:
    rewrite = shown_rewrite(
        CHECKER, "Ik sla de warming-up voor de dienst over en dat moet stoppen.", "nl"
    )
    assert "hooguit [aantal] keer per maand de warming-up voor de dienst overslaan" in rewrite
