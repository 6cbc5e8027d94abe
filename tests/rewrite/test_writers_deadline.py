"""A deadline dates what the writer does, not what someone else expects.

"Mijn leidinggevende verwacht dat ik ..." / "My manager expects me to ...": the goal's act
is the writer's clause inside another's, so the added deadline goes into that clause ("...
verwacht dat ik vóór [datum] ... word", "... expects me to lead X by [date]"), never onto
"verwacht" / "expects". Every goal is written fresh for the category.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import style_for
from tests.conftest import REF

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "lang", "part"),
    [
        (
            "Mijn leidinggevende verwacht dat ik zelfstandiger ga werken.",
            "nl",
            "verwacht dat ik vóór [datum] zelfstandiger",
        ),
        (
            "Mijn teamleider wil dat ik vaker feedback vraag aan collega's.",
            "nl",
            "wil dat ik vóór [datum] vaker",
        ),
        (
            "Mijn praktijkbegeleider verwacht dat ik de overdracht zelf doe.",
            "nl",
            "verwacht dat ik vóór [datum] de overdracht",
        ),
        (
            "My supervisor wants me to write clearer reports.",
            "en",
            "wants me to write clearer reports by [date]",
        ),
        (
            "My mentor expects that I present a case study to the team.",
            "en",
            "that I present a case study to the team by [date]",
        ),
        (
            "My manager expects me to lead the weekly stand-up.",
            "en",
            "expects me to lead the weekly stand-up until [date]",
        ),
    ],
)
def test_the_deadline_goes_into_the_writers_clause(text: str, lang: str, part: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    assert part in report.rewrite
    assert not report.rewrite.startswith(("Vóór", "By", "Until"))


def test_a_date_right_after_dat_ik_is_no_seam() -> None:
    report = CHECKER.check(
        "Mijn leidinggevende verwacht dat ik zelfstandiger ga werken.",
        lang="nl",
        reference_date=REF,
    )
    ctx = CHECKER.context("nl")
    style = style_for(ctx.pack)
    assert style is not None
    good = "Mijn leidinggevende verwacht dat ik vóór [datum] zelfstandiger ga werken."
    assert find_seams(good, report.goal, ctx, style) == []
