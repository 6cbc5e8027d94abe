"""What the writer falls short of now, told after the goal, is its reason (session 46,
lead).

'Misschien een cursus timemanagement, ik kom steeds tijd tekort': the reading took the piece
after the comma for a second goal and the rewrite committed the writer to it ('Vóór [datum]
kom ik steeds tijd tekort'). A shortfall of the writer's (the pack's ``present_lacks``:
'kom & tekort', 'running out of') with no modal is the goal's reason, as 'nog niet' is.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "told"),
    [
        ("nl", "Beter plannen, ik kom steeds tijd tekort.", "Ik kom steeds tijd tekort."),
        ("nl", "Beter communiceren, ik schiet tekort bij de overdracht.", "Ik schiet tekort"),
        ("en", "Plan my week better, I keep running out of time.", "I keep running out of time."),
    ],
)
def test_a_shortfall_after_the_goal_is_told_not_committed(lang: str, goal: str, told: str) -> None:
    rewrite = shown_rewrite(CHECKER, goal, lang)
    assert told in rewrite
    assert "\n" not in rewrite
