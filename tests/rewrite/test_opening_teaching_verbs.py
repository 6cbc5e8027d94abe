"""An English goal opened with a verb of passing a skill on ('Coach junior staff on the CRM',
'Teach windsurfing to beginners') starts with its verb, though a small tagger calls the
capitalised word a noun: the rewrite commits to that verb ('I will coach …'), never makes it
a topic ('[concrete behaviour] for coach junior staff …'). Before a preposition the word names
a role. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        ("Coach new volunteers on the ticket scanner.", "coach new volunteers"),
        ("Teach knot tying to the youth sailing group.", "teach knot tying"),
        ("Mentor junior analysts in the pricing team.", "mentor junior analysts"),
        ("- tutor first-year apprentices in welding", "tutor first-year apprentices"),
    ],
)
def test_opening_teaching_verb_is_the_act(checker: Checker, goal: str, expected: str) -> None:
    rewrite = well_rewritten(checker, goal, "en")
    assert f"will {expected}" in rewrite or f"to {expected}" in rewrite
    assert "] for " not in rewrite


def test_teaching_noun_before_a_preposition_is_a_role(checker: Checker) -> None:
    report = checker.check("Mentor for the new trainees.", lang="en")
    assert report.goal.action is None
