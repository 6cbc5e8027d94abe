"""A goal that only lacks a frame (T and/or M fail) keeps its clause untouched.

When the tagger does not find a clause's verb ("Medewerkers ... bewegen dagelijks ...", the
plural finite verb read as an infinitive), every frame that moves words breaks the sentence
and the seam check rejects it. The minimal edit moves nothing: the writer's sentence plus a
trailing ", tot [datum]" / ", by [date]" (and the measure phrase when M fails), so such a goal
gets a sentence, never only the structured fallback. It is offered last, after the frames.
Every goal is written fresh for the category.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.style import style_for
from smartcheck.fixing.rewrite.template import minimal_edit
from tests.conftest import REF

CHECKER = Checker()


def _minimal(text: str, lang: str) -> str | None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    ctx = CHECKER.context(lang)
    style = style_for(ctx.pack)
    assert style is not None
    return minimal_edit(report, ctx, style)


@pytest.mark.parametrize(
    ("text", "lang", "phrase"),
    [
        (
            "Onze vrijwilligers bezoeken maandelijks drie nieuwe gezinnen.",
            "nl",
            ", tot [datum].",
        ),
        ("Vrijwilligers bellen maandelijks twee nieuwe donateurs.", "nl", ", tot [datum]."),
        ("Alle teamleden ronden de e-learning over privacy af.", "nl", ", vóór [datum]."),
        (
            "Nurses on the ward complete the hand hygiene audit every month.",
            "en",
            ", until [date].",
        ),
        ("Team leads hold a one-to-one with each new starter.", "en", ", by [date]."),
        (
            "Our volunteers answer every donor email within two working days.",
            "en",
            ", until [date].",
        ),
    ],
)
def test_the_clause_stays_and_the_frame_trails(text: str, lang: str, phrase: str) -> None:
    edit = _minimal(text, lang)
    assert edit == text.rstrip(".") + phrase


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Onze vrijwilligers bezoeken maandelijks drie nieuwe gezinnen.", "nl"),
        ("Vrijwilligers bellen maandelijks twee nieuwe donateurs.", "nl"),
    ],
)
def test_a_misread_clause_gets_a_sentence_not_the_fallback(text: str, lang: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.structured_rewrite is None
    assert report.rewrite is not None and report.rewrite.startswith(text.rstrip("."))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik wil beter worden in Excel.", "nl"),  # S fails: a frame must change words
        ("Binnenkort bel ik elke week een klant.", "nl"),  # its own vague time must go
        ("I will call one client a week, so that my pipeline grows.", "en"),  # two clauses
    ],
)
def test_no_minimal_edit_when_words_must_change(text: str, lang: str) -> None:
    assert _minimal(text, lang) is None
