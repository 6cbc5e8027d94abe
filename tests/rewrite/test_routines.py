"""Routine goals keep what makes them the writer's commitment.

- A routine with its own modal keeps it: "I will do the dishes every evening" becomes
  "Until [date], I will do ...", never "I do ..." (the dropped "will" took the bare verb).
- An imperative routine the tagger misreads ("Write in my journal every night, and share
  ...", the opening verb read as a noun) gets the writer as its subject ("I will write ...").
- A habit that starts now ("vanaf nu", "voortaan", "from now on", "going forward") runs until
  a date: the rewrite asks "tot [datum]" / "until [date]", never a "vóór" / "by" deadline
  beside the start.
Every goal is written fresh for the category.
"""

from __future__ import annotations

import re

import pytest

from smartcheck import Checker
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


def _rewrite(text: str, lang: str) -> str:
    return shown_rewrite(CHECKER, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "i will do all my reading for class every evening",
        "I will do the dishes every evening.",
        "I will do a stretching routine every morning from now on.",
    ],
)
def test_a_routine_keeps_its_modal(text: str) -> None:
    assert "I will do " in _rewrite(text, "en")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Write in my journal every night, and share one insight with my mentor each Friday.",
            "write",
        ),
        ("Visit two trade fairs per year, and report what I learn to the sales team.", "visit"),
        ("Call three former clients every week, and log the calls in the CRM.", "call"),
    ],
)
def test_an_imperative_routine_gets_the_writer_as_subject(text: str, verb: str) -> None:
    assert f"I will {verb} " in _rewrite(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "until", "deadline"),
    [
        ("Vanaf nu eet ik nooit meer chips.", "nl", "tot [datum]", "vóór"),
        ("Voortaan fiets ik naar mijn werk.", "nl", "tot [datum]", "vóór"),
        ("Ik neem voortaan de trap in plaats van de lift.", "nl", "Tot [datum]", "vóór"),
        ("From now on I will take the stairs instead of the lift.", "en", "until [date]", "by"),
        ("Going forward, I will prepare an agenda for our meetings.", "en", "until [date]", "by"),
    ],
)
def test_a_habit_from_now_on_runs_until_a_date(
    text: str, lang: str, until: str, deadline: str
) -> None:
    rewrite = _rewrite(text, lang)
    assert until in rewrite
    assert not re.search(rf"\b{deadline}\b", rewrite, flags=re.IGNORECASE)
