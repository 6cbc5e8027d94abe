"""Someone else's question or advice that offers the writer a task, and a first step the
writer asks or hedges: the writer's own commitment, agreed with the other person.

- Another person's question that offers a task ('vraagt of ik de inkoop wil overnemen',
  'asked if I could lead ...') or their advice ('suggested I take over ...') is the
  writer's commitment with the question or advice as its credit, never the other
  person's sentence with a deadline put in it.
- Such a wish or question, then a first step the writer hedges ('Misschien eerst een
  cursus inkoop?'), maybe after a doubt ('Not sure I know enough, maybe first ...'): the
  step is committed, the offered task its purpose with the credit, the doubt kept after.
- The writer's own aim with a doubt or another person's view before the hedged step: the
  doubt after the rewrite, the view before it, as the situation the step answers.
- A step hedged as done first ('maybe first a course?', 'maybe first shadow Maria') is
  committed with 'first' before its verb ('I will first take a course').
- A goal told as a bare act ('Leren lassen ...', 'Learn to calibrate ...') with a step
  hedged after a comma: the step committed, the act its purpose.
- A time the writer rules out ('..., so maybe not this year') is no deadline: it goes, and
  the rewrite asks for the date; it never commits to 'not this year'.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

#: Another person's question or advice that offers the writer a task.
OFFERED = [
    (
        "nl",
        "Mijn teamleider vraagt of ik de inkoop van verpakkingsmateriaal wil overnemen.",
        "Vóór [datum] ga ik de inkoop van verpakkingsmateriaal overnemen, met als "
        "bewijs [hoe gemeten], zoals mijn teamleider vraagt.",
    ),
    (
        "nl",
        "De praktijkmanager vroeg me of ik de sterilisatieregistratie kan bijhouden.",
        "Vóór [datum] ga ik de sterilisatieregistratie bijhouden, zoals de praktijkmanager vroeg.",
    ),
    (
        "en",
        "My supervisor asked if I want to take over the monthly stock audit.",
        "By [date], I will take over the monthly stock audit, with [how measured] as "
        "evidence, as my supervisor asked.",
    ),
    (
        "en",
        "The site manager asked me whether I'd like to chair the weekly subcontractor meeting.",
        "By [date], I will chair the weekly subcontractor meeting, as the site manager asked.",
    ),
    (
        "en",
        "My coordinator asked if I could lead the new volunteer onboarding.",
        "By [date], I will lead the new volunteer onboarding, with [how measured] as "
        "evidence, as my coordinator asked.",
    ),
    (
        "en",
        "My team lead suggested I take over the weekly cycle count.",
        "By [date], I will take over the weekly cycle count, with [how measured] as "
        "evidence, as my team lead suggested.",
    ),
    (
        "en",
        "My mentor advised that I join the Friday planning meeting.",
        "By [date], I will join the Friday planning meeting, with [how measured] as "
        "evidence, as my mentor advised.",
    ),
]

#: Another person's wish or question, then a first step the writer hedges, maybe after a doubt.
OFFERED_STEPS = [
    (
        "nl",
        "Mijn chef vraagt of ik de kasopmaak wil overnemen. Misschien eerst een maand meekijken?",
        "Vóór [datum] ga ik eerst een maand meekijken, zodat ik de kasopmaak kan overnemen, "
        "zoals mijn chef vraagt.",
    ),
    (
        "nl",
        "Mijn afdelingshoofd vraagt of ik de roosterplanning wil overnemen. Ik weet "
        "niet of ik dat al kan, misschien eerst een cursus roosterplanning?",
        "Vóór [datum] ga ik eerst een cursus roosterplanning volgen, zodat ik de "
        "roosterplanning kan overnemen, zoals mijn afdelingshoofd vraagt. Ik weet "
        "niet of ik dat al kan.",
    ),
    (
        "nl",
        "Mijn praktijkopleider vraagt of ik de stagiairs wil begeleiden. Misschien "
        "eerst een training coachen?",
        "Vóór [datum] ga ik eerst een training coachen volgen, met als bewijs [hoe "
        "gemeten], zodat ik de stagiairs kan begeleiden, zoals mijn praktijkopleider "
        "vraagt.",
    ),
    (
        "en",
        "My supervisor wants me to take over the monthly stock audit. Not sure I know "
        "enough, maybe first a course on stock control?",
        "By [date], I will first take a course on stock control, so that I can take "
        "over the monthly stock audit, as my supervisor wants. Not sure I know "
        "enough.",
    ),
    (
        "en",
        "The clinic lead asked if I want to run the diabetes education evenings. I "
        "doubt I'm ready, maybe first a course on group education?",
        "By [date], I will first take a course on group education, so that I can run "
        "the diabetes education evenings, as the clinic lead asked. I doubt I'm "
        "ready.",
    ),
    (
        "nl",
        "Mijn teamleider vraagt of ik de kasopmaak wil overnemen van Yvonne. Ik weet "
        "niet of ik dat kan, misschien eerst een cursus kassabeheer?",
        "Vóór [datum] ga ik eerst een cursus kassabeheer volgen, met als bewijs [hoe "
        "gemeten], zodat ik de kasopmaak van Yvonne kan overnemen, zoals mijn "
        "teamleider vraagt. Ik weet niet of ik dat kan.",
    ),
    (
        "nl",
        "De chef vraagt of ik de bestellingen wil doen voor de keuken. Ik twijfel of "
        "ik dat kan, misschien eerst een cursus inkoop?",
        "Vóór [datum] ga ik eerst een cursus inkoop volgen, zodat ik de bestellingen "
        "voor de keuken kan doen, zoals de chef vraagt. Ik twijfel of ik dat kan.",
    ),
]

#: The writer's own aim, a doubt or another person's view, then a hedged first step.
OWN_STEPS = [
    (
        "nl",
        "Ik wil de bestellingen voor de bar zelf gaan doen. Ik twijfel of ik dat kan, "
        "misschien eerst een cursus voorraadbeheer?",
        "Vóór [datum] ga ik eerst een cursus voorraadbeheer volgen, zodat ik de "
        "bestellingen voor de bar zelf kan gaan doen. Ik twijfel of ik dat kan.",
    ),
    (
        "en",
        "I want to take over the quarterly fire drill. Not sure I know enough, maybe "
        "first a course on evacuation planning?",
        "By [date], I will first take a course on evacuation planning, so that I can "
        "take over the quarterly fire drill. Not sure I know enough.",
    ),
    (
        "en",
        "I'd like to lead the monthly stock audit. My supervisor thinks I'm not "
        "ready, so maybe first assist her for a few months?",
        "My supervisor thinks I'm not ready. By [date], I will first assist her for a "
        "few months, so that I can lead the monthly stock audit.",
    ),
    (
        "nl",
        "Ik wil de maandelijkse voorraadcontrole leiden. Mijn leidinggevende vindt "
        "dat ik er nog niet klaar voor ben, dus misschien eerst een paar maanden met "
        "haar meelopen?",
        "Mijn leidinggevende vindt dat ik er nog niet klaar voor ben. Vóór [datum] ga "
        "ik eerst een paar maanden met haar meelopen, met als bewijs [hoe gemeten], "
        "zodat ik de maandelijkse voorraadcontrole kan leiden.",
    ),
]

#: A step hedged as done first, after the aim.
FIRST_STEPS = [
    (
        "nl",
        "Ik wil de inkoop van verpakkingsmateriaal overnemen. Misschien eerst een cursus inkoop?",
        "Vóór [datum] ga ik eerst een cursus inkoop volgen, zodat ik de inkoop van "
        "verpakkingsmateriaal kan overnemen.",
    ),
    (
        "en",
        "I want to take over the monthly stock audit. Maybe first shadow Maria for a month?",
        "I will first shadow Maria for a month, so that I can take over the monthly stock audit.",
    ),
    (
        "en",
        "Run the Saturday tastings on my own, maybe first assist Tom for a few weeks?",
        "By [date], I will first assist Tom for a few weeks, so that I can run the "
        "Saturday tastings on my own.",
    ),
    (
        "nl",
        "Zelf de weekplanning maken, misschien eerst een maand meekijken bij Ingrid?",
        "Vóór [datum] ga ik eerst een maand meekijken bij Ingrid, zodat ik zelf de "
        "weekplanning kan maken.",
    ),
    (
        "en",
        "Learn to read the load charts for the crane, maybe first shadow Dave on the day shift?",
        "By [date], I will first shadow Dave on the day shift, so that I can learn to "
        "read the load charts for the crane.",
    ),
]

#: A goal told as a bare act, a step hedged after a comma.
BARE_ACTS = [
    (
        "nl",
        "Leren lassen volgens de TIG-methode, misschien meelopen met Ahmed uit de werkplaats?",
        "Vóór [datum] ga ik meelopen met Ahmed uit de werkplaats, met als bewijs [hoe "
        "gemeten], zodat ik volgens de TIG-methode kan leren lassen.",
    ),
    (
        "en",
        "Learn to calibrate the gas detectors, maybe shadow Priya from maintenance?",
        "By [date], I will shadow Priya from maintenance, with [how measured] as "
        "evidence, so that I can learn to calibrate the gas detectors.",
    ),
    (
        "en",
        "Plan the delivery routes myself, maybe a course on route planning?",
        "By [date], I will take a course on route planning, so that I can plan the "
        "delivery routes myself.",
    ),
    (
        "nl",
        "Leren werken met de nieuwe kassasoftware, misschien een middag meekijken bij Sanne?",
        "Vóór [datum] ga ik een middag meekijken bij Sanne, met als bewijs [hoe "
        "gemeten], zodat ik met de nieuwe kassasoftware kan leren werken.",
    ),
]


#: A time the writer rules out after the goal: no deadline, the date asked.
DOUBTED_TIMES = [
    (
        "en",
        "Get my HACCP level 3 certificate. The course takes a lot of evenings, so probably "
        "not this year.",
        "By [date], I will get my HACCP level 3 certificate. The course takes a lot of evenings.",
    ),
    (
        "en",
        "Pass the forklift instructor exam. I know the course is expensive, so maybe not "
        "this year.",
        "By [date], I will pass the forklift instructor exam. I know the course is expensive.",
    ),
    (
        "nl",
        "Mijn groot rijbewijs halen, maar waarschijnlijk niet voor de zomer.",
        "Vóór [datum] ga ik mijn groot rijbewijs halen.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [*OFFERED, *OFFERED_STEPS, *OWN_STEPS, *FIRST_STEPS, *BARE_ACTS, *DOUBTED_TIMES],
)
def test_the_offered_or_hedged_step_is_the_writers_commitment(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    assert well_rewritten(checker, goal, lang) == expected


def test_a_noun_after_first_is_still_no_verb(checker: Checker) -> None:
    """'first' may stand between 'will' and its verb, but a noun after it is no verb."""
    kinds = seam_kinds(
        checker,
        "en",
        "Documentation of the night shift handover.",
        "By [date], I will first documentation of the night shift handover.",
    )
    assert "lost_verb" in kinds


def test_a_report_of_the_writer_is_still_no_advice(checker: Checker) -> None:
    """A verb of saying with the writer's present ('says I work too late') describes the
    writer: never committed as the goal."""
    report = checker.check("My partner says I work too late.", lang="en")
    assert report.rewrite is None or "I will work too late" not in report.rewrite


def test_a_doubt_without_a_step_is_not_read_as_one(checker: Checker) -> None:
    """A doubt alone after another person's question gives no step: the question is still
    the writer's commitment, with the doubt kept."""
    report = checker.check(
        "Mijn teamleider vraagt of ik de weekopening wil verzorgen. Ik twijfel nog.", lang="nl"
    )
    assert report.rewrite is not None
    assert "vraagt vóór" not in report.rewrite


def test_a_time_ruled_out_is_never_committed(checker: Checker) -> None:
    """'not this year' is no deadline: the rewrite never promises it."""
    report = checker.check("Get my barista certificate, but maybe not this year.", lang="en")
    assert report.rewrite is not None
    assert "not this year" not in report.rewrite
