"""Dutch main order after 'dus'/'en': the finite verb follows the writer right away ('dus ik
probeer', or 'dus probeer ik'). An added deadline between the writer and the next word
('dus ik tot [datum] probeer ...') is a seam whatever the tagger calls that word (it may
read the verb after a date as an adverb). English 'so I by [date] will' likewise. Fresh
goals."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds

CHECKER = Checker()

CASES = [
    (
        "nl",
        "Ik vergeet vaak de kassalijst, dus ik probeer elke avond de lijst in te vullen.",
        "Ik vergeet vaak de kassalijst, dus ik tot [datum] probeer elke avond de lijst in te "
        "vullen.",
        "Ik vergeet vaak de kassalijst, dus tot [datum] ga ik elke avond de lijst invullen.",
    ),
    (
        "nl",
        "De printer loopt vaak vast en ik onderhoud hem elke week.",
        "De printer loopt vaak vast en ik vóór [datum] onderhoud hem elke week.",
        "De printer loopt vaak vast en ik onderhoud hem tot [datum] elke week.",
    ),
    (
        "en",
        "The printer often jams, so I will service it every week.",
        "The printer often jams, so I by [date] will service it every week.",
        "The printer often jams, so I will service it every week, with [how measured] as evidence.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), CASES)
def test_a_deadline_between_the_writer_and_the_verb_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "word_order" in seam_kinds(CHECKER, lang, goal, broken)
    assert "word_order" not in seam_kinds(CHECKER, lang, goal, whole)
