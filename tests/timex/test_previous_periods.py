"""A season or holiday named as the previous one ('vorige zomer', 'last spring') is the latest
one that has ended, never the next: a goal that says so is looking back, and T must see a
date in the past (T003), as it does for 'vorig jaar'."""

from __future__ import annotations

import re
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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik heb vorig jaar de opleiding tot praktijkbegeleider afgerond.", "nl"),
        ("Afgelopen maand heb ik drie keer de weekopening verzorgd.", "nl"),
        ("I passed my forklift licence last year.", "en"),
        ("Last week I led the Monday briefing on my own.", "en"),
    ],
)
def test_a_previous_period_told_as_the_time_of_the_goal_is_in_the_past(
    text: str, lang: str
) -> None:
    """'vorig jaar', 'last week' as the time of what the goal tells: a time in the past, so T
    fails because the moment has passed (T003), and a rewrite looks ahead without it: the
    past time stays only in the clause that looks back at what was done ('..., nadat ik vorig
    jaar ... heb afgerond', '..., after I passed ... last year'), never as the goal's time."""
    found = find_time_expressions(text, lang, REF)
    assert found and found[0].due is not None and found[0].due < REF
    report = Checker().check(text, lang=lang, reference_date=REF)
    assert "T003" in [f.code for f in report.criteria[Criterion.T].findings]
    assert report.rewrite is not None
    ahead = re.split(r", (?:nadat|after) ", report.rewrite.lower())[0]
    assert found[0].text.lower() not in ahead


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dit jaar wil ik tien procent meer verkopen dan vorig jaar.", "nl"),
        ("Sinds vorige maand werk ik op de nieuwe afdeling.", "nl"),
        ("I want to sell more than last year.", "en"),
        ("I will summarise last month's complaints for the team.", "en"),
    ],
)
def test_a_previous_period_in_a_comparison_or_possessive_is_no_time(text: str, lang: str) -> None:
    found = [t for t in find_time_expressions(text, lang, REF) if t.due is not None]
    assert all(t.due >= REF for t in found), found


@pytest.mark.parametrize(
    ("text", "lang", "due"),
    [
        ("Last quarter I closed the service backlog.", "en", date(2026, 9, 30)),
        ("In the last quarter of 2027 I will lead the stock audit.", "en", date(2027, 12, 31)),
        ("By the last quarter I will lead the stock audit.", "en", date(2026, 12, 31)),
    ],
)
def test_last_quarter_is_the_previous_one_without_an_article(
    text: str, lang: str, due: date
) -> None:
    """'last quarter' is the quarter before this one; 'the last quarter' is the fourth."""
    found = find_time_expressions(text, lang, REF)
    assert [t.due for t in found] == [due]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In de afgelopen periode heb ik drie cursussen afgerond.", "nl"),
        ("In the last sprint I fixed twelve bugs.", "en"),
    ],
)
def test_a_period_that_has_passed_is_no_anchor(text: str, lang: str) -> None:
    """A named period that has passed ('de afgelopen periode', 'the last sprint') says no
    moment ahead: a vague time, so T fails and the rewrite asks for a date."""
    found = find_time_expressions(text, lang, REF)
    assert [t.kind for t in found] == ["vague"]
