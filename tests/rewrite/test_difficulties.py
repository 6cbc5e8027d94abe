"""A difficulty named instead of a goal ('Ik heb moeite met ...', 'I struggle with ...') is
never committed to ('I will struggle with ...'): the goal is getting better at the thing
named, rewritten like any vague goal; a tail that only refers back to it ('daar wil ik aan
werken') goes with it. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "thing"),
    [
        ("nl", "Ik heb moeite met delegeren, daar wil ik aan werken.", "delegeren"),
        ("nl", "Ik ben niet goed in onderhandelen met leveranciers.", "onderhandelen"),
        ("nl", "Ik heb moeite met het schrijven van verslagen.", "verslagen"),
        ("en", "I struggle with delegating tasks to my team.", "delegating"),
        (
            "en",
            "I find negotiating with suppliers hard, and I want to work on that.",
            "negotiating",
        ),
        ("en", "I'm not good at writing short reports.", "reports"),
    ],
)
def test_a_named_difficulty_becomes_the_goal_of_getting_better(
    lang: str, goal: str, thing: str
) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert thing in rewrite
    for problem in ("moeite", "niet goed in", "struggle", "hard", "not good at"):
        assert problem not in rewrite


@pytest.mark.parametrize(
    ("lang", "goal", "candidate", "whole"),
    [
        (
            "nl",
            "Ik heb moeite met delegeren.",
            "Vóór [datum] ga ik [concreet gedrag] bij het delegeren, met als bewijs [hoe gemeten].",
            True,
        ),
        (
            "en",
            "I struggle with delegating tasks.",
            "By [date], I will [concrete behaviour] in delegating tasks.",
            True,
        ),
        (
            "en",
            "I struggle with delegating tasks.",
            "By [date], I will [concrete behaviour].",
            False,
        ),
    ],
)
def test_the_difficulty_is_no_lost_word_but_its_thing_is(
    lang: str, goal: str, candidate: str, whole: bool
) -> None:
    assert ("lost_words" not in seam_kinds(CHECKER, lang, goal, candidate)) is whole
