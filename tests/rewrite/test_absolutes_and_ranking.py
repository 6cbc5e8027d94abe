"""Absolutes written as a number are bounded, and candidates are ranked by what they fix.

- A perfect score written as a number ("100% van mijn facturen", "100 % of my modules") is an
  absolute (R001) like "nooit meer": the rewrite asks for an achievable share ("[aantal]%")
  instead of keeping the 100%.
- Ranking: a candidate that still holds a phrase that failed the original (an absolute or
  superlative for R, a hedge for A) comes after one that dropped it; when S failed, one that
  asks for the concrete behaviour (and keeps the goal's frequency) comes first; among equals
  the frames' order stays. That is the cheap re-check: no parse, the findings' own phrases.
Every goal is written fresh for the category.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.template import ranked
from tests.conftest import REF
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "lang", "bound"),
    [
        (
            "Ik wil 100% van mijn facturen binnen een week versturen.",
            "nl",
            "[aantal]% van mijn facturen",
        ),
        (
            "Dit jaar wil ik 100 % van de klantvragen dezelfde dag beantwoorden.",
            "nl",
            "[aantal]% van de klantvragen",
        ),
        (
            "I want to pass 100% of my modules first time this year.",
            "en",
            "[number]% of my modules",
        ),
        ("By June I will close 100% of my tickets within SLA.", "en", "[number]% of my tickets"),
    ],
)
def test_a_perfect_score_becomes_an_achievable_share(text: str, lang: str, bound: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.criteria[Criterion.R].passed
    assert report.rewrite is not None
    assert bound in report.rewrite
    assert "100" not in report.rewrite


@pytest.mark.parametrize(
    ("text", "lang", "kept", "fixed"),
    [
        (
            "Ik wil nooit meer te laat komen op mijn werk.",
            "nl",
            "Vóór [datum] ga ik nooit meer te laat komen op mijn werk.",
            "Vóór [datum] ga ik hooguit [aantal] keer te laat komen op mijn werk.",
        ),
        (
            "Ik word de beste verkoper van de regio.",
            "nl",
            "Vóór [datum] word ik de beste verkoper van de regio.",
            "Vóór [datum] word ik [haalbaar niveau] verkoper van de regio.",
        ),
        (
            "Maybe I will join a book club this year.",
            "en",
            "Maybe I will join a book club this year.",
            "This year, I will join a book club, agreed with [who supports you].",
        ),
    ],
)
def test_a_candidate_that_keeps_the_failing_phrase_ranks_last(
    text: str, lang: str, kept: str, fixed: str
) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.is_smart
    ctx = CHECKER.context(lang)
    assert ranked([kept, fixed], report, ctx) == [fixed, kept]
    assert ranked([fixed, kept], report, ctx) == [fixed, kept]


@pytest.mark.parametrize(
    "text",
    [
        "Always lock the server room and never leave a laptop unattended.",
        "Never skip the safety briefing and never start a shift without gloves.",
    ],
)
def test_one_clause_end_takes_one_bound(text: str) -> None:
    """The bound of a negated absolute stands at the clause end ("not ... more than [number]
    times"); a second absolute that needs that place is left as written, never shown with the
    pack's split mark ('not … more than')."""
    report = CHECKER.check(text, lang="en", reference_date=REF)
    assert report.rewrites
    assert not any("…" in rewrite for rewrite in report.rewrites)


@pytest.mark.parametrize(
    ("lang", "text", "purpose"),
    [
        ("nl", "Zelfverzekerder worden aan de telefoon.", "om zelfverzekerder te worden"),
        (
            "nl",
            "Mijn kennis van de cao op peil houden.",
            "om mijn kennis van de cao op peil te houden",
        ),
        ("en", "Become a calmer presenter.", "in order to become a calmer presenter"),
    ],
)
def test_a_failing_s_asks_for_the_behaviour_first(lang: str, text: str, purpose: str) -> None:
    """Committing to the vague phrase as written ('ga ik zelfverzekerder worden') still fails
    S: the candidate that asks for the concrete behaviour, with the phrase as its purpose,
    is shown first."""
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert purpose in rewrite
    assert "[concreet gedrag]" in rewrite or "[concrete behaviour]" in rewrite


def test_the_behaviour_first_only_when_the_frequency_stays() -> None:
    """A routine keeps its frequency: a purpose candidate that drops 'Elke week' is not
    preferred."""
    rewrite = shown_rewrite(CHECKER, "Elke week een klant om een review vragen.", "nl")
    assert "elke week" in rewrite.lower()
