"""A past event named with a phrase of its own before its time (session 36, lead).

'Since the move *to the new depot* in March', 'sinds de fusie *met Zorggroep Noord* in
2024': after a word whose event is always past ('since', 'sinds') or the writer's own past
event ('na mijn verhuizing naar Utrecht in augustus'), the month dates that event. Before,
only an event of one or two words was seen, so a longer name left the month as the goal's
deadline and the rewrite wrote 'since the move to the new depot by 31 March 2027'.

Goals written fresh for this category, in other fields than any data set."""

from __future__ import annotations

import datetime

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import deadline_of

CHECKER = Checker()


def _deadline(text: str, lang: str) -> tuple[str, datetime.date | None] | None:
    return deadline_of(CHECKER, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        (
            "en",
            "Since the move to the new depot in March I lose a lot of time on route planning, "
            "I want to learn the new planning tool.",
            "since the move to the new depot in March",
        ),
        (
            "en",
            "Since the switch to the new payroll system in January I make more mistakes; I "
            "want a refresher course.",
            "since the switch to the new payroll system in January",
        ),
        (
            "nl",
            "Sinds de overstap op het nieuwe kassasysteem in januari maak ik meer fouten, ik "
            "wil een training volgen.",
            "Sinds de overstap op het nieuwe kassasysteem in januari",
        ),
        (
            "nl",
            "Na mijn verhuizing naar de vestiging Almere in augustus wil ik de lokale "
            "leveranciers leren kennen.",
            "Na mijn verhuizing naar de vestiging Almere in augustus",
        ),
    ],
)
def test_the_time_of_a_named_past_event_is_no_deadline(lang: str, text: str, event: str) -> None:
    assert _deadline(text, lang) is None
    rewrite = CHECKER.check(text, lang=lang, reference_date=REF).rewrite
    assert rewrite is not None and event in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "due"),
    [
        # no event word before the phrase: the month is the goal's
        ("nl", "Ik wil de cursus heftruck afronden in maart.", datetime.date(2027, 3, 31)),
        (
            "en",
            "I want to finish the switch to the new payroll system in January.",
            datetime.date(2027, 1, 31),
        ),
    ],
)
def test_a_month_of_the_goal_itself_stays_its_deadline(
    lang: str, text: str, due: datetime.date
) -> None:
    deadline = _deadline(text, lang)
    assert deadline is not None and deadline[1] == due
