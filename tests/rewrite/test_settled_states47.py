"""A thing that must be settled sooner ('moet eerder rond') is a state, not a place (session
47, lead).

'De dienstverdeling moet eerder rond': Dutch leaves out 'zijn' after the state a thing
must be in (elliptic_duties.py). 'Rond' (settled) was no state of the pack's, and the
tagger calls it a preposition, so the duty stayed the writer's ('... moet vóór [datum]
eerder rond zijn', with no owner) or the clause was ordered as a place ('dat de
dienstverdeling rond eerder wordt'). 'Rond' is one of the pack's ``state_predicates`` now;
a clause that closes on one takes 'zijn', whatever the tags, and a one-word state before
the clause's verb is no preposition that lost its object (seams/dutch_order.py).

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
        ("De dienstverdeling moet eerder rond.", "dat de dienstverdeling eerder rond is"),
        (
            "De bezetting voor het weekend moet sneller rond.",
            "dat de bezetting voor het weekend sneller rond is",
        ),
        (
            "De inkooporders moeten eerder klaar, nu wacht de werkplaats vaak.",
            "dat de inkooporders eerder klaar zijn",
        ),
    ],
)
def test_a_thing_settled_sooner_is_the_writers_part(goal: str, kept: str) -> None:
    assert kept in well_rewritten(CHECKER, goal, "nl")
