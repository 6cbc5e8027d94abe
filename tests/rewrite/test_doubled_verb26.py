"""The writer's verb told twice in one clause of a rewrite is a seam (session 26): a frame
that ends the clause on the writer's verb must not keep it where the writer wrote it too
('... mijn heftruckcertificaat halen voor de oogsthal halen')."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


def test_a_certificate_goal_keeps_its_verb_once() -> None:
    text = "Hoogwerkercertificaat halen voor de nieuwe hal"
    assert well_rewritten(CHECKER, text, "nl") == (
        "Vóór [datum] ga ik mijn hoogwerkercertificaat halen voor de nieuwe hal."
    )


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "nl",
            "Hoogwerkercertificaat halen voor de nieuwe hal",
            "Vóór 1 juni 2027 ga ik mijn hoogwerkercertificaat halen voor de nieuwe hal halen.",
        ),
        (
            "nl",
            "Cursus klantgericht werken volgen bij de academie",
            "Vóór 1 juni 2027 ga ik de cursus klantgericht werken volgen bij de academie volgen.",
        ),
    ],
)
def test_a_verb_doubled_by_the_frame_is_a_seam(lang: str, goal: str, candidate: str) -> None:
    assert "doubled" in seam_kinds(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        ("nl", "Plannen en beter plannen.", "Vóór 1 juni 2027 ga ik plannen en beter plannen."),
        ("en", "Learn to learn faster.", "By 1 June 2027, I will learn to learn faster."),
        (
            "en",
            "Rotate through the lab so I get the full picture.",
            "By 1 June 2027, I will get to know the lab so I get the full picture.",
        ),
    ],
)
def test_the_writers_own_repeated_verb_is_no_seam(lang: str, goal: str, candidate: str) -> None:
    assert "doubled" not in seam_kinds(CHECKER, lang, goal, candidate)
