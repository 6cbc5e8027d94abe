"""A development move asked as a question or weighed aloud (session 38), by category.

- a going along asked without its verb after the aim ('Ik wil leren hoe X. Mag ik een dag
  mee met Henk?'): the going along is the step, the aim its purpose (asked_means.py, as
  asked_steps.py already read it alone); it was the structured fallback;
- a thing asked whether it is possible ('Is a rotation to the workshop possible?', 'Zou een
  stage bij inkoop mogelijk zijn?'), with a hedged schedule after the wish it serves ('...,
  perhaps two afternoons a month'): the step, agreed with the manager, the schedule its own
  (asked_steps.py, the pack's ``asked_possible_things``); it was the fallback;
- a bare role asked, then only its time ('Become a mentor for the apprentices? Perhaps in 18
  months'): the writer agrees on the role with the manager, at the time the writer named
  (hedged_steps.py); it was the fallback;
- an aim, then the first step in a sentence of its own ('Doorstromen naar planner. Eerst wil
  ik twee weken meelopen met Anouk', 'I'd like to run the night shift. I first need to get
  my first-aid certificate'): the first step committed, the aim its purpose
  (preconditions.py); it was the fallback, or the aim committed and the step left a duty;
  a step another person named ('Priya says that I first have to X') is credited to them
  ('..., as Priya says'), the writer's conclusion after it ('so I will start with that')
  said by the committed step;
- one step of the writer's weighed in a question ('Should I specialise in fire safety?',
  'Moet ik me specialiseren in brandveiligheid?'): deciding it with the manager by a date,
  the step as written, the remarks after it kept (asked_choices.py); it was the fallback.

Goals written fresh for these categories, in other trades than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()

# -- a going along asked without its verb after the aim -------------------------------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "nl",
            "Ik wil leren hoe je een dak inmeet. Mag ik een dag mee met Henk?",
            "Vóór [datum] ga ik een dag mee met Henk, zodat ik kan leren hoe je een dak inmeet.",
        ),
        (
            "nl",
            "Ik wil weten hoe de keuring van liften gaat. Kan ik misschien een keer mee met de "
            "inspecteur?",
            "Vóór [datum] ga ik een keer mee met de inspecteur, zodat ik kan weten hoe de "
            "keuring van liften gaat.",
        ),
        (
            "nl",
            "Ik wil graag leren hoe je een offerte voor een keuken opstelt. Kan ik een middag "
            "mee met Sanne van verkoop?",
            "Vóór [datum] ga ik een middag mee met Sanne van verkoop, zodat ik kan leren hoe je "
            "een offerte voor een keuken opstelt.",
        ),
        (  # English tells the verb of going: it was read already
            "en",
            "I want to learn how a roof is measured up. Could I go along with Henk for a day?",
            "I will go along with Henk for a day, with [how measured] as evidence, so that I can learn how a roof is measured up.",
        ),
    ],
)
def test_a_going_along_asked_after_the_aim_is_its_step(lang: str, goal: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == expected


# -- a thing asked whether it is possible -----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "Is a rotation to the workshop possible? I'd like to learn how they rebuild the pumps",
            "By [date], I will take a rotation to the workshop, agreed with my manager, so that "
            "I can learn how they rebuild the pumps.",
        ),
        (
            "en",
            "Is a course in contract law an option?",
            "By [date], I will agree with my manager on whether I take a course in contract law.",
        ),
        (
            "en",
            "Would a secondment to the Leeds depot be possible?",
            "By [date], I will agree with my manager on whether I do a secondment to the Leeds depot.",
        ),
        (
            "nl",
            "Is een rotatie naar de planning mogelijk? Ik wil graag zien hoe ze de ritten plannen",
            "Vóór [datum] ga ik een rotatie naar de planning doen, in overleg met mijn "
            "leidinggevende, zodat ik kan zien hoe ze de ritten plannen.",
        ),
        (
            "nl",
            "Zou een stage bij inkoop mogelijk zijn?",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een stage bij inkoop ga doen.",
        ),
        (
            "nl",
            "Is een cursus contractrecht een optie?",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een cursus contractrecht ga volgen.",
        ),
    ],
)
def test_a_thing_asked_whether_possible_is_the_step_agreed(
    lang: str, goal: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == expected


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "Is a rotation to the workshop possible? I want to learn how they rebuild the "
            "pumps, perhaps two afternoons a month",
            "Until [date], I will take a rotation to the workshop two afternoons a month, "
            "agreed with my manager, so that I can learn how they rebuild the pumps.",
        ),
        (
            "nl",
            "Is een rotatie naar de werkplaats mogelijk? Ik wil leren hoe ze de pompen "
            "reviseren, misschien een dag per week",
            "Tot [datum] ga ik een dag per week een rotatie naar de werkplaats doen, in overleg "
            "met mijn leidinggevende, zodat ik kan leren hoe ze de pompen reviseren.",
        ),
        (
            "nl",
            "Kan ik meelopen met de monteurs? Ik wil leren hoe ze een storing zoeken, "
            "misschien twee middagen per maand",
            "Tot [datum] ga ik twee middagen per maand meelopen met de monteurs, in overleg met "
            "mijn leidinggevende, zodat ik kan leren hoe ze een storing zoeken.",
        ),
    ],
)
def test_a_hedged_schedule_after_the_wish_is_the_steps_own(
    lang: str, goal: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == expected


# -- a bare role asked, then only its time ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "Become a mentor for the apprentices? Perhaps in 18 months",
            "By [date], I will agree with my manager on whether I become a mentor for the "
            "apprentices in 18 months.",
        ),
        (
            "en",
            "Become an instructor for new forklift drivers? maybe in 2 years",
            "By [date], I will agree with my manager on whether I become an instructor for new "
            "forklift drivers in 2 years.",
        ),
        (
            "en",
            "Become a shift supervisor? Maybe next year",
            "I will agree with my manager on whether I become a shift supervisor next year.",
        ),
        (
            "nl",
            "Leermeester worden voor de nieuwe bakkers? Misschien volgend jaar",
            "Ik maak samen met mijn leidinggevende uit of ik volgend jaar leermeester voor de nieuwe bakkers word.",
        ),
        (
            "nl",
            "Praktijkbegeleider worden voor de stagiairs? Misschien in 2028",
            "Ik maak samen met mijn leidinggevende uit of ik in 2028 praktijkbegeleider voor de stagiairs word.",
        ),
    ],
)
def test_a_role_asked_with_its_time_is_agreed_at_that_time(
    lang: str, goal: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == expected


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "Become a mentor for the apprentices? Perhaps in 18 months"),
        ("nl", "Opleider worden voor nieuwe collega's? Misschien over 2 jaar"),
        ("nl", "Leermeester worden voor de nieuwe bakkers? Misschien volgend jaar"),
    ],
)
def test_the_asked_role_is_never_committed(lang: str, goal: str) -> None:
    shown = shown_rewrite(CHECKER, goal, lang)
    assert "?" not in shown
    assert not any(c in shown for c in ("I will become", "ga ik opleider", "ga ik leermeester"))


# -- an aim, then the first step in a sentence of its own ------------------------------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "nl",
            "Doorstromen naar de functie van planner. Eerst wil ik twee weken meelopen met Anouk",
            "Vóór [datum] ga ik twee weken meelopen met Anouk, zodat ik naar de functie van "
            "planner kan doorstromen.",
        ),
        (
            "nl",
            "Ik wil graag werkvoorbereider worden bij de afdeling onderhoud. Ik moet eerst de "
            "MBO-4 opleiding afronden",
            "Vóór [datum] ga ik de MBO-4 opleiding afronden, zodat ik werkvoorbereider bij de "
            "afdeling onderhoud kan worden.",
        ),
        (
            "nl",
            "Doorgroeien naar chef bediening in het restaurant. Eerst wil ik een half jaar de "
            "avondploeg leiden",
            "Vóór [datum] ga ik een half jaar de avondploeg leiden, met als bewijs [hoe "
            "gemeten], zodat ik naar chef bediening in het restaurant kan doorgroeien.",
        ),
        (
            "en",
            "I want to become line leader on the packing line. First I need to learn all the "
            "changeovers myself",
            "By [date], I will learn all the changeovers myself, with [how measured] as "
            "evidence, so that I can become line leader on the packing line.",
        ),
        (
            "en",
            "Become a dispatcher at the depot. First I want to spend two weeks with the planners",
            "By [date], I will spend two weeks with the planners, so that I can become a "
            "dispatcher at the depot.",
        ),
        (
            "en",
            "I'd like to run the night shift. I first need to get my first-aid certificate",
            "By [date], I will get my first-aid certificate, with [how measured] as evidence, "
            "so that I can run the night shift.",
        ),
    ],
)
def test_the_first_step_after_the_aim_is_committed(lang: str, goal: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == expected


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        (
            "en",
            "I want to do the crane course. First I need to ask my manager whether the "
            "company pays for it.",
        ),
        ("nl", "Ik wil de heftruckcursus doen. Eerst moet ik navragen of de zaak het betaalt."),
    ],
)
def test_a_permission_asked_first_is_no_first_step(lang: str, goal: str) -> None:
    shown = CHECKER.check(goal, lang=lang).rewrite or ""
    assert "so that I can do the crane course" not in shown
    assert "zodat ik de heftruckcursus" not in shown


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "Become a dispatcher at the depot. Priya says that I first have to learn the "
            "routing software",
            "By [date], I will learn the routing software, as Priya says, with [how measured] "
            "as evidence, so that I can become a dispatcher at the depot.",
        ),
        (
            "en",
            "Become a forklift instructor. Sandra says I first have to finish the instructor "
            "course so I will start with that",
            "By [date], I will finish the instructor course, as Sandra says, so that I can "
            "become a forklift instructor.",
        ),
    ],
)
def test_a_first_step_another_named_is_credited_to_them(
    lang: str, goal: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == expected


# -- one step weighed in a question ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "Should I specialise in fire safety? Clients are starting to ask about it",
            "By [date], I will decide with my manager whether to specialise in fire safety. Clients are starting to ask about it.",
        ),
        (
            "en",
            "Should I move to the night shift? The pay is better but I worry about my sleep",
            "By [date], I will decide with my manager whether to move to the night shift. The pay is better but I worry about my sleep.",
        ),
        (
            "en",
            "Should I take on the fire warden role?",
            "By [date], I will decide with my manager whether to take on the fire warden role.",
        ),
        (
            "nl",
            "Moet ik me specialiseren in brandveiligheid?",
            "Vóór [datum] ga ik met mijn leidinggevende beslissen of ik dit doe: me specialiseren in brandveiligheid.",
        ),
        (
            "nl",
            "Moet ik me specialiseren in brandveiligheid? Klanten vragen er steeds vaker naar",
            "Vóór [datum] ga ik met mijn leidinggevende beslissen of ik dit doe: me specialiseren in brandveiligheid. Klanten vragen er steeds vaker naar.",
        ),
        (
            "nl",
            "Moet ik overstappen naar de nachtploeg? Het verdient beter, maar ik slaap slecht",
            "Vóór [datum] ga ik met mijn leidinggevende beslissen of ik dit doe: overstappen "
            "naar de nachtploeg, met als bewijs [hoe gemeten]. Het verdient beter, maar ik slaap "
            "slecht.",
        ),
    ],
)
def test_one_step_weighed_is_decided_with_the_manager(lang: str, goal: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == expected


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "Should I be worried about the audit?"),
        ("nl", "Moet ik dat echt?"),
        ("en", "Shall I take the welding course?"),  # a bare question (item 132)
        ("nl", "Zal ik de lascursus volgen?"),
    ],
)
def test_a_question_without_a_step_is_not_weighed(lang: str, goal: str) -> None:
    shown = CHECKER.check(goal, lang=lang).rewrite or ""
    assert "decide with" not in shown
    assert "beslissen of ik" not in shown
