"""A season or holiday named as the previous one ('vorige zomer', 'last spring') is the latest
one that has ended, never the next: a goal that says so is looking back, and T must see a
date in the past (T003), as it does for 'vorig jaar'."""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.reading.timex import find_time_expressions

REF = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("Vorige zomer heb ik de kassacursus gevolgd.", "nl", 2026),
        ("Afgelopen kerstvakantie las ik twee vakboeken.", "nl", 2026),
        ("Last spring I shadowed the night shift supervisor.", "en", 2026),
        ("Over the previous summer I trained two new cashiers.", "en", 2026),
    ],
)
def test_the_previous_season_is_the_latest_that_ended(text: str, lang: str, year: int) -> None:
    found = find_time_expressions(text, lang, REF)
    assert found, text
    assert found[0].due is not None
    assert found[0].due < REF
    assert found[0].due.year == year


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Volgende zomer volg ik de kassacursus.", "nl"),
        ("By next spring I will shadow the night shift supervisor.", "en"),
    ],
)
def test_the_next_season_stays_ahead(text: str, lang: str) -> None:
    found = find_time_expressions(text, lang, REF)
    assert found and found[0].due is not None and found[0].due > REF


def test_a_goal_anchored_on_the_previous_season_fails_time() -> None:
    report = Checker().check(
        "Last summer I wrote the safety induction for new forklift drivers.",
        lang="en",
        reference_date=REF,
    )
    assert not report.criteria[Criterion.T].passed
