"""A hope told in the progressive is committed; a winter break is a named period (session
47, lead; classes found on the blind set heldout47 after its candidate run, so in-sample
there).

- 'I'm hoping to have the forklift certificate before the spring peak ...': the pack's
  ``rewrite.cluster_drop`` held 'hope to' and 'am trying to', not the progressive hope; the
  frame committed to it ('I will be hoping to ...', a seam) and the goal fell back.
- 'Vóór de winterstop heb ik ... gemaakt': the winter break of a trade or a sport
  ('winterstop', 'winterreces', 'winterpauze') falls in the Christmas weeks and is one of
  the names of the pack's ``kerstvakantie`` period now, an event-anchored deadline
  (JUDGING T).

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        ("I'm hoping to get my CSCS card before the spring rush.", "I will get my CSCS card"),
        (
            "We are hoping to cut the changeover time on line 3 this quarter.",
            "We will cut the changeover time on line 3",
        ),
    ],
)
def test_a_progressive_hope_is_committed(goal: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "en")
    assert kept in rewrite
    assert "hoping" not in rewrite


@pytest.mark.parametrize(
    "goal",
    [
        "Vóór de winterstop wil ik de cursus veilig hijsen afronden.",
        "Voor het winterreces wil ik de nieuwe spelersvolgsystemen kennen.",
    ],
)
def test_a_winter_break_is_a_deadline(goal: str) -> None:
    report = CHECKER.check(goal, lang="nl", reference_date=REF)
    assert report.criteria["T"].passed
    deadline = report.goal.deadline
    assert deadline is not None and deadline.due is not None
    assert deadline.due.month in (12, 1)
