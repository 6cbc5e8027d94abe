"""A conditional hedge goes with its whole clause: 'if I can find the time' leaves no 'find
the time' behind, in the sentence rewrite, in the seam check and in the structured fallback.
Goals written fresh for this category."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.hedging import hedge_spans
from tests.conftest import REF

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "condition"),
    [
        (
            "en",
            "I will pass the food hygiene exam by March 2027 if I can find a free evening.",
            "if I can find a free evening",
        ),
        (
            "en",
            "By June 2027 I will run a half marathon if time allows this spring.",
            "if time allows this spring",
        ),
        (
            "nl",
            "Vóór 1 mei 2027 haal ik mijn heftruckcertificaat als het lukt naast de drukte.",
            "als het lukt naast de drukte",
        ),
        (
            "nl",
            "Als het lukt met de roosters, volg ik vóór de zomer de cursus EHBO.",
            "Als het lukt met de roosters",
        ),
    ],
)
def test_a_conditional_hedge_reaches_to_the_end_of_its_clause(
    lang: str, text: str, condition: str
) -> None:
    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    spans = [goal.text[a:b] for a, b in hedge_spans(goal, CHECKER.context(lang))]
    assert condition in spans
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    rest = condition.split(maxsplit=3)[-1]  # the words after the matched hedge
    assert rest not in report.rewrite


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        # an opening condition without a comma: nothing tells where it ends, it stays as matched
        (
            "en",
            "If I have time I will read two books on negotiation before June 2027.",
            "negotiation",
        ),
        ("nl", "Misschien volg ik in 2027 de cursus Spaans voor beginners.", "Spaans"),
    ],
)
def test_other_hedges_keep_their_matched_span(lang: str, text: str, kept: str) -> None:
    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    ctx = CHECKER.context(lang)
    matched = [(m.start, m.end) for m in ctx.find(goal, "hedges")]
    assert hedge_spans(goal, ctx) == matched
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite is not None and kept in report.rewrite
