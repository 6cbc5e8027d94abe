"""A list-marker line with something to learn and, after a comma, a second act of the writer's
without a conjunction (issue 12, session 16): '- recepten leren controleren, meekijken met de
apotheker'. Each act is rewritten as a goal of its own, never the broken 'ga ik X leren
controleren, meekijken met Y'; a second piece that says more about the first (a change
word, a focus, a gerund) stays with it.

Every goal is written fresh for these tests (a pharmacy, a bicycle shop, a florist, a
construction office)."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()

#: (lang, goal, the second act's own words, kept in the second goal)
TWO_ACTS = [
    ("nl", "- recepten leren controleren, meekijken met de apotheker", "met de apotheker"),
    ("nl", "offertes leren opstellen, meelopen met de werkvoorbereider", "met de werkvoorbereider"),
    ("en", "- learn to true wheels, shadow the head mechanic", "shadow the head mechanic"),
    ("en", "Learn to build bouquets, assist the florist on Saturdays", "assist the florist"),
]


@pytest.mark.parametrize(("lang", "goal", "second"), TWO_ACTS)
def test_each_act_is_a_goal_of_its_own(lang: str, goal: str, second: str) -> None:
    well_rewritten(CHECKER, goal, lang)
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert len(report.split) == 2, report.rewrite
    assert second in report.split[1] and second not in report.split[0], report.split


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "Be a better colleague at the counter, help the interns more."),
        ("en", "Learn to touch type, tracking my speed with weekly tests."),
        ("nl", "Leren kaarten maken, vooral de kalligrafie beter doen."),
    ],
)
def test_a_second_piece_about_the_first_is_no_second_goal(lang: str, goal: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert not report.split, report.rewrite
