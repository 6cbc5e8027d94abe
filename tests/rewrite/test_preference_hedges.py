"""A hedge of preference around the means ('liefst met X', 'bij voorkeur via X', 'ideally
with X'): the preference names the writer's means, which stays; the trial around it
('Ik wil dit jaar proberen om ...') becomes a commitment, also after a phrase of time
between the wish and the trial. 'ideally' is a hedge; before a means it becomes 'preferably'.
Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "act", "means"),
    [
        (
            "Ik wil dit jaar proberen om zelf kaas te maken, liefst met rauwe melk.",
            "zelf kaas maken",
            "liefst met rauwe melk",
        ),
        (
            "Ik wil volgend jaar proberen om zelf de bestellingen te doen, bij voorkeur via "
            "de app.",
            "zelf de bestellingen doen",
            "bij voorkeur via de app",
        ),
        (
            "Ik wil in het voorjaar proberen om mijn eigen zaailingen te kweken, liefst in de kas.",
            "mijn eigen zaailingen kweken",
            "liefst in de kas",
        ),
    ],
)
def test_the_trial_after_a_time_is_committed_and_the_preference_kept(
    goal: str, act: str, means: str
) -> None:
    rewrite = well_rewritten(CHECKER, goal, "nl")
    assert act in rewrite
    assert means in rewrite
    assert "proberen" not in rewrite
    assert rewrite.startswith(("Ik ga", "Vóór"))


@pytest.mark.parametrize(
    ("goal", "means"),
    [
        (
            "This year I'll try to brew my own beer, ideally with a kit from the shop.",
            "preferably with a kit from the shop",
        ),
        ("I want to learn to edit video, ideally in Premiere.", "preferably in Premiere"),
        (
            "Learn basic Italian, ideally through an evening course.",
            "preferably through an evening course",
        ),
    ],
)
def test_ideally_before_a_means_keeps_the_means_as_a_preference(goal: str, means: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "en")
    assert means in rewrite
    assert "ideally" not in rewrite.lower()


def test_ideally_before_the_wish_still_goes() -> None:
    """'Ideally I want to ...' hedges the wish, no means: it goes, nothing is put instead."""
    rewrite = well_rewritten(CHECKER, "Ideally I want to run the night shift alone by June.", "en")
    assert "ideally" not in rewrite.lower()
    assert "preferably" not in rewrite
