"""An act told without its subject is never framed as a thing to have ('om vaker pauze
nemen te hebben'): seams/verb_as_thing.py refuses it, and the goal gets the act committed."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_tags, well_rewritten

LEAD = "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], "


@pytest.mark.parametrize(
    ("goal", "framed"),
    [
        (
            "Vaker pauze nemen tijdens de dienst.",
            "om vaker pauze nemen te hebben tijdens de dienst.",
        ),
        ("Sneller offertes maken.", "om sneller offertes maken te hebben."),
        ("Sneller rapporten schrijven.", "om sneller rapporten schrijven te hebben."),
    ],
)
def test_an_act_framed_as_a_thing_is_a_seam(checker: Checker, goal: str, framed: str) -> None:
    assert "act-as-thing" in seam_tags(checker, "nl", goal, LEAD + framed)


@pytest.mark.parametrize(
    ("goal", "framed"),
    [
        ("Meer eten in de pauze.", "om meer eten te hebben in de pauze."),
        ("Meer rust in de planning.", "om meer rust te hebben in de planning."),
        ("Vaste klanten.", "om vaste klanten te krijgen."),
    ],
)
def test_a_thing_to_have_is_no_seam(checker: Checker, goal: str, framed: str) -> None:
    assert "act-as-thing" not in seam_tags(checker, "nl", goal, LEAD + framed)


def test_the_act_is_committed_with_the_situation_after_it(checker: Checker) -> None:
    goal = "Vaker pauze nemen in de nachtdienst; nu werk ik vaak door."
    rewrite = well_rewritten(checker, goal, "nl")
    assert rewrite.startswith("Vóór [datum] ga ik vaker pauze nemen in de nachtdienst")
