"""A goal written in the past tense (a result reported, or a date that has passed).

A text that only reports what the writer did at a time already past ("In April 2024 I passed
...") holds no goal: the rewrite asks for the next step and keeps the past as the clause that
looks back. Without such a time the past tense may be a goal told as done; it is ahead of its
writer, so the rewrite's deadline is ahead too: the writer's verb cannot stay in the simple
past beside it ("By [date], I passed my exam"). English takes the auxiliary and the bare verb
("I will pass"). The seam check rejects a simple past main verb before a deadline ahead in
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
    ("text", "looking_back"),
    [
        (
            "In April 2024 I passed my food hygiene certificate.",
            "after I passed my food hygiene certificate in April 2024",
        ),
        (
            "Last spring I wrote the onboarding guide for new drivers.",
            "after I wrote the onboarding guide for new drivers last spring",
        ),
        (
            "I completed the crane operator course in 2023.",
            "after I completed the crane operator course in 2023",
        ),
    ],
)
def test_a_past_achievement_asks_for_the_next_step(text: str, looking_back: str) -> None:
    """A text that only tells what the writer did at a time already past holds no goal:
    committing to it again ('I will pass my food hygiene certificate') asks for what is
    done. The rewrite asks for the next step, which builds on it (context.past_only)."""
    rewrite = shown_rewrite(CHECKER, text, "en")
    assert rewrite.startswith("By [date], I will [concrete behaviour]")
    assert rewrite.endswith(f", {looking_back}.")


@pytest.mark.parametrize(
    "text",
    [
        "I passed my forklift test.",
        "I wrote the onboarding guide for the new drivers.",
        "By March 2025 I had finished the audit training.",  # a deadline that passed
    ],
)
def test_a_past_goal_without_a_time_is_rewritten_ahead(text: str) -> None:
    """Without a time already past, or with a deadline that passed ('By March 2025'), the
    past tense may be a goal told as done: it is rewritten ahead ('I will pass', 'I will
    have finished'), never kept in the past beside a deadline ahead."""
    rewrite = shown_rewrite(CHECKER, text, "en")
    assert "I will " in rewrite and "[concrete behaviour]" not in rewrite


# (lang, goal, broken rewrite, whole sibling)
PAIRS = [
    (
        "en",
        "In 2024 I passed my scaffolding inspection course.",
        "By [date], I passed my scaffolding inspection course.",
        "By [date], I will [concrete behaviour], after I passed my scaffolding inspection course"
        " in 2024.",
    ),
    (
        "en",
        "I led the stock count in January 2025.",
        "By [date], I led the stock count, with [how measured] as evidence.",
        "By [date], I will [concrete behaviour], after I led the stock count in January 2025.",
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
        "Vóór [datum] ga ik [concreet gedrag], nadat ik in maart 2025 de inventarisatie in het"
        " magazijn leidde.",
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


def test_a_past_achievement_in_dutch_is_never_committed_to() -> None:
    """The Dutch simple past ('rondde ... af') stays only in the clause that looks back,
    after the next step asked for; it is never what the writer commits to."""
    rewrite = shown_rewrite(CHECKER, "In 2023 rondde ik de opleiding tot kraanmachinist af.", "nl")
    assert rewrite.startswith("Vóór [datum] ga ik [concreet gedrag]")
    assert rewrite.endswith(", nadat ik in 2023 de opleiding tot kraanmachinist afrondde.")
