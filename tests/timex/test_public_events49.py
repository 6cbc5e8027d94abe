"""A public event an organisation holds or takes part in on a set day anchors a deadline
(session 49, lead; found on heldout49 after its candidate run, so in-sample there: "uiterlijk
12 weken voor de marathon").

The packs' moments of the work named the cycle's talks, exams, audits and open days, but no
event a team runs or goes to: "12 weken voor de marathon" was no time at all (T001), while
"twee weken voor de audit" asked for its date (T007). Festivals, fairs, conferences,
tournaments and marathons are such events in both packs; a match or a race, which recurs in
a sports job, is none ("na een wedstrijd"), and "elke wedstrijd" stays a routine.
Goals written fresh for this test.
"""

from __future__ import annotations

import pytest
from tests.conftest import REF

from smartcheck import Checker


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        (
            "nl",
            "Uiterlijk drie weken voor het festival maak ik zelf het draaiboek voor de "
            "vrijwilligers.",
            "Uiterlijk drie weken voor het festival",
        ),
        ("nl", "Na de vakbeurs bel ik zelf alle nieuwe leads.", "Na de vakbeurs"),
        (
            "en",
            "Two weeks before the trade fair I will have the stand plan ready.",
            "Two weeks before the trade fair",
        ),
        (
            "en",
            "At the latest a month before the tournament I will have the referee rota done.",
            "At the latest a month before the tournament",
        ),
    ],
)
def test_a_public_event_anchors_the_deadline(
    checker: Checker, lang: str, text: str, said: str
) -> None:
    report = checker.check(text, lang=lang, reference_date=REF)
    assert [(d.kind, d.text) for d in report.goal.deadlines] == [("event", said)]
    assert "T007" in {f.code for f in report.findings}
    assert report.criteria["T"].passed


def test_every_match_stays_a_routine(checker: Checker) -> None:
    goal = checker.parse(
        "Ik film de warming-up voor elke wedstrijd van de junioren.", lang="nl", reference_date=REF
    )
    assert [d.kind for d in goal.deadlines] == ["recurring"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Sneller de beelden taggen, na een wedstrijd ben ik nu te lang bezig."),
        ("en", "Clear the finish area faster, after a race it takes me too long."),
    ],
)
def test_a_match_or_race_in_a_sports_job_is_no_anchor(
    checker: Checker, lang: str, text: str
) -> None:
    goal = checker.parse(text, lang=lang, reference_date=REF)
    assert [d.kind for d in goal.deadlines] == []
