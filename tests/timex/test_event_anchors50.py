"""An event anchor the longest match used to hide, and more names of public events (session
50, lead; found reading heldout46's "before the next big trade fair").

The event pattern takes up to three free words before the event noun. In "Get better at
negotiation before the review" it matched "at negotiation before the review" first; that
reading is rightly refused ("better at ...": a skill, no moment), and the search went on
after it, so "before the review" was never tried: no time at all (T001). A refused match
now hides no shorter match inside it. A determiner opens another phrase, never a modifier of
the event's ("voor de audit een cursus doen": the anchor is "de audit").
Goals written fresh for this test.
"""

from __future__ import annotations

import pytest
from tests.conftest import REF

from smartcheck import Checker


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        ("en", "Get better at negotiation before the review.", "before the review"),
        ("en", "Become good at triage before the inspection.", "before the inspection"),
        ("nl", "Ik ga voor de audit een cursus risicoanalyse doen.", "voor de audit"),
        ("nl", "Ik wil voor de keuring een checklist maken.", "voor de keuring"),
    ],
)
def test_a_refused_longer_match_hides_no_event(
    checker: Checker, lang: str, text: str, said: str
) -> None:
    report = checker.check(text, lang=lang, reference_date=REF)
    assert [(d.kind, d.text) for d in report.goal.deadlines] == [("event", said)]
    assert "T001" not in {f.code for f in report.findings}


def test_a_skill_is_still_no_moment(checker: Checker) -> None:
    goal = checker.parse("I want to get better at the review of pull requests.", lang="en")
    assert [d.kind for d in goal.deadlines] == []


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        ("en", "Present our new range myself at the job fair.", "at the job fair"),
        (
            "en",
            "Before the annual fair I will have the stand budget ready.",
            "Before the annual fair",
        ),
        ("en", "After the summit I will write the follow-up plan.", "After the summit"),
        (
            "nl",
            "Voor de tentoonstelling maak ik zelf de bordjes bij de stukken.",
            "Voor de tentoonstelling",
        ),
    ],
)
def test_fairs_exhibitions_and_summits_are_public_events(
    checker: Checker, lang: str, text: str, said: str
) -> None:
    goal = checker.parse(text, lang=lang, reference_date=REF)
    assert [(d.kind, d.text) for d in goal.deadlines] == [("event", said)]


def test_fair_as_an_adjective_is_no_event(checker: Checker) -> None:
    goal = checker.parse("I want to be fair to every client in my reviews.", lang="en")
    assert [d.kind for d in goal.deadlines] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Get faster at the bar during busy summer evenings."),
        ("en", "Run the kiosk alone during winter weekends."),
    ],
)
def test_a_season_that_names_which_evenings_is_no_deadline(
    checker: Checker, lang: str, text: str
) -> None:
    # once the longer match hid it; found again, the season read as a date must still see
    # that it only says which evenings (reading/anchors.py)
    goal = checker.parse(text, lang=lang, reference_date=REF)
    assert [d.kind for d in goal.deadlines if d.kind == "deadline"] == []
