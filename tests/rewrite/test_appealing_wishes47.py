"""Wishes told without the writer or with another word of appeal are the writer's step
(session 47, lead).

- English drops the writer before a wish with 'love' or a stressed 'like' as it does
  before 'would like to' ('Would love to do a secondment to the Leeds depot next spring';
  also 'Would really like to ...', 'Eager to ...'): the pack's
  ``rewrite.dropped_subjects`` put the writer back, and the wish is committed.
- Dutch tells a step it would enjoy with other adjectives than 'leuk' ('Het lijkt me
  interessant om de opleiding tot praktijkopleider te doen'; also 'leerzaam', 'uitdagend'),
  and without 'het' ('Lijkt me leuk om ...'): the pack's ``hedges``, ``wish_frames`` and
  ``dropped_subjects`` read it as the writer's wish of the step. Before, the judgement was
  kept and dated ('Het lijkt vóór [datum] me interessant om ...') or the goal fell back.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        (
            "Would love to do a rotation at the Antwerp terminal, if my manager agrees.",
            "I will do a rotation at the Antwerp terminal",
        ),
        ("Would really like to sit in on the bid reviews.", "I will sit in on the bid reviews"),
        ("Eager to learn the new tachograph software.", "I will learn the new tachograph"),
    ],
)
def test_an_english_wish_without_the_writer_is_committed(goal: str, kept: str) -> None:
    assert kept in well_rewritten(CHECKER, goal, "en")


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        (
            "Het lijkt me interessant om de cursus leidinggeven op de bouwplaats te volgen.",
            "ga ik de cursus leidinggeven op de bouwplaats volgen",
        ),
        (
            "Lijkt me leerzaam om een week mee te lopen met de werkvoorbereider.",
            "ga ik een week meelopen met de werkvoorbereider",
        ),
        (
            "Lijkt me leuk om een dag mee te draaien op de röntgenafdeling.",
            "ga ik een dag meedraaien op de röntgenafdeling",
        ),
    ],
)
def test_a_dutch_step_the_writer_would_enjoy_is_committed(goal: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "nl")
    assert kept in rewrite
    assert "lijkt" not in rewrite
