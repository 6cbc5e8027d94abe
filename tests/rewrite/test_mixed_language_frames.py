"""A frame in one language joined to a clause in another: 'Er is nooit tijd voor overleg,
so I want to plan ...', 'The van is always late, dus ik wil ...'. When the goal reads in one
language, a rewrite whose clauses read in two is broken; a goal that mixes the two has no
clear language to keep. Fresh goals written for the category, nl and en."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_tags

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        (
            "nl",
            "De bus naar het depot is altijd te laat, ik wil eerder vertrekken.",
            "De bus naar het depot is altijd te laat, so I want to leave earlier by [date].",
            "De bus naar het depot is altijd te laat, dus ik wil vóór [datum] eerder vertrekken.",
        ),
        (
            "en",
            "The van to the depot is always late, I want to leave earlier.",
            "The van to the depot is always late, dus ik wil vóór [datum] eerder vertrekken.",
            "The van to the depot is always late, so by [date] I will leave earlier.",
        ),
        (
            "nl",
            "Er is nooit tijd voor de kassacontrole, ik wil die elke dag doen.",
            "Er is nooit tijd voor de kassacontrole, so I will do it every day until [date].",
            "Er is nooit tijd voor de kassacontrole, dus ik ga die tot [datum] elke dag doen.",
        ),
    ],
)
def test_clauses_in_two_languages_are_a_seam(lang: str, goal: str, broken: str, whole: str) -> None:
    assert "mixed-language" in seam_tags(CHECKER, lang, goal, broken)
    assert "mixed-language" not in seam_tags(CHECKER, lang, goal, whole)


def test_a_goal_that_mixes_languages_has_none_to_keep() -> None:
    goal = "Ik wil beter worden in mijn werk, I really want to grow as a baker."
    candidate = "Vóór [datum] ga ik beter worden in mijn werk, I really want to grow as a baker."
    assert "mixed-language" not in seam_tags(CHECKER, "nl", goal, candidate)


@pytest.mark.parametrize(
    ("lang", "whole"),
    [
        ("nl", "Vóór [datum] ga ik mijn Excel skills verbeteren, met als bewijs [hoe gemeten]."),
        ("en", "By [date], I will learn the new POS system, with [how measured] as evidence."),
    ],
)
def test_a_borrowed_word_is_no_second_language(lang: str, whole: str) -> None:
    goal = "Ik wil mijn Excel skills verbeteren." if lang == "nl" else "Learn the POS system."
    assert "mixed-language" not in seam_tags(CHECKER, lang, goal, whole)
