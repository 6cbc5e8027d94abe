"""The domain frame's preposition before a state ('[concrete behaviour] for more confident
when ...', 'voor zelfverzekerder [concreet gedrag]'): the frame's topic is a thing, and a
state with no noun after it is none. A state before its noun ('for better communication')
and a thing ('for my Excel skills') are whole. Fresh goals, nl and en."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_tags

CHECKER = Checker()

BROKEN = [
    (
        "en",
        "More confident when phoning suppliers",
        "By [date], I will [concrete behaviour] for more confident when phoning suppliers.",
        "confident",
    ),
    (
        "en",
        "Calmer during the lunch rush",
        "By [date], I will [concrete behaviour] for calmer during the lunch rush.",
        "calmer",
    ),
    (
        "nl",
        "Zelfverzekerder bij het bellen van leveranciers",
        "Vóór [datum] ga ik voor zelfverzekerder [concreet gedrag] bij het bellen van "
        "leveranciers.",
        "zelfverzekerder",
    ),
    (
        "nl",
        "Rustiger tijdens de lunchdrukte",
        "Vóór [datum] ga ik voor rustiger [concreet gedrag] tijdens de lunchdrukte.",
        "rustiger",
    ),
]

WHOLE = [
    (
        "en",
        "Better communication with the kitchen",
        "By [date], I will [concrete behaviour] for better communication with the kitchen.",
    ),
    (
        "en",
        "Improve my Excel skills",
        "By [date], I will [concrete behaviour] for my Excel skills.",
    ),
    (
        "nl",
        "Betere communicatie met de keuken",
        "Vóór [datum] ga ik voor betere communicatie met de keuken [concreet gedrag].",
    ),
    ("nl", "Mijn Engels verbeteren", "Vóór [datum] ga ik voor mijn Engels [concreet gedrag]."),
]


@pytest.mark.parametrize(("lang", "goal", "candidate", "state"), BROKEN)
def test_a_state_as_the_topic_is_a_seam(lang: str, goal: str, candidate: str, state: str) -> None:
    assert state in seam_tags(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(("lang", "goal", "candidate"), WHOLE)
def test_a_thing_as_the_topic_is_whole(lang: str, goal: str, candidate: str) -> None:
    prefix = "voor" if lang == "nl" else "for"
    assert prefix not in seam_tags(CHECKER, lang, goal, candidate)
