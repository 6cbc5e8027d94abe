"""Dutch: the 'te' of an om-clause goes on the om-clause's own verb, never on a verb of the
clause it governs ("om klanten beter uit te leggen wat ze ... kunnen doen", not "om klanten
beter uitleggen wat ze ... te kunnen doen"). Fresh goals written for the category."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "broken", "whole"),
    [
        (
            "Huurders beter uitleggen wat ze zelf kunnen doen tegen schimmel",
            "Vóór [datum] ga ik [concreet gedrag], om huurders beter uitleggen wat ze zelf te"
            " kunnen doen tegen schimmel.",
            "Vóór [datum] ga ik [concreet gedrag], om huurders beter uit te leggen wat ze zelf"
            " kunnen doen tegen schimmel.",
        ),
        (
            "Bezoekers duidelijker vertellen waar de nooduitgangen zijn",
            "Vóór [datum] ga ik [concreet gedrag], om bezoekers duidelijker vertellen waar de"
            " nooduitgangen te zijn.",
            "Vóór [datum] ga ik [concreet gedrag], om bezoekers duidelijker te vertellen waar de"
            " nooduitgangen zijn.",
        ),
    ],
)
def test_te_on_the_verb_of_the_inner_clause_is_a_seam(goal: str, broken: str, whole: str) -> None:
    assert "word_order" in seam_kinds(CHECKER, "nl", goal, broken)
    assert "word_order" not in seam_kinds(CHECKER, "nl", goal, whole)
