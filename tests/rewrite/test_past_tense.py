"""A goal written in the past tense (a result reported, or a date that has passed).

A goal is ahead of its writer, so the rewrite's deadline is ahead too: the writer's verb
cannot stay in the simple past beside it ("By [date], I passed my exam"). English takes the
auxiliary and the bare verb ("I will pass"), a past perfect becomes a future perfect ("I will
have finished"). The seam check rejects a simple past main verb before a deadline ahead in
both languages when the goal looks back (a date already past; the tagger reads some present
forms as past, 'voer' of 'voeren'), while a perfect ("Vóór juni heb ik ... gehaald") and a
clause that looks back ("what I learned last year") stay whole. Every goal is written fresh
for the category.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In April 2024 I passed my food hygiene certificate.", "I will pass my food hygiene"),
        (
            "Last spring I wrote the onboarding guide for new drivers.",
            "I will write the onboarding",
        ),
        ("I completed the crane operator course in 2023.", "I will complete the crane operator"),
        ("By March 2025 I had finished the audit training.", "I will have finished the audit"),
    ],
)
def test_a_past_goal_is_rewritten_ahead(text: str, expected: str) -> None:
    assert expected in shown_rewrite(CHECKER, text, "en")


# (lang, goal, broken rewrite, whole sibling)
PAIRS = [
    (
        "en",
        "In 2024 I passed my scaffolding inspection course.",
        "By [date], I passed my scaffolding inspection course.",
        "By [date], I will have passed my scaffolding inspection course.",
    ),
    (
        "en",
        "I led the stock count in January 2025.",
        "By [date], I led the stock count, with [how measured] as evidence.",
        "By [date], I will lead the stock count, building on what I learned in January 2025.",
    ),
    (
        "nl",
        "In 2024 haalde ik mijn certificaat hoogwerker.",
        "Vóór [datum] haalde ik mijn certificaat hoogwerker.",
        "Vóór [datum] heb ik mijn certificaat hoogwerker gehaald.",
    ),
    (
        "nl",
        "In maart 2025 leidde ik de inventarisatie in het magazijn.",
        "Vóór [datum] leidde ik de inventarisatie in het magazijn.",
        "Vóór [datum] ga ik de inventarisatie in het magazijn leiden.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), PAIRS)
def test_a_simple_past_before_a_deadline_ahead_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "lost_tense" in seam_kinds(CHECKER, lang, goal, broken)
    assert "lost_tense" not in seam_kinds(CHECKER, lang, goal, whole)


def test_a_present_form_the_tagger_reads_as_past_is_no_seam() -> None:
    """'voer' (of 'voeren') is also the past of 'varen': a routine in the present stays."""
    goal = "Bij elke dienst voer ik met twee bewoners een kort gesprek."
    whole = "Tot [datum] voer ik bij elke dienst met twee bewoners een kort gesprek."
    assert "lost_tense" not in seam_kinds(CHECKER, "nl", goal, whole)


def test_a_past_goal_in_dutch_is_never_shown_in_the_past() -> None:
    """Dutch has no candidate that moves the verb yet: the structured fallback is honest."""
    report = CHECKER.check("In 2023 rondde ik de opleiding tot kraanmachinist af.", lang="nl")
    assert report.rewrite is not None
    assert report.structured_rewrite is not None or "rondde" not in report.rewrite
