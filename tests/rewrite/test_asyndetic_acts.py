"""Two acts after a commitment joined by a comma only ('ga ik X leren maken, meelopen met Y',
'I will learn X, shadow Y'): a note's list of acts committed as one clause leaves the second
infinitive loose. A list that ends on 'en'/'and', a purpose or a phrase after the comma is
whole. Fresh goals per category, nl and en."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_tags

CHECKER = Checker()

CASES = [
    (
        "nl",
        "- bloemstukken leren maken, meekijken met de chef",
        "Vóór [datum] ga ik bloemstukken leren maken, meekijken met de chef.",
        "Vóór [datum] ga ik bloemstukken leren maken en meekijken met de chef.",
        "meekijken",
    ),
    (
        "nl",
        "Offertes leren schrijven, meelopen met de accountmanager",
        "Vóór [datum] ga ik offertes leren schrijven, meelopen met de accountmanager, met als "
        "bewijs [hoe gemeten].",
        "Vóór [datum] ga ik offertes leren schrijven, met als bewijs [hoe gemeten], om mee te "
        "lopen met de accountmanager.",
        "meelopen",
    ),
    (
        "en",
        "- learn to repair gears, shadow the head mechanic",
        "By [date], I will learn to repair gears, shadow the head mechanic.",
        "By [date], I will learn to repair gears and shadow the head mechanic.",
        "shadow",
    ),
    (
        "en",
        "learn to bake sourdough, watch the night baker",
        "By [date], I will learn to bake sourdough, watch the night baker, with [how measured] "
        "as evidence.",
        "By [date], I will learn to bake sourdough, with [how measured] as evidence, in order to "
        "watch the night baker.",
        "watch",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole", "verb"), CASES)
def test_a_second_act_after_a_comma_is_a_seam(
    lang: str, goal: str, broken: str, whole: str, verb: str
) -> None:
    assert verb in seam_tags(CHECKER, lang, goal, broken)
    assert verb not in seam_tags(CHECKER, lang, goal, whole)


@pytest.mark.parametrize(
    ("lang", "goal", "candidate", "verb"),
    [
        (
            "nl",
            "Ik wil lezen, schrijven en rekenen oefenen.",
            "Vóór [datum] ga ik lezen, schrijven en rekenen oefenen.",
            "schrijven",
        ),
        (
            "en",
            "I want to sweep, mop and polish the floor.",
            "By [date], I will sweep, mop and polish the floor.",
            "mop",
        ),
    ],
)
def test_a_list_that_ends_on_a_conjunction_is_whole(
    lang: str, goal: str, candidate: str, verb: str
) -> None:
    assert verb not in seam_tags(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "goal", "loose"),
    [
        ("nl", "- bloemstukken leren maken, meekijken met de chef", "maken, meekijken"),
        ("en", "- learn to repair gears, shadow the head mechanic", "gears, shadow"),
    ],
)
def test_no_committed_rewrite_lists_acts_with_a_comma_only(
    lang: str, goal: str, loose: str
) -> None:
    """A rewrite that commits ('ga ik', 'I will') joins the acts; the writer's own note,
    kept as a fragment, may list them as written."""
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    committed = "ga ik" if lang == "nl" else "I will"
    shown = [r for r in report.rewrites if committed in r]
    assert all(loose not in r for r in shown), report.rewrites
