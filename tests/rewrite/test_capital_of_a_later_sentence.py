"""The first word of any sentence of the goal, a common word, keeps its capital when a
rewrite moves it inside a sentence ('..., as the van is always full *My* manager wants'): a
seam, as it was for the goal's first word. A name opening a later sentence keeps its capital.
Fresh goals, nl and en."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds

CHECKER = Checker()

CASES = [
    (
        "en",
        "The van is always full. My manager wants me to load it the night before.",
        "By [date], I will load the van the night before, as the van is always full My "
        "manager wants.",
        "By [date], I will load the van the night before, as my manager wants.",
    ),
    (
        "nl",
        "De bus is altijd vol. Mijn chef wil dat ik hem de avond ervoor inlaad.",
        "Vóór [datum] ga ik de bus de avond ervoor inladen, zoals de bus is altijd vol Mijn "
        "chef wil.",
        "Vóór [datum] ga ik de bus de avond ervoor inladen, zoals mijn chef wil.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), CASES)
def test_a_later_sentences_capital_inside_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "residue" in seam_kinds(CHECKER, lang, goal, broken)
    assert "residue" not in seam_kinds(CHECKER, lang, goal, whole)


def test_a_name_opening_a_later_sentence_keeps_its_capital() -> None:
    goal = "De kassa sluit ik te laat af. Anouk wil dat ik om zes uur begin."
    candidate = "Vóór [datum] ga ik om zes uur beginnen met afsluiten, zoals Anouk wil."
    assert "residue" not in seam_kinds(CHECKER, "nl", goal, candidate)
