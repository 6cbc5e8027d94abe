"""Dutch: a te-infinitive followed by its object, in English order ('om te leren de
kassa afsluiten', 'om elke maandag te hebben de zeefdoeken ontvetten'). A Dutch om/te clause
ends on its infinitive, the object before it; after it may come a prepositional phrase, a
clause of its own or a te-clause of its own. Fresh goals written for the category (Dutch
only: English puts the object after 'to' + verb)."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_tags

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "broken", "whole"),
    [
        (
            "Ik wil de weegschaal leren kalibreren.",
            "Vóór [datum] vraag ik de chef-kok om uitleg, om te leren de weegschaal kalibreren.",
            "Vóór [datum] vraag ik de chef-kok om uitleg, om de weegschaal te leren kalibreren.",
        ),
        (
            "Elke vrijdag de koelcel schoonmaken.",
            "Tot [datum] ga ik [concreet gedrag], om elke vrijdag te kunnen de koelcel"
            " schoonmaken.",
            "Tot [datum] ga ik [concreet gedrag], om elke vrijdag de koelcel te kunnen"
            " schoonmaken.",
        ),
        (
            "Ik wil de fietsen sneller repareren.",
            "Vóór [datum] ga ik [concreet gedrag], om te leren de fietsen sneller repareren.",
            "Vóór [datum] ga ik [concreet gedrag], om de fietsen sneller te leren repareren.",
        ),
    ],
)
def test_an_object_after_the_te_infinitive_is_a_seam(goal: str, broken: str, whole: str) -> None:
    assert "te-object" in seam_tags(CHECKER, "nl", goal, broken)
    assert "te-object" not in seam_tags(CHECKER, "nl", goal, whole)


@pytest.mark.parametrize(
    "whole",
    [
        "Vóór [datum] ga ik [concreet gedrag], om te genieten van mijn werk in de bakkerij.",
        "Vóór [datum] ga ik [concreet gedrag], om te leren hoe de deegmachine werkt.",
        "Vóór [datum] ga ik [concreet gedrag], om nieuwe collega's te helpen de weg te vinden.",
        "Vóór [datum] ga ik [concreet gedrag], om beter te leren plannen zodat ik minder overwerk.",
        "Vóór [datum] ga ik [concreet gedrag], om meer rust te hebben in mijn werkweek.",
    ],
)
def test_a_phrase_or_clause_after_the_te_infinitive_is_no_seam(whole: str) -> None:
    goal = "Ik wil rustiger werken in de bakkerij."
    assert "te-object" not in seam_tags(CHECKER, "nl", goal, whole)
