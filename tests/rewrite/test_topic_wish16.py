"""A topic, a spaced dash, then the writer's hedged wish about it (issue 12, session 16): 'The
open day - misschien wil ik dit jaar zelf ...'. The wish is the goal, the topic its heading,
kept as a sentence before the rewritten wish; a part before the dash that is a goal of its
own ('Learn X - ...') or the writer's sentence is no topic.

Every goal is written fresh for these tests (a garden school, a gift shop, a dance school, a
library)."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.style import style_for
from smartcheck.fixing.rewrite.topic_wish import topic_and_wish
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()

#: (lang, goal, topic)
WISHES = [
    (
        "nl",
        "De open dag van de tuinschool - misschien wil ik dit jaar zelf een rondleiding"
        " geven, met hulp van Sanne.",
        "De open dag van de tuinschool",
    ),
    (
        "nl",
        "Het kerstpakket voor klanten - ik zou graag zelf de inhoud samenstellen, samen met Ruud.",
        "Het kerstpakket voor klanten",
    ),
    (
        "en",
        "Costumes for the spring recital - I'd like to maybe sew two of them myself this"
        " time, with some help from Mia.",
        "Costumes for the spring recital",
    ),
    (
        "en",
        "Poster for the autumn book fair - I'd like to maybe design it myself this year, with"
        " help from Joe.",
        "Poster for the autumn book fair",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "topic"), WISHES)
def test_the_wish_is_the_goal_and_the_topic_its_heading(lang: str, goal: str, topic: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert rewrite.startswith(topic + ". "), rewrite
    hedges = {"misschien", "maybe", "zou graag", "i'd like"}
    assert not any(h in rewrite.lower() for h in hedges), rewrite


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "Learn bookbinding - I'd like to maybe take an evening course with Sue."),
        ("nl", "Ik wil de kassa leren opmaken - misschien met hulp van Kees."),
        ("nl", "Snoeien van fruitbomen - ik vind het lastig."),
    ],
)
def test_a_goal_or_a_remark_after_the_dash_is_no_topic_with_a_wish(lang: str, goal: str) -> None:
    """A goal before the dash ('Learn X', 'Ik wil ...'), or no wish after it: not this shape."""
    ctx = CHECKER.context(lang)
    style = style_for(ctx)
    assert style is not None
    parsed = CHECKER.parse(goal, lang=lang, reference_date=REF)
    assert topic_and_wish(parsed, ctx, style) is None
