"""Two times the engine misread in goal text (session 47, lead).

- Dutch 'voor' is 'for' as well as 'before'. Before the period now running ('doel voor
  dit jaar', 'voor dit kwartaal', 'voor deze maand') the goal is for that period, due at
  its end: its first day, long past, was read, and T failed with 'the deadline has passed'.
  A later period ('voor volgend jaar') and a position in the period ('voor de start van
  dit jaar') keep their first day.
- A vague time written as part of a hyphenated compound names a thing ('de *ZSM*-locatie',
  'an *ASAP*-list'), no time of the goal.

Goals written fresh for this test; reference date 23 November 2026.
"""

from __future__ import annotations

import datetime

import pytest
from tests.conftest import REF
from tests.support.rewriting import deadline_of

from smartcheck import Checker

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "due"),
    [
        ("Mijn doel voor dit jaar is de cursus EHBO afronden.", datetime.date(2026, 12, 31)),
        (
            "Voor dit kwartaal wil ik alle werkinstructies herschrijven.",
            datetime.date(2026, 12, 31),
        ),
        ("Voor deze maand wil ik de klantdossiers opschonen.", datetime.date(2026, 11, 30)),
    ],
)
def test_voor_the_running_period_is_due_at_its_end(goal: str, due: datetime.date) -> None:
    found = deadline_of(CHECKER, goal, "nl")
    assert found is not None
    assert found[1] == due
    assert CHECKER.check(goal, lang="nl", reference_date=REF).criteria["T"].passed


@pytest.mark.parametrize(
    ("goal", "due"),
    [
        ("Voor volgend jaar wil ik mijn VCA halen.", datetime.date(2027, 1, 1)),
        ("Voor de start van volgend jaar wil ik mijn VCA halen.", datetime.date(2027, 1, 1)),
    ],
)
def test_a_later_period_keeps_its_first_day(goal: str, due: datetime.date) -> None:
    found = deadline_of(CHECKER, goal, "nl")
    assert found is not None
    assert found[1] == due


@pytest.mark.parametrize(
    ("goal", "lang", "time"),
    [
        ("Ik wil dit jaar twee weken op de ZSM-afdeling meedraaien.", "nl", "dit jaar"),
        ("This quarter I will clear the ASAP-backlog of repair tickets.", "en", "This quarter"),
    ],
)
def test_a_vague_time_in_a_compound_is_no_time(goal: str, lang: str, time: str) -> None:
    times = [t.text for t in CHECKER.check(goal, lang=lang, reference_date=REF).goal.deadlines]
    assert times == [time]


def test_a_vague_time_alone_is_still_one() -> None:
    times = [
        (t.text, t.kind)
        for t in CHECKER.check("Zsm mijn VCA halen.", lang="nl", reference_date=REF).goal.deadlines
    ]
    assert times == [("Zsm", "vague")]
