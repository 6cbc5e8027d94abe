"""An aim with the writer's step toward it: the step is the goal, the aim what it serves.

- An aim with a labelled first step ("become head chef one day. first step: run the pass",
  "Ooit wil ik ploegleider worden. Eerste stap: ..."; also "Step 1:", "to start with", "om te
  beginnen"): the step is rewritten as the goal, the aim follows as its purpose (means.py).
- Someone else's aim with the writer's step, a second act of the step pointing at its own
  object ("learn the booking software and get comfortable with it"), or a remark of how
  things are before the step's joiner ("Ik weet daar weinig van, dus ik wil ..."): the step
  is the goal, the other's aim its purpose with its credit, the remark kept (aims.py).
- A superlative in the purpose ("zodat ik begrijp waar de grootste knelpunten zitten") says
  why, not the target: no R002, so a period of shadowing is rewritten as a goal.
- An act put after the help frame ("with the help of take over the briefing") is a seam.
- A wish to go along told without its verb ("ik wil een paar keer mee met X") is no thing to
  get: never "om een paar keer mee met X te krijgen" (a seam: a particle without its verb).
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF
from tests.support.rewriting import seam_tags, well_rewritten

FIRST_STEPS = [
    (
        "en",
        "become head chef one day. first step: run the pass on Sunday lunches",
        ("I will run the pass on Sunday lunches", "in order to become head chef"),
    ),
    (
        "en",
        "I want to lead the night shift at some point. First step: take over the handover "
        "briefing twice a week.",
        ("I will take over the handover briefing twice a week", "in order to lead the night"),
    ),
    (
        "en",
        "Get into quality assurance eventually. To start with, I'll sit in on the weekly batch "
        "reviews.",
        ("I will sit in on the weekly batch reviews", "in order to get into quality assurance"),
    ),
    (
        "en",
        "Move into the planning team later on. Step 1: learn the scheduling tool from our planner.",
        ("I will learn the scheduling tool from our planner", "in order to move into"),
    ),
    (
        "nl",
        "Ooit wil ik ploegleider worden. Eerste stap: de overdracht van de nachtdienst zelf leiden.",
        ("ga ik de overdracht van de nachtdienst zelf leiden", "om ploegleider te worden"),
    ),
    (
        "nl",
        "Op termijn wil ik de inkoop van de keuken doen. Eerste stap: de bestellijsten van de "
        "chef leren lezen.",
        ("ga ik de bestellijsten van de chef leren lezen", "om de inkoop van de keuken te doen"),
    ),
    (
        "nl",
        "Later wil ik zelfstandig keuringen doen. Om te beginnen ga ik elke maand een keuring "
        "samen met een ervaren keurmeester doen.",
        ("elke maand een keuring samen met een ervaren keurmeester doen", "om later zelfstandig"),
    ),
    (
        "nl",
        "Ik wil later de planning van de werkplaats doen. Eerste stap: de weekplanning samen "
        "met de planner maken.",
        ("ga ik de weekplanning samen met de planner maken", "om later de planning"),
    ),
]


def _step_then_purpose(checker: Checker, goal: str, lang: str, parts: tuple[str, str]) -> None:
    """The goal is rewritten well, with the step told before the purpose it serves."""
    rewrite = well_rewritten(checker, goal, lang)
    step, purpose = parts
    assert step in rewrite
    assert purpose in rewrite
    assert rewrite.index(step) < rewrite.index(purpose)


@pytest.mark.parametrize(("lang", "goal", "parts"), FIRST_STEPS)
def test_a_first_step_is_the_goal_and_the_aim_its_purpose(
    checker: Checker, lang: str, goal: str, parts: tuple[str, str]
) -> None:
    _step_then_purpose(checker, goal, lang, parts)


STEPS_TOWARD_AIMS = [
    (
        "en",
        "The practice manager wants me to run the recall system, so I have to learn the booking "
        "software and get comfortable with it by June.",
        ("I will learn the booking software and get comfortable with it", "so that I can run"),
    ),
    (
        "en",
        "My boss wants me to cover the front desk on Saturdays. I don't know the booking system "
        "yet, so I want to sit with Mia for a few shifts first.",
        ("I will sit with Mia for a few shifts first", "so that I can cover the front desk"),
    ),
    (
        "en",
        "I want to move up to second-line support. To do this I will finish the networking module.",
        ("I will finish the networking module", "in order to move up to second-line support"),
    ),
    (
        "nl",
        "Mijn leidinggevende wil dat ik meer klanten in de zorg ga bedienen. Ik weet daar weinig "
        "van, dus ik wil een paar keer meelopen met een wijkverpleegkundige.",
        ("ga ik een paar keer meelopen met een wijkverpleegkundige", "zodat ik meer klanten"),
    ),
    (
        "nl",
        "De chef wil dat ik de bestellingen ga doen, dus ik wil het bestelprogramma leren kennen "
        "en het elke week samen met haar invullen voor de zomer.",
        ("het bestelprogramma leren kennen en het elke week", "zodat ik de bestellingen kan doen"),
    ),
    (
        "nl",
        "Mijn teamleider wil dat ik de storingsdienst ga draaien. Ik ken de installaties nog niet "
        "goed, dus ik wil eerst drie keer meelopen met een collega van de storingsdienst.",
        ("ga ik eerst drie keer meelopen met een collega", "zodat ik de storingsdienst kan"),
    ),
    (
        "nl",
        "Ik wil doorgroeien naar senior monteur. Daarvoor ga ik de cursus hydrauliek volgen.",
        ("ga ik de cursus hydrauliek volgen", "om door te groeien naar senior monteur"),
    ),
]


@pytest.mark.parametrize(("lang", "goal", "parts"), STEPS_TOWARD_AIMS)
def test_the_writers_step_is_the_goal_and_the_aim_what_it_serves(
    checker: Checker, lang: str, goal: str, parts: tuple[str, str]
) -> None:
    _step_then_purpose(checker, goal, lang, parts)


def test_a_remark_before_the_steps_joiner_stays_after_the_rewrite(checker: Checker) -> None:
    goal = (
        "Mijn teamleider wil dat ik de storingsdienst ga draaien. Ik ken de installaties nog "
        "niet goed, dus ik wil eerst drie keer meelopen met een collega van de storingsdienst."
    )
    rewrite = well_rewritten(checker, goal, "nl")
    assert rewrite.endswith("zoals mijn teamleider wil. Ik ken de installaties nog niet goed.")


PURPOSE_SUPERLATIVES = [
    (
        "nl",
        "Ik wil in 2027 een periode meedraaien met het team havenbeveiliging, zodat ik beter "
        "begrijp waar de grootste knelpunten zitten.",
    ),
    (
        "nl",
        "Ik wil volgend jaar een maand meedraaien op de meldkamer, zodat ik leer hoe de snelste "
        "route wordt bepaald.",
    ),
    (
        "nl",
        "In het voorjaar van 2027 wil ik drie weken meelopen met de planning, zodat ik weet "
        "welke orders de grootste vertraging geven.",
    ),
    (
        "en",
        "I want to spend a period with the port security team in 2027, so that I understand "
        "where the biggest bottlenecks are.",
    ),
    (
        "en",
        "In spring 2027 I want to shadow the planners for three weeks, so that I know which "
        "orders cause the biggest delays.",
    ),
    (
        "en",
        "Next year I want to rotate through the control room for a month, so that I learn how "
        "the fastest route is chosen.",
    ),
]


@pytest.mark.parametrize(("lang", "goal"), PURPOSE_SUPERLATIVES)
def test_a_superlative_in_the_purpose_is_no_target_against_others(
    checker: Checker, lang: str, goal: str
) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert "R002" not in {f.code for f in report.findings}
    assert report.criteria[Criterion.R].passed


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "Ik word dit jaar de beste verkoper van de regio."),
        ("en", "I will be the best salesperson in the region this year."),
    ],
)
def test_a_superlative_as_the_target_still_fails_r(checker: Checker, lang: str, goal: str) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert "R002" in {f.code for f in report.findings}


def test_a_period_of_shadowing_with_a_superlative_in_its_purpose_is_rewritten(
    checker: Checker,
) -> None:
    goal = (
        "Ik wil in 2027 een periode meedraaien met het team havenbeveiliging, zodat ik beter "
        "begrijp waar de grootste knelpunten zitten."
    )
    rewrite = well_rewritten(checker, goal, "nl")
    assert "[huidig aantal]" not in rewrite  # 'beter' in the purpose is no target to count


HELPED_ACTS = [
    (
        "en",
        "I want to lead the night shift. First step: take over the handover briefing.",
        "By [date], I will lead the night shift, with the help of take over the handover briefing.",
        True,
    ),
    (
        "en",
        "I want to lead the night shift. Maybe a buddy system.",
        "By [date], I will lead the night shift, with the help of a buddy system.",
        False,
    ),
    (
        "nl",
        "Ik wil ploegleider worden. Eerste stap: de overdracht zelf leiden.",
        "Vóór [datum] ga ik ploegleider worden, met hulp van de overdracht zelf leiden.",
        True,
    ),
    (
        "nl",
        "Ik wil ploegleider worden. Misschien een coach.",
        "Vóór [datum] ga ik ploegleider worden, met hulp van een coach.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "goal", "candidate", "broken"), HELPED_ACTS)
def test_an_act_after_the_help_frame_is_a_seam(
    checker: Checker, lang: str, goal: str, candidate: str, broken: bool
) -> None:
    assert ("helped-act" in seam_tags(checker, lang, goal, candidate)) is broken


@pytest.mark.parametrize(
    ("lang", "goal", "candidate", "broken"),
    [
        (
            "nl",
            "Ik wil meekijken bij de calculator. Misschien later werkvoorbereider.",
            "Vóór [datum] ga ik meekijken bij de calculator, met hulp van later werkvoorbereider.",
            True,
        ),
        (
            "en",
            "I want to shadow the buyer twice a month. Then a purchasing course.",
            "By [date], I will shadow the buyer twice a month, with the help of then a"
            " purchasing course.",
            True,
        ),
        (
            "nl",
            "Ik wil meekijken bij de calculator. Misschien een coach.",
            "Vóór [datum] ga ik meekijken bij de calculator, met hulp van een coach.",
            False,
        ),
    ],
)
def test_a_later_step_after_the_help_frame_is_a_seam(
    checker: Checker, lang: str, goal: str, candidate: str, broken: bool
) -> None:
    """'met hulp van later werkvoorbereider': a step after the goal is no help for it."""
    assert ("helped-later" in seam_tags(checker, lang, goal, candidate)) is broken


GONE_ALONG = [
    "Ik wil een paar keer mee met de accountmanager naar klanten in de zorg.",
    "Mijn teamleider wil dat ik de keuringen ga doen, dus ik wil eerst twee keer mee met een "
    "ervaren keurmeester.",
    "Ik wil een dag mee met de buitendienst langs de grote klanten.",
]


@pytest.mark.parametrize("goal", GONE_ALONG)
def test_a_wish_to_go_along_is_no_thing_to_get(checker: Checker, goal: str) -> None:
    rewrite = well_rewritten(checker, goal, "nl")
    assert "te krijgen" not in rewrite  # 'om een paar keer mee met ... te krijgen'
    assert " mee met " in rewrite


@pytest.mark.parametrize(
    ("candidate", "broken"),
    [
        (
            "Vóór [datum] ga ik [concreet gedrag], om een paar keer mee met een bedrijfsarts op "
            "werkplekbezoek te krijgen.",
            True,
        ),
        (
            "Vóór [datum] ga ik elke dag een uur aan het rapport werken, om het af te krijgen.",
            False,
        ),
    ],
)
def test_a_particle_without_its_verb_in_the_frame_of_a_thing_is_a_seam(
    checker: Checker, candidate: str, broken: bool
) -> None:
    goal = "Ik wil een paar keer mee met een bedrijfsarts op werkplekbezoek."
    assert ("orphan-particle" in seam_tags(checker, "nl", goal, candidate)) is broken
