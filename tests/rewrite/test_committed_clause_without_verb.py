"""A committed clause with no verb: 'ga ik hooguit [aantal] keer storingen aan de kassa
die ik veroorzaak' (a bounded absolute whose verb went; the verb of a relative clause on
its noun is not the clause's), 'I will at most [number] times complaints about ...', 'I will
better teamwork with the kitchen' (the goal's comparative before a noun put where the verb
belongs). Fresh goals written for the category, nl and en."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        (
            "nl",
            "Nooit meer storingen aan de kassa die ik zelf veroorzaak.",
            "Vóór [datum] ga ik hooguit [aantal] keer storingen aan de kassa die ik zelf"
            " veroorzaak, met als bewijs [hoe gemeten].",
            "Vóór [datum] ga ik hooguit [aantal] keer een storing aan de kassa veroorzaken,"
            " met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Nooit meer klachten over de levertijd.",
            "Vóór [datum] ga ik hooguit [aantal] keer klachten over de levertijd.",
            "Vóór [datum] krijg ik hooguit [aantal] keer klachten over de levertijd.",
        ),
        (
            "en",
            "No more complaints about the delivery times.",
            "By [date], I will at most [number] times complaints about the delivery times.",
            "By [date], I will get complaints about the delivery times at most [number] times.",
        ),
        (
            "en",
            "Kitchen: better teamwork with the waiting staff",
            "In the kitchen, by [date], I will better teamwork with the waiting staff, with"
            " [how measured] as evidence.",
            "In the kitchen, by [date], I will [concrete behaviour] for better teamwork with the"
            " waiting staff, with [how measured] as evidence.",
        ),
    ],
)
def test_a_committed_clause_without_its_verb_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "lost_verb" in seam_kinds(CHECKER, lang, goal, broken)
    assert "lost_verb" not in seam_kinds(CHECKER, lang, goal, whole)


def test_a_relative_clause_inside_a_verb_phrase_leaves_its_verb() -> None:
    goal = "Ik wil de klanten die vaak bellen sneller terugbellen."
    whole = "Vóór [datum] ga ik de klanten die vaak bellen sneller terugbellen."
    assert "lost_verb" not in seam_kinds(CHECKER, "nl", goal, whole)
