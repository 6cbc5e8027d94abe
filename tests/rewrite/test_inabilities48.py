"""A sentence in which the writer tells what they cannot do yet is where they stand, kept
beside the goal (session 48, lead).

'Get better at sensory checks. I can't tell the paprika batches apart as well as the QC
people can.', 'Beter worden in storingen zoeken. Ik kan de meeste storingen nog niet zelf
oplossen.': an ability modal the negation follows in its clause is an inability told, no
will of the writer's, and a modal after a noun ('the QC people can') is someone else's. The
sentence tells the writer's present (own_state.py); before, its modal made it a goal and the
whole text fell back. An ability without a negation ('I can lead the stand-up') is no
such sentence. A spaced dash parts such a sentence from the goal as a stop would ('Get better
at X - I can't tell Y apart yet').

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "lang", "told"),
    [
        (
            "Get better at colour matching. I can't tell the grey batches apart as well as the "
            "senior printers can.",
            "en",
            "I can't tell the grey batches apart as well as the senior printers can.",
        ),
        (
            "Sneller offertes maken. Ik kan de prijzen nog niet zelf berekenen.",
            "nl",
            "Ik kan de prijzen nog niet zelf berekenen.",
        ),
    ],
)
def test_the_inability_is_kept_after_the_goal(goal: str, lang: str, told: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert rewrite.endswith(told)
    assert rewrite.count(told) == 1


def test_a_spaced_dash_parts_the_state_as_a_stop_would() -> None:
    goal = "Get better at colour matching - I can't tell the grey batches apart yet"
    rewrite = well_rewritten(CHECKER, goal, "en")
    assert rewrite.endswith(". I can't tell the grey batches apart yet.")
