"""A deadline dates what the writer does, not what someone else expects.

"Mijn leidinggevende verwacht dat ik ..." / "My manager expects me to ...": the goal's act
is the writer's clause inside another's, so the added deadline goes into that clause ("...
verwacht dat ik vóór [datum] ... word", "... expects me to lead X by [date]"), never onto
"verwacht" / "expects". When the judge fails A for someone else's wish, the writer commits
to the act itself and keeps the wish as its reason ("Vóór [datum] ga ik ... worden, zoals
mijn teamleider verwacht", "By [date], I will chair ..., as my manager wants"). Every goal
is written fresh for the category.
"""

from __future__ import annotations

import re

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import style_for
from tests.conftest import REF

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mijn leidinggevende verwacht dat ik zelfstandiger ga werken.", "nl"),
        ("Mijn teamleider wil dat ik vaker feedback vraag aan collega's.", "nl"),
        ("Mijn praktijkbegeleider verwacht dat ik de overdracht zelf doe.", "nl"),
        ("My supervisor wants me to write clearer reports.", "en"),
        ("My mentor expects that I present a case study to the team.", "en"),
        ("My manager expects me to lead the weekly stand-up.", "en"),
    ],
)
def test_the_deadline_never_dates_the_others_wish(text: str, lang: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    rewrite = report.rewrite
    assert not re.search(r"\b(verwacht|wil|wants|expects) (vóór|by|until) ", rewrite), rewrite
    assert not re.match(r"(Vóór|By|Until) \[(datum|date)\],? (mijn|my) ", rewrite), rewrite
    deadline = "[datum]" if lang == "nl" else "[date]"
    assert deadline in rewrite


@pytest.mark.parametrize(
    ("text", "lang", "mine", "reason"),
    [
        (
            "My manager wants me to chair the monthly team meeting.",
            "en",
            "I will chair the monthly team meeting",
            "as my manager wants",
        ),
        (
            "My coach wants me to run a 10k race in under an hour.",
            "en",
            "I will run a 10k race in under an hour",
            "as my coach wants",
        ),
        (
            "Mijn teamleider verwacht dat ik assertiever word in vergaderingen.",
            "nl",
            "ga ik assertiever worden in vergaderingen",
            "zoals mijn teamleider verwacht",
        ),
    ],
)
def test_someone_elses_wish_becomes_the_writers_commitment(
    text: str, lang: str, mine: str, reason: str
) -> None:
    """A wish of someone else's fails A (JUDGING): the writer commits to the act and keeps
    the wish as its reason ('..., as my manager wants')."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.criteria[Criterion.A].passed
    own = [r for r in report.rewrites if mine in r]
    assert own, report.rewrites
    assert own[0].rstrip(".").endswith(reason)
    ctx = CHECKER.context(lang)
    style = style_for(ctx.pack)
    assert style is not None
    assert find_seams(own[0], report.goal, ctx, style) == []


def test_a_date_right_after_dat_ik_is_no_seam() -> None:
    report = CHECKER.check(
        "Mijn leidinggevende verwacht dat ik zelfstandiger ga werken.",
        lang="nl",
        reference_date=REF,
    )
    ctx = CHECKER.context("nl")
    style = style_for(ctx.pack)
    assert style is not None
    placed = "Mijn leidinggevende verwacht dat ik vóór [datum] zelfstandiger ga werken."
    kinds = {s.kind for s in find_seams(placed, report.goal, ctx, style)}
    # in the writer's clause the date is in its place (no word_order seam), but the frame is
    # still the other's expectation: never the writer's commitment (seams/framed_date.py)
    assert kinds == {"contradiction"}
