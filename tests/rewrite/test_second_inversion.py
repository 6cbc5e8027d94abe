"""Dutch: a second 'verb + ik' after a side clause inside the committed clause ('Vóór [datum]
ga ik als de chef er niet is wil ik ...'): two finite verbs before their subject in one main
clause. The side clause fronted with its own verb after it, or a second clause after 'en',
is whole. English has its own seams for the shape ('I will when ... I want'). Fresh goals."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_tags

CHECKER = Checker()

CASES = [
    (
        "Als de chef er niet is wil ik de bestellingen zelf doen.",
        "Vóór [datum] ga ik als de chef er niet is wil ik de bestellingen zelf doen.",
        "Als de chef er niet is, ga ik vóór [datum] de bestellingen zelf doen.",
        "wil",
    ),
    (
        "Zodra het rustig is kan ik de kas tellen.",
        "Tot [datum] ga ik zodra het rustig is kan ik de kas tellen, met als bewijs [hoe gemeten].",
        "Tot [datum] ga ik de kas tellen zodra het rustig is, met als bewijs [hoe gemeten].",
        "kan",
    ),
    (
        "Wanneer een collega ziek is wil ik zijn klanten bellen.",
        "Vóór [datum] ga ik wanneer een collega ziek is wil ik zijn klanten bellen.",
        "Vóór [datum] ga ik zijn klanten bellen wanneer een collega ziek is.",
        "wil",
    ),
]


@pytest.mark.parametrize(("goal", "broken", "whole", "verb"), CASES)
def test_a_second_inverted_verb_is_a_seam(goal: str, broken: str, whole: str, verb: str) -> None:
    assert {verb, "inverted"} <= seam_tags(CHECKER, "nl", goal, broken)
    assert "inverted" not in seam_tags(CHECKER, "nl", goal, whole)


@pytest.mark.parametrize(
    "goal",
    [
        "Als de chef er niet is wil ik de bestellingen zelf doen.",
        "Wanneer een collega ziek is wil ik zijn klanten bellen.",
    ],
)
def test_no_rewrite_shown_inverts_twice(goal: str) -> None:
    report = CHECKER.check(goal, lang="nl", reference_date=REF)
    for rewrite in report.rewrites:
        assert not ("ga ik" in rewrite and " wil ik " in rewrite), rewrite


def test_english_commitment_before_a_side_clause_is_a_seam() -> None:
    goal = "When the chef is away I want to place the orders myself."
    broken = "By [date], I will when the chef is away I want to place the orders myself."
    assert seam_tags(CHECKER, "en", goal, broken)


@pytest.mark.parametrize(
    ("goal", "candidate"),
    [
        (
            "Ik wil de kassa leren bedienen, nu moet ik altijd op de chef wachten.",
            "Vóór [datum] ga ik de kassa leren bedienen, nu moet ik altijd op de chef wachten.",
        ),
        (
            "Ik wil de bestellingen doen en daarna wil ik de voorraad tellen.",
            "Vóór [datum] ga ik de bestellingen doen en daarna wil ik de voorraad tellen.",
        ),
    ],
)
def test_a_second_main_clause_after_a_comma_or_conjunction_is_no_such_seam(
    goal: str, candidate: str
) -> None:
    assert "inverted" not in seam_tags(CHECKER, "nl", goal, candidate)
