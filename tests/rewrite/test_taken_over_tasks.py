"""Taking over a task with its verb ('Take over running the Monday stock count from X within a
month'): 'over' is the verb's particle, not a conjunction opening a clause, so the deadline
the rewrite puts after the phrase is in the main clause and the goal gets a sentence. A word
that opens a clause of time after its verb ('leave before I ...') still opens one.
Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "task"),
    [
        ("Take over running the Monday stock count from Priya within a month.", "stock count"),
        ("Take over answering the phones from Anna within two months.", "answering the phones"),
        (
            "Take over planning the delivery rounds from my manager within eight weeks.",
            "planning the delivery rounds",
        ),
    ],
)
def test_a_takeover_gets_a_sentence(goal: str, task: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "en")
    assert task in rewrite
    assert "take over" in rewrite


def test_the_deadline_after_the_particle_is_no_side_clause_deadline() -> None:
    goal = "Take over running the weekend rota from Mo within six weeks."
    candidate = "I will take over running the weekend rota from Mo by 4 January 2027."
    assert "word_order" not in seam_kinds(CHECKER, "en", goal, candidate)


def test_a_clause_of_time_after_its_verb_still_holds_no_deadline() -> None:
    goal = "Check the fridges before I leave."
    candidate = "I will check the fridges before I leave by [date]."
    assert "word_order" in seam_kinds(CHECKER, "en", goal, candidate)
