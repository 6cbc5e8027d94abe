"""A wish with a bound and no verb: R001's bound ('hooguit [aantal] keer', 'at most
[number]') left as the object of 'wil'/'want' says the writer wants the bad things counted.
Fresh goals per category, nl and en: the broken candidate shows a seam, the same wish with a
verb of its own (or a wish for a thing with no bound) does not."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_tags

CHECKER = Checker()

CASES = [
    (
        "nl",
        "Zorgvuldiger inpakken, ik wil nooit meer een retourzending.",
        "Zorgvuldiger inpakken, ik wil hooguit [aantal] keer een retourzending.",
        "Zorgvuldiger inpakken, ik wil hooguit [aantal] keer een retourzending krijgen.",
    ),
    (
        "nl",
        "Rustiger werken aan de balie en ik wil nooit meer een boze klant.",
        "Vóór [datum] ga ik rustiger werken aan de balie en ik wil hooguit [aantal] keer een "
        "boze klant.",
        "Vóór [datum] ga ik rustiger werken aan de balie en ik wil hooguit [aantal] keer een "
        "boze klant hebben.",
    ),
    (
        "en",
        "Check the labels twice, I want zero wrong deliveries.",
        "By [date], I will check the labels twice, I want at most [number] wrong deliveries.",
        "By [date], I will check the labels twice, I want to have at most [number] wrong "
        "deliveries.",
    ),
    (
        "en",
        "Plan the rota earlier and I never want a missed shift again.",
        "By [date], I will plan the rota earlier and I want at most [number] missed shifts.",
        "By [date], I will plan the rota earlier and I want to see at most [number] missed shifts.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), CASES)
def test_a_bounded_wish_without_a_verb_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    wish = "wil" if lang == "nl" else "want"
    assert wish in seam_tags(CHECKER, lang, goal, broken)
    assert wish not in seam_tags(CHECKER, lang, goal, whole)


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "nl",
            "Ik wil een vaste baan.",
            "Vóór [datum] wil ik een vaste baan, met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "I want a permanent contract.",
            "By [date], I want a permanent contract, with [how measured] as evidence.",
        ),
    ],
)
def test_a_wish_for_a_thing_without_a_bound_is_no_such_seam(
    lang: str, goal: str, candidate: str
) -> None:
    wish = "wil" if lang == "nl" else "want"
    assert wish not in seam_tags(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "Zorgvuldiger inpakken, ik wil nooit meer een retourzending."),
        ("en", "Check the labels twice, I want zero wrong deliveries."),
    ],
)
def test_no_rewrite_shown_wants_a_bounded_thing(lang: str, goal: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    bound = "[aantal]" if lang == "nl" else "[number]"
    wish = "wil hooguit" if lang == "nl" else "want at most"
    for rewrite in report.rewrites:
        assert not (bound in rewrite and wish in rewrite), rewrite
