"""Advice is consistent: a goal written the way a finding's fix text advises is not failed by
another rule for the same reason. One goal per rule, written fresh to follow its advice (and
complete in the other criteria, so any failure is the advice's)."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF

CHECKER = Checker()

ADVISED = [
    # S001: describe the behaviour, e.g. which task you carry out on your own
    ("S001", "nl", "Vóór 1 juni 2027 maak ik zelfstandig de kwartaalrapportage in Excel."),
    ("S001", "en", "By 1 June 2027 I will prepare the quarterly report in Excel on my own."),
    # S002: situation, with whom, which behaviour
    ("S002", "nl", "Vóór 1 april 2027 geef ik in elk weekoverleg met mijn team één verbeterpunt."),
    # S003: what exactly you do or deliver, where and with whom
    (
        "S003",
        "nl",
        "Vóór 1 mei 2027 lever ik samen met mijn teamleider het inwerkplan voor nieuwe collega's op.",
    ),
    (
        "S003",
        "en",
        "By 1 May 2027 I will deliver the onboarding plan for new colleagues with my team lead.",
    ),
    # S005: name the situation
    (
        "S005",
        "nl",
        "Vóór 1 maart 2027 vat ik in elk klantgesprek de afspraken samen in drie punten.",
    ),
    # M001: a number, a level or a result
    ("M001", "nl", "Vóór 1 juni 2027 haal ik het certificaat Excel op niveau 2."),
    ("M001", "en", "By 1 June 2027 I will pass the level 2 Excel certificate."),
    # M002: where you are and where you want to go
    ("M002", "nl", "Vóór 1 april 2027 verhoog ik mijn aantal klantbezoeken van 2 naar 5 per week."),
    # A001: what you will do, not what you try
    (
        "A001",
        "nl",
        "Vóór 1 juni 2027 rond ik de cursus Spaans A2 af, met het certificaat als bewijs.",
    ),
    ("A001", "en", "By 1 June 2027 I will complete the Spanish A2 course and pass its exam."),
    # A002: first person
    ("A002", "nl", "Vóór 1 juni 2027 volg ik de training klantcontact en haal ik het certificaat."),
    # R001: a feasible norm
    (
        "R001",
        "nl",
        "Vóór 1 juni 2027 verstuur ik in 9 van de 10 gevallen de offerte binnen twee werkdagen.",
    ),
    ("R001", "en", "By 1 June 2027 I will send 9 out of 10 quotes within two working days."),
    # T001: a date
    ("T001", "nl", "Vóór 1 juni 2027 haal ik mijn VCA-certificaat."),
    ("T001", "en", "By 1 June 2027 I will pass my forklift exam."),
    # T004: until when you do it
    (
        "T004",
        "nl",
        "Tot 1 juli 2027 schrijf ik elke week een blog van 500 woorden voor het intranet.",
    ),
    # T007: the event's date beside it
    ("T007", "nl", "Voor het einde van mijn proeftijd (1 mei 2027) haal ik mijn VCA-certificaat."),
]


@pytest.mark.parametrize(("code", "lang", "goal"), ADVISED)
def test_a_goal_that_follows_the_advice_passes(code: str, lang: str, goal: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    fired = {f.code for f in report.findings}
    assert code not in fired
    failing = {
        c.value: [f.code for f in s.findings] for c, s in report.criteria.items() if not s.passed
    }
    assert failing == {}, f"{goal!r} still fails {failing}"
