"""Advice is consistent: a goal written the way a finding's fix text advises is not failed by
another rule for the same reason.

Each row is an example: a rule, a language, a goal that triggers the rule, and the same goal
rewritten the way the rule's fix text (rules/<lang>.yaml) advises. The rewritten goal no longer
triggers the rule, no other rule finds fault in the same criterion, and it is complete in the
other criteria too, so any finding at all would be the advice's. Guidance notices (P001) are
advice, not faults. The goals are written fresh."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from smartcheck import Checker
from smartcheck.reporting.report import GoalReport
from tests.conftest import REF

CHECKER = Checker()


class Advice(NamedTuple):
    code: str
    lang: str
    failing: str
    advised: str
    phase: str | None = None  # the employee's phase, for the rules that ask for it


ADVICE = [
    # S001 "Describe the behaviour or result you want to see, e.g. which task you do on your own."
    Advice(
        "S001",
        "nl",
        "Vóór 1 juni 2027 wil ik beter worden in Excel.",
        "Vóór 1 juni 2027 maak ik zelfstandig de kwartaalrapportage in Excel.",
    ),
    Advice(
        "S001",
        "en",
        "By 1 June 2027 I want to get better at Excel.",
        "By 1 June 2027 I will prepare the quarterly report in Excel on my own.",
    ),
    # S002 "Make it concrete: in which situation, with whom, and what will you do?"
    Advice(
        "S002",
        "nl",
        "Vóór 1 april 2027 ontwikkel ik mijn feedbackvaardigheden.",
        "Vóór 1 april 2027 geef ik mijn collega's elke week feedback op hun planning in het "
        "teamoverleg.",
    ),
    Advice(
        "S002",
        "en",
        "By 1 April 2027 I will work on my feedback skills.",
        "By 1 April 2027 I will give a colleague feedback on their planning in every weekly team "
        "meeting.",
    ),
    # S003 "Say what exactly you will do or deliver, where and with whom."
    Advice(
        "S003",
        "nl",
        "Vóór 1 mei 2027 ga ik iets met data doen.",
        "Vóór 1 mei 2027 lever ik samen met mijn teamleider het inwerkplan voor nieuwe collega's op.",
    ),
    Advice(
        "S003",
        "en",
        "By 1 May 2027 I will do something with data.",
        "By 1 May 2027 I will deliver the onboarding plan for new colleagues with my team lead.",
    ),
    # S004 "Split it into separate goals and make each one SMART." (one row per part)
    Advice(
        "S004",
        "nl",
        "Vóór 1 juni 2027 haal ik mijn VCA-certificaat en geef ik een presentatie aan het MT.",
        "Vóór 1 juni 2027 haal ik mijn VCA-certificaat.",
    ),
    Advice(
        "S004",
        "nl",
        "Vóór 1 juni 2027 haal ik mijn VCA-certificaat en geef ik een presentatie aan het MT.",
        "Vóór 1 juni 2027 geef ik een presentatie van tien minuten aan het MT over de nieuwe werkwijze.",
    ),
    Advice(
        "S004",
        "en",
        "By 1 June 2027 I will pass my forklift exam and give a talk to the board.",
        "By 1 June 2027 I will pass my forklift exam.",
    ),
    Advice(
        "S004",
        "en",
        "By 1 June 2027 I will pass my forklift exam and give a talk to the board.",
        "By 1 June 2027 I will give a ten-minute talk to the board about the new way of working.",
    ),
    # S005 "Name the situation, e.g. 'in the weekly team meeting' or 'in calls with clients'."
    Advice(
        "S005",
        "nl",
        "Vóór 1 maart 2027 geef ik feedback.",
        "Vóór 1 maart 2027 geef ik in elk weekoverleg één collega feedback op zijn planning.",
    ),
    Advice(
        "S005",
        "en",
        "By 1 March 2027 I will listen actively.",
        "By 1 March 2027 I will summarise the agreements in three points in every client call.",
    ),
    # M001 "Add a number, a level or a result (a certificate, a report, a presentation)."
    Advice(
        "M001",
        "nl",
        "Vóór 1 juni 2027 werk ik zelfstandig met Excel.",
        "Vóór 1 juni 2027 haal ik het certificaat Excel op niveau 2.",
    ),
    Advice(
        "M001",
        "en",
        "By 1 June 2027 I will work with Excel on my own.",
        "By 1 June 2027 I will pass the level 2 Excel certificate.",
    ),
    # M002 "Say where you are now and where you want to be, e.g. 'from 2 to 5 a week'."
    Advice(
        "M002",
        "nl",
        "Vóór 1 april 2027 doe ik meer klantbezoeken.",
        "Vóór 1 april 2027 verhoog ik mijn aantal klantbezoeken van 2 naar 5 per week.",
    ),
    Advice(
        "M002",
        "en",
        "By 1 April 2027 I will make more client visits.",
        "By 1 April 2027 I will raise my number of client visits from 2 to 5 a week.",
    ),
    # M003 "Give the current value and the target, e.g. 'from 7.2 to 7.9'."
    Advice(
        "M003",
        "nl",
        "Vóór 1 juni 2027 verhoog ik de klanttevredenheid van mijn afdeling met 10%.",
        "Vóór 1 juni 2027 verhoog ik de klanttevredenheid van mijn afdeling van 7,2 naar 7,9.",
    ),
    Advice(
        "M003",
        "en",
        "By 1 June 2027 I will raise my team's customer satisfaction score by 10%.",
        "By 1 June 2027 I will raise my team's customer satisfaction score from 7.2 to 7.9.",
    ),
    # M004 "Describe what others will see when it works, or how you will measure it."
    Advice(
        "M004",
        "nl",
        "Vóór 1 juni 2027 voel ik me zekerder tijdens presentaties.",
        "Vóór 1 juni 2027 geef ik drie presentaties in het teamoverleg en vraag ik na elke "
        "presentatie feedback aan twee collega's.",
    ),
    Advice(
        "M004",
        "en",
        "By 1 June 2027 I will feel more confident when presenting.",
        "By 1 June 2027 I will give three presentations in the team meeting and ask two "
        "colleagues for feedback after each one.",
    ),
    # A001 "Write what you will do ('I will', 'I complete'), not what you will try."
    Advice(
        "A001",
        "nl",
        "Vóór 1 juni 2027 ga ik proberen de cursus Spaans A2 af te ronden.",
        "Vóór 1 juni 2027 rond ik de cursus Spaans A2 af, met het certificaat als bewijs.",
    ),
    Advice(
        "A001",
        "en",
        "By 1 June 2027 I will try to complete the Spanish A2 course.",
        "By 1 June 2027 I will complete the Spanish A2 course and pass its exam.",
    ),
    # A002 "Write the goal in the first person: 'I will ...'."
    Advice(
        "A002",
        "nl",
        "Vóór 1 juni 2027 moet de training klantcontact gevolgd zijn.",
        "Vóór 1 juni 2027 volg ik de training klantcontact en haal ik het certificaat.",
    ),
    Advice(
        "A002",
        "en",
        "By 1 June 2027 the customer contact training must be completed.",
        "By 1 June 2027 I will complete the customer contact training with its final exam.",
    ),
    # A003 "Make the goal about what you will do to bring that outcome closer."
    Advice(
        "A003",
        "nl",
        "Vóór 1 juni 2027 word ik gepromoveerd tot teamleider.",
        "Vóór 1 juni 2027 leid ik drie teamoverleggen als voorbereiding op de rol van teamleider.",
    ),
    Advice(
        "A003",
        "en",
        "By 1 June 2027 I will be promoted to team lead.",
        "By 1 June 2027 I will chair three team meetings to prepare for the team lead role.",
    ),
    # A004 "Discuss in your development talk what you do want, and make that your goal."
    Advice(
        "A004",
        "nl",
        "Vóór 1 juni 2027 de cursus Duits volgen, dat wil ik eigenlijk niet.",
        "Vóór 1 april 2027 kies ik met mijn leidinggevende een cursus die wel bij mijn werk past.",
    ),
    Advice(
        "A004",
        "en",
        "By 1 June 2027 take the German course, which I don't really want.",
        "By 1 April 2027 I will choose with my manager a course that does fit my work.",
    ),
    # R001 "Choose an achievable standard, e.g. 'in 9 out of 10 cases' or 'at most 2 errors'."
    Advice(
        "R001",
        "nl",
        "Vóór 1 juni 2027 verstuur ik de offerte altijd binnen twee werkdagen.",
        "Vóór 1 juni 2027 verstuur ik in 9 van de 10 gevallen de offerte binnen twee werkdagen.",
    ),
    Advice(
        "R001",
        "en",
        "By 1 June 2027 I will always send quotes within two working days.",
        "By 1 June 2027 I will send 9 out of 10 quotes within two working days.",
    ),
    # R002 "Compare with your own starting point instead of with everyone else."
    Advice(
        "R002",
        "nl",
        "Vóór 1 juni 2027 ben ik de beste verkoper van de regio.",
        "Vóór 1 juni 2027 verhoog ik mijn aantal verkochte abonnementen van 20 naar 30 per maand.",
    ),
    Advice(
        "R002",
        "en",
        "By 1 June 2027 I will be the best salesperson in the region.",
        "By 1 June 2027 I will raise my number of subscriptions sold from 20 to 30 a month.",
    ),
    # R003 "Choose a smaller step or a later date, and name what you need."
    Advice(
        "R003",
        "nl",
        "Vóór 1 januari 2027 verdubbel ik mijn omzet.",
        "Vóór 1 juli 2027 verhoog ik mijn omzet van 40.000 naar 48.000 euro per maand, met "
        "coaching van mijn salesmanager.",
    ),
    Advice(
        "R003",
        "en",
        "By 1 January 2027 I will double my sales.",
        "By 1 July 2027 I will raise my sales from 40,000 to 48,000 euros a month, with "
        "coaching from my sales manager.",
    ),
    # R004 "Choose the goal that matters most this year and make that one SMART."
    Advice(
        "R004",
        "nl",
        "Vóór 1 juni 2027 haal ik mijn VCA-certificaat, geef ik een presentatie aan het MT en "
        "schrijf ik een handleiding voor het magazijn.",
        "Vóór 1 juni 2027 schrijf ik een handleiding voor het magazijn over de nieuwe scanner.",
    ),
    Advice(
        "R004",
        "en",
        "By 1 June 2027 I will pass my forklift exam, give a talk to the board and write a guide "
        "for the warehouse.",
        "By 1 June 2027 I will write a guide for the warehouse on the new scanner.",
    ),
    # R005 (a junior) "Choose the next step in your profession first (your own client or
    # project, on your own) or a later date, and name who supports you."
    Advice(
        "R005",
        "nl",
        "Vóór 1 oktober 2027 word ik afdelingshoofd logistiek.",
        "Vóór 1 oktober 2027 lever ik zelfstandig het plan voor de nieuwe magazijnindeling op, met "
        "begeleiding van mijn teamleider.",
        phase="junior",
    ),
    Advice(
        "R005",
        "en",
        "By 1 October 2027 I will be the director of our warehouse.",
        "By 1 October 2027 I will deliver the plan for the new warehouse layout on my own, with "
        "support from my team lead.",
        phase="junior",
    ),
    # T001 "Add a date or a time frame, e.g. 'by 1 June 2027'."
    Advice(
        "T001",
        "nl",
        "Ik haal mijn VCA-certificaat.",
        "Vóór 1 juni 2027 haal ik mijn VCA-certificaat.",
    ),
    Advice(
        "T001",
        "en",
        "I will pass my forklift exam.",
        "By 1 June 2027 I will pass my forklift exam.",
    ),
    # T002 "Replace it with a concrete date or time frame."
    Advice(
        "T002",
        "nl",
        "Binnenkort haal ik mijn VCA-certificaat.",
        "Vóór 1 maart 2027 haal ik mijn VCA-certificaat.",
    ),
    Advice(
        "T002",
        "en",
        "Soon I will pass my forklift exam.",
        "By 1 March 2027 I will pass my forklift exam.",
    ),
    # T003 "Choose a new date after today."
    Advice(
        "T003",
        "nl",
        "In juni 2024 rond ik de basiscursus boekhouden af.",
        "In juni 2027 rond ik de basiscursus boekhouden af.",
    ),
    Advice(
        "T003",
        "en",
        "In June 2024 I will complete the basic bookkeeping course.",
        "In June 2027 I will complete the basic bookkeeping course.",
    ),
    # T004 "Say until when you will do this, or when you will review it."
    Advice(
        "T004",
        "nl",
        "Ik schrijf elke week een blog van 500 woorden voor het intranet.",
        "Tot 1 juli 2027 schrijf ik elke week een blog van 500 woorden voor het intranet.",
    ),
    Advice(
        "T004",
        "en",
        "Every week I will write a 500-word blog for the intranet.",
        "Until 1 July 2027 I will write a 500-word blog for the intranet every week.",
    ),
    # T005 "Set an intermediate goal within this plan year."
    Advice(
        "T005",
        "nl",
        "Vóór 1 juni 2029 haal ik mijn rijbewijs.",
        "Vóór 1 juni 2027 haal ik mijn theorie-examen voor het rijbewijs.",
    ),
    Advice(
        "T005",
        "en",
        "By 1 June 2029 I will get my driving licence.",
        "By 1 June 2027 I will pass the theory test for my driving licence.",
    ),
    # T006 "Write the date: '<the date>'." (the date the fix names for the reference date)
    Advice(
        "T006",
        "nl",
        "Binnen drie maanden haal ik mijn VCA-certificaat.",
        "Vóór 23 februari 2027 haal ik mijn VCA-certificaat.",
    ),
    Advice(
        "T006",
        "en",
        "Within three months I will pass my forklift exam.",
        "By 23 February 2027 I will pass my forklift exam.",
    ),
    # T007 "Add the date, for example '<the anchor> (1 May 2027)'."
    Advice(
        "T007",
        "nl",
        "Voor het einde van mijn proeftijd haal ik mijn VCA-certificaat.",
        "Voor het einde van mijn proeftijd (1 mei 2027) haal ik mijn VCA-certificaat.",
    ),
    Advice(
        "T007",
        "en",
        "By the end of my probation I will pass my forklift exam.",
        "By the end of my probation (1 May 2027) I will pass my forklift exam.",
    ),
    # P001 "Consider coaching by colleagues, rotation, shadowing, ... and learning on the job."
    Advice(
        "P001",
        "nl",
        "Vóór 1 juni 2027 volg ik een cursus Excel-draaitabellen.",
        "Vóór 1 juni 2027 volg ik een cursus Excel-draaitabellen en loop ik twee dagdelen mee "
        "met een ervaren collega van de financiële afdeling.",
    ),
    Advice(
        "P001",
        "en",
        "By 1 June 2027 I will take a course in Excel pivot tables.",
        "By 1 June 2027 I will take a course in Excel pivot tables and spend two half-days "
        "shadowing an experienced colleague in finance.",
    ),
]


# P002 (a senior) "Choose a goal that asks more, e.g. passing your knowledge on to new
# colleagues, leading an improvement in your team or a new responsibility."
ADVICE += [
    Advice(
        "P002",
        "nl",
        "Vóór 1 april 2027 rond ik een basiscursus boekhouden af.",
        "Vóór 1 april 2027 schrijf ik een werkinstructie voor de maandafsluiting voor nieuwe "
        "collega's op de afdeling.",
        phase="senior",
    ),
    Advice(
        "P002",
        "en",
        "By 1 April 2027 I will finish a basic course in bookkeeping.",
        "By 1 April 2027 I will write a work instruction on the month-end close for new "
        "colleagues in my team.",
        phase="senior",
    ),
]


def _codes(report: GoalReport) -> set[str]:
    return {f.code for f in (*report.findings, *report.guidance)}


def _criterion(code: str) -> str:
    return next(r for r in CHECKER.rules if r.code == code).criterion.value


@pytest.mark.parametrize("example", ADVICE, ids=lambda a: f"{a.code}-{a.lang}")
def test_a_goal_that_follows_the_advice_passes(example: Advice) -> None:
    lang, phase = example.lang, example.phase
    failing = CHECKER.check(example.failing, lang=lang, reference_date=REF, phase=phase)
    assert example.code in _codes(failing), f"{example.failing!r} does not trigger the rule"
    advised = CHECKER.check(example.advised, lang=lang, reference_date=REF, phase=phase)
    assert example.code not in _codes(advised)
    criterion = _criterion(example.code)
    same_reason = [f.code for f in advised.findings if f.criterion.value == criterion]
    assert same_reason == [], f"{example.advised!r} still draws {same_reason}"
    # Nor does another rule find fault with what the advice added (a second goal, a missing
    # situation): the goal is complete, so any finding would be the advice's.
    assert [f.code for f in advised.findings] == [], example.advised
    assert advised.is_smart


def test_every_rule_has_its_advice_tested_in_both_languages() -> None:
    covered = {(a.code, a.lang) for a in ADVICE}
    missing = [(r.code, lang) for r in CHECKER.rules for lang in ("nl", "en")]
    assert [m for m in missing if m not in covered] == []


# The plan-level advice P102 ("record how the employee gets there: coaching, shadowing, time,
# budget"): a plan none of whose goals names support, and the same plan with one goal that
# names it the way the advice says. That goal must not draw a finding for naming its support.
PLAN_ADVICE = [
    Advice(
        "P102",
        "nl",
        "Vóór 1 juni 2027 haal ik mijn VCA-certificaat.",
        "Vóór 1 juni 2027 haal ik mijn VCA-certificaat, met coaching van een ervaren collega.",
    ),
    Advice(
        "P102",
        "en",
        "By 1 June 2027 I will pass my forklift exam.",
        "By 1 June 2027 I will pass my forklift exam, with coaching from an experienced colleague.",
    ),
]
PLAN = {
    "nl": ["Vóór 1 april 2027 schrijf ik een werkinstructie voor de kassa."],
    "en": ["By 1 April 2027 I will write a work instruction for the till."],
}


def _plan_codes(goals: list[str], lang: str) -> tuple[set[str], list[GoalReport]]:
    data = "".join(f"{n}. {goal}\n" for n, goal in enumerate(goals, 1)).encode()
    result = CHECKER.check_document("pop.txt", data=data, lang=lang, reference_date=REF)
    assert len(result.goals) == len(goals)
    reports = [g.report for g in result.goals if g.report is not None]
    return {f.code for f in result.plan_findings}, reports


@pytest.mark.parametrize("example", PLAN_ADVICE, ids=lambda a: f"{a.code}-{a.lang}")
def test_a_plan_that_follows_the_advice_passes(example: Advice) -> None:
    before, _ = _plan_codes([*PLAN[example.lang], example.failing], example.lang)
    assert example.code in before
    after, reports = _plan_codes([*PLAN[example.lang], example.advised], example.lang)
    assert example.code not in after
    advised = reports[-1]
    assert [f.code for f in advised.findings] == [], example.advised
    assert advised.is_smart
