"""A step asked as a chance or possibility for the writer is settled with the manager
(session 46, lead).

'Is there any chance I could join the night shift?', 'Is er een kans dat ik een week kan
meedraaien?', 'Would a week at the depot be possible for me?': the question asks the one who
decides, as 'Is it possible that I ...' does (the pack's ``rewrite.asked_possible_clauses``
and ``asked_possible_things``). Its modal of possibility ('could', 'kan') was what the
question asked, so the settling answers it and it is no modal the rewrite lost. These got the
structured fallback before.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import shown_rewrite, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "settled"),
    [
        (
            "en",
            "Is there any chance I could spend two days in the paint shop?",
            "agree with my manager on whether I spend two days in the paint shop.",
        ),
        (
            "en",
            "Any chance I can shadow the route planner for a week?",
            "on whether I shadow the route planner for a week.",
        ),
        (
            "en",
            "Is there a chance that I can join the audit team in spring?",
            "on whether I join the audit team",
        ),
        (
            "en",
            "Would a rotation to the returns desk be possible for me?",
            "on whether I do a rotation to the returns desk.",
        ),
        (
            "nl",
            "Is er een kans dat ik twee dagen in de spuiterij kan meedraaien?",
            "uit of ik twee dagen in de spuiterij ga meedraaien.",
        ),
        (
            "nl",
            "Is er een kans dat ik een week kan meelopen met de inkoper?",
            "uit of ik een week met de inkoper ga meelopen.",
        ),
        (
            "nl",
            "Bestaat de mogelijkheid dat ik de cursus leidinggeven volg?",
            "uit of ik de cursus leidinggeven ga volgen.",
        ),
        (
            "nl",
            "Is een stage bij de inkoop voor mij mogelijk?",
            "uit of ik een stage bij de inkoop ga doen.",
        ),
    ],
)
def test_a_chance_asked_is_settled_with_the_manager(lang: str, goal: str, settled: str) -> None:
    assert settled in well_rewritten(CHECKER, goal, lang)


@pytest.mark.parametrize(
    ("lang", "goal", "modal"),
    [
        ("en", "Is there any chance I could spend two days in the paint shop?", "could"),
        ("nl", "Is er een kans dat ik twee dagen in de spuiterij kan meedraaien?", "kan"),
    ],
)
def test_the_asked_possibility_is_no_modal_left_in_the_settling(
    lang: str, goal: str, modal: str
) -> None:
    assert f" {modal} " not in f" {shown_rewrite(CHECKER, goal, lang)} "
