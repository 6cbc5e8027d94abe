"""Lists written on one line, and common words that are also names (session 33, lead).

Two goals numbered on one line ("1. ... 2. ...", "A) ... B) ...") are a list as a pasted
one is: one rewrite per goal, no marker left in a rewrite; a sentence that ends in the
number of a noun ("in week 2. Daarna ...") is no list. A common Dutch word that is also a
name ("meer rust") keeps its lower case in a goal written without capitals. Goals written
for these tests.
"""

from __future__ import annotations

import re

import pytest

from smartcheck import Checker
from tests.conftest import REF

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "firsts"),
    [
        (
            "nl",
            "1. Minder fouten bij het inpakken van de bestellingen 2. Ook de nieuwe uitzendkrachten inwerken",
            ("Minder fouten", "nieuwe uitzendkrachten"),
        ),
        (
            "en",
            "1. Learn to weld aluminium 2. Help the apprentices with their logbooks",
            ("weld", "apprentices"),
        ),
        (
            "en",
            "A) learn the new planning tool B) take over the Friday stand-up",
            ("planning tool", "stand-up"),
        ),
        ("nl", "a) Werken met de nieuwe kassa b) vaker pauze nemen", ("kassa", "pauze")),
    ],
)
def test_two_goals_numbered_on_one_line_get_a_rewrite_each(
    lang: str, goal: str, firsts: tuple[str, str]
) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    lines = report.rewrite.split("\n")
    assert len(lines) == 2, report.rewrite
    for line, words in zip(lines, firsts, strict=True):
        assert words.lower() in line.lower()
        assert not re.search(r"(^|\s)(\d|[a-hA-H])[.)]\s", line), line  # no marker left


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        (
            "nl",
            "1. Vóór 1 maart 2027 rond ik de theorie af in week 2. Daarna rijd ik zelf onder begeleiding.",
        ),
        (
            "en",
            "1. By 1 March 2027 I will finish the theory in phase 2. Then I will drive with a coach.",
        ),
    ],
)
def test_a_sentence_ending_in_a_numbered_noun_is_one_goal(lang: str, goal: str) -> None:
    surface = CHECKER.surface(goal, lang)
    assert "\n" not in surface.text


@pytest.mark.parametrize(
    "goal",
    [
        "meer rust in mijn week en minder overwerken",
        "tussen de ritten door vaker rust nemen",
    ],
)
def test_rest_is_no_programming_language_in_a_goal_without_capitals(goal: str) -> None:
    surface = CHECKER.surface(goal, "nl")
    assert "Rust" not in surface.text
    report = CHECKER.check(goal, lang="nl", reference_date=REF)
    for rewrite in report.rewrites:
        assert "Rust" not in rewrite
