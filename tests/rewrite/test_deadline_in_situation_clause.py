"""A deadline put inside a clause that tells the present: 'nu bel ik vóór [datum] nog
steeds de planner', 'right now I ask Priya by [date]'. The writer's situation ('nu ...',
'momenteel ...', 'right now ...', 'currently ...') commits to nothing; the frame's deadline
belongs in the committed clause. Fresh goals written for the category, nl and en."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_tags

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        (
            "nl",
            "Zelf de bezorgroutes leren plannen, nu bel ik daarvoor nog steeds de planner.",
            "Zelf de bezorgroutes leren plannen, nu bel ik vóór [datum] daarvoor nog steeds de"
            " planner.",
            "Vóór [datum] ga ik zelf de bezorgroutes leren plannen, nu bel ik daarvoor nog"
            " steeds de planner.",
        ),
        (
            "nl",
            "De voorraad zelf bestellen, momenteel doet mijn collega dat.",
            "De voorraad zelf bestellen, momenteel doet mijn collega dat, vóór [datum].",
            "Vóór [datum] ga ik de voorraad zelf bestellen, momenteel doet mijn collega dat.",
        ),
        (
            "en",
            "Learn to read the soil reports, right now I ask Priya every time.",
            "Learn to read the soil reports, right now I ask Priya by [date] every time.",
            "By [date], I will learn to read the soil reports; right now I ask Priya every time.",
        ),
        (
            "en",
            "Run the tills on my own, currently my supervisor does it.",
            "Run the tills on my own, currently my supervisor does it, by [date].",
            "By [date], I will run the tills on my own; currently my supervisor does it.",
        ),
    ],
)
def test_a_deadline_in_the_situation_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "situation-deadline" in seam_tags(CHECKER, lang, goal, broken)
    assert "situation-deadline" not in seam_tags(CHECKER, lang, goal, whole)


@pytest.mark.parametrize(
    ("lang", "goal", "whole"),
    [
        ("nl", "Nu ga ik elke week zwemmen.", "Nu ga ik vóór [datum] elke week zwemmen."),
        (
            "en",
            "Right now I will plan every shift.",
            "Right now I will plan every shift by [date].",
        ),
    ],
)
def test_a_committed_clause_after_a_marker_of_the_present_is_no_seam(
    lang: str, goal: str, whole: str
) -> None:
    assert "situation-deadline" not in seam_tags(CHECKER, lang, goal, whole)
