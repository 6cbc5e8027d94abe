"""Commitment everywhere: effort hedges, the structured fallback, imperative results.

- Effort promised instead of the result ("ik ga mijn best doen om ...", "moeite doen om",
  "I'll do my best to ...", "make every effort to") becomes a commitment to the result: the
  effort phrase goes with its "om ... te" / "to" ("Vóór [datum] ga ik op tijd komen").
- The structured fallback never moves words, but it still commits: a hedging adverb that can
  simply go goes ("misschien", "hopefully"), and in English a wish right after the subject
  becomes "will" ("I hope to have" -> "I will have"). A Dutch fronted adverb holds the
  verb-second place, so it stays.
- An imperative result others decide ("Get promoted to ...", "Be selected for ...") gets the
  purpose frame: the writer's own behaviour first, the result as its purpose.
Every goal is written fresh for the category.
"""

from __future__ import annotations

import re

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.fallback import committed
from smartcheck.fixing.rewrite.style import style_for
from tests.conftest import REF
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


def _rewrite(text: str, lang: str) -> str:
    return shown_rewrite(CHECKER, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "result"),
    [
        ("Ik ga mijn best doen om op tijd te komen.", "nl", "ga ik op tijd komen"),
        ("Ik ga moeite doen om vaker feedback te vragen.", "nl", "ga ik vaker feedback vragen"),
        (
            "Wij gaan ons best doen om de klant sneller te helpen.",
            "nl",
            "gaan wij de klant sneller helpen",
        ),
        (
            "I'll do my best to arrive on time for every shift.",
            "en",
            "I will arrive on time for every shift",
        ),
        (
            "We will make every effort to publish the newsletter monthly.",
            "en",
            "we will publish the newsletter monthly",
        ),
        (
            "I will try my best to reply to emails within a day.",
            "en",
            "I will reply to emails within a day",
        ),
    ],
)
def test_effort_becomes_a_commitment_to_the_result(text: str, lang: str, result: str) -> None:
    rewrite = _rewrite(text, lang)
    assert result in rewrite
    assert not re.search(r"\b(best|moeite|effort)\b", rewrite)


def test_a_word_stranded_before_the_effort_keeps_it_whole() -> None:
    """'er extra moeite voor doen': dropping the effort would strand 'extra'."""
    report = CHECKER.check(
        "Ik ga er extra moeite voor doen om mijn verslagen op tijd in te leveren.",
        lang="nl",
        reference_date=REF,
    )
    assert report.rewrite is not None
    assert "er extra" not in report.rewrite or "moeite" in report.rewrite


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Ik ga mijn best doen om bezoekers bij de receptie beleefd te woord te staan.",
            "te woord staan",
        ),
        ("Ik wil proberen om nieuwe huurders snel te woord te staan.", "te woord staan"),
        (
            "Ik ga mijn best doen om de stagiair goed te begeleiden en te woord te staan.",
            "goed begeleiden en te woord staan",
        ),
        (
            # two te-infinitives are two goals (each part keeps 'proberen'): split, each
            # its te gone
            "Ik wil proberen om de kassa op te ruimen en de vloer te vegen.",
            "de vloer vegen",
        ),
    ],
)
def test_a_te_of_a_fixed_phrase_stays_when_the_infinitive_te_goes(text: str, kept: str) -> None:
    """Only the 'te' before a verb marks an infinitive the commitment makes finite, one in
    each conjunct; 'te woord staan' keeps its own 'te' (never 'beleefd woord te staan')."""
    rewrite = _rewrite(text, "nl")
    assert kept in rewrite
    assert not re.search(r"\b(?<!te )woord te staan\b", rewrite)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "I hope to have a clearer picture of how our billing works.",
            "en",
            "I will have a clearer picture of how our billing works.",
        ),
        ("Hopefully, we plan to open a second shop.", "en", "we will open a second shop."),
        (
            "I would like to present at a conference, hopefully this year.",
            "en",
            "I will present at a conference this year.",
        ),
        ("Ik wil, indien mogelijk, een cursus volgen.", "nl", "Ik wil een cursus volgen."),
        ("Ik volg een cursus als het kan.", "nl", "Ik volg een cursus."),
        ("Misschien wil ik een cursus volgen.", "nl", "Misschien wil ik een cursus volgen."),
    ],
)
def test_the_fallback_commits_without_moving_words(text: str, lang: str, expected: str) -> None:
    style = style_for(CHECKER.pack(lang))
    assert style is not None
    assert committed(text, style) == expected


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("Get promoted to team lead within a year.", "in order to get promoted to team lead"),
        (
            "Be selected for the graduate programme by March.",
            "in order to be selected for the graduate programme",
        ),
        (
            "Get a permanent contract before my probation ends.",
            "in order to get a permanent contract",
        ),
    ],
)
def test_an_imperative_result_others_decide_becomes_the_purpose(text: str, result: str) -> None:
    report = CHECKER.check(text, lang="en", reference_date=REF)
    assert not report.criteria[Criterion.A].passed
    purpose = [r for r in report.rewrites if result in r]
    assert purpose, report.rewrites
    assert "I will [concrete behaviour]" in purpose[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I finally want to get better at Excel.", "I will finally"),
        ("I also want to learn sign language.", "I will also learn sign language"),
    ],
)
def test_an_adverb_before_the_wish_stays_and_the_wish_commits(text: str, expected: str) -> None:
    """'I finally want to get' commits like 'I want to get': the wish goes, the writer's
    adverb stays ('I will finally want to get' was shown)."""
    report = Checker().check(text, lang="en", reference_date=REF)
    assert report.rewrite is not None and expected in report.rewrite
