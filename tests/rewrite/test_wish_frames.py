"""A wish about what would be nice ("Het zou mooi zijn als ik ...", "It would be great if I
could ...") is no commitment (JUDGING A, hedging); the rewrite commits to the writer's clause
after it, its modal of possibility replaced. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker, Criterion
from tests.support.rewrite_quality import evaluate_goal

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Het zou mooi zijn als ik in 2027 de opleiding tot werkbegeleider kan volgen.",
            "Ik ga in 2027 de opleiding tot werkbegeleider volgen.",
        ),
        (
            "nl",
            "Ik zou het fijn vinden als ik vóór de zomer van 2027 mijn rijbewijs C haal.",
            "Ik ga vóór de zomer van 2027 mijn rijbewijs C halen.",
        ),
        (
            "nl",
            "Ik zou het leuk vinden om in 2027 een keer mee te lopen met de planner.",
            "Ik ga in 2027 een keer meelopen met de planner.",
        ),
        (
            "nl",
            "Het lijkt me leuk om in 2027 de cursus heftruckchauffeur te volgen.",
            "Ik ga in 2027 de cursus heftruckchauffeur volgen.",
        ),
        (
            "en",
            "It would be great if I could finish the food safety course in 2027.",
            "I will finish the food safety course in 2027.",
        ),
        (
            "en",
            "I'd love it if I could run the Monday stand-up twice a month until June 2027.",
            "I will run the Monday stand-up twice a month until June 2027.",
        ),
    ],
)
def test_a_wish_frame_becomes_the_writers_commitment(lang: str, text: str, expected: str) -> None:
    report = CHECKER.check(text, lang=lang)
    assert not report.criteria[Criterion.A].passed
    assert report.rewrite == expected
    outcome = evaluate_goal(CHECKER, text, lang)
    assert outcome is not None and outcome.ok, outcome


def test_no_commitment_to_the_words_of_a_wish() -> None:
    """'ga ik het leuk vinden, ... om mee te lopen' commits to the wish, not to the goal."""
    from tests.support.rewriting import seam_kinds

    goal = "Ik zou het leuk vinden om een keer mee te lopen met de planner."
    broken = "Vóór [datum] ga ik het leuk vinden om een keer mee te lopen met de planner."
    whole = "Vóór [datum] ga ik een keer meelopen met de planner."
    assert "two_modals" in seam_kinds(CHECKER, "nl", goal, broken)
    assert "two_modals" not in seam_kinds(CHECKER, "nl", goal, whole)
