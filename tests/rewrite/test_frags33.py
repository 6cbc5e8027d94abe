"""Fragments, labels, list items, questions to go along and courses named as nouns
(session 33, frags33), by category.

- a bare act asked as a question, its purpose told in a sentence of its own after it
  ('Rouleren naar X? Om te zien hoe ...', 'Shadow the X? To see how ...'): the act
  committed, agreed with the manager, the purpose kept as written (asked_steps.py,
  asked_wishes.purpose_told);
- a question to go along, then the writer's state and wish joined by 'en'/'and' ('Kan ik
  vaker mee naar X? Ik zie alleen Y en wil weten hoe Z'): the wish is the step's purpose,
  the state kept as a remark (asked_wishes.state_and_wish); 'ga ik vaker mee' is whole
  ('meegaan', headseams.py);
- a course named with the purpose it serves as the whole goal ('Cursus reachtruck zodat
  ik ...'): the course completed (courses.course_with_purpose);
- a topic label of two fields glued by a slash ('Inkoop/logistiek: meelopen met ...'): a
  label, the slash kept glued (labels.py);
- a code of a digit and a letter ('8D') is a word of the goal, no text face (words.py);
- a comparative before a Dutch infinitive told as a noun with its object after 'van'
  ('Beter plannen van de diensten'): the object before the verb (compared_acts.py).

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.words import is_decoration
from tests.support.rewriting import rewrite_of, seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Rouleren naar de afdeling inkoop voor drie maanden? Om te zien hoe contracten "
            "worden onderhandeld",
            "Ik ga rouleren naar de afdeling inkoop voor drie maanden, met als bewijs [hoe "
            "gemeten], in overleg met mijn leidinggevende, om te zien hoe contracten worden "
            "onderhandeld.",
        ),
        (
            "nl",
            "Meelopen met de planners? Zodat ik snap waarom de orders zo laat komen",
            "Vóór [datum] ga ik meelopen met de planners, met als bewijs [hoe gemeten], in "
            "overleg met mijn leidinggevende, zodat ik snap waarom de orders zo laat komen.",
        ),
        (
            "nl",
            "Een maand meedraaien in de nachtdienst? Om te leren hoe de overdracht gaat",
            "Vóór [datum] ga ik een maand meedraaien in de nachtdienst, in overleg met mijn "
            "leidinggevende, om te leren hoe de overdracht gaat.",
        ),
        (
            "en",
            "Shadow the night shift? To see how the handover works.",
            "By [date], I will shadow the night shift, agreed with my manager, to see how the "
            "handover works, with [how measured] as evidence.",
        ),
    ],
)
def test_a_bare_act_asked_with_its_purpose_after_it_is_committed(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Mag ik een keer mee met de monteur? Ik lees alleen de storingsrapporten en wil "
            "zien hoe een storing wordt verholpen",
            "Vóór [datum] ga ik een keer mee met de monteur, in overleg met mijn "
            "leidinggevende, zodat ik kan zien hoe een storing wordt verholpen. Ik lees alleen "
            "de storingsrapporten.",
        ),
        (
            "nl",
            "Kan ik vaker mee naar de veiling? Ik zie alleen de facturen en wil weten hoe de "
            "prijzen tot stand komen",
            "Vóór [datum] ga ik vaker mee naar de veiling, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten], in overleg met mijn leidinggevende, "
            "zodat ik kan weten hoe de prijzen tot stand komen. Ik zie alleen de facturen.",
        ),
        (
            "en",
            "Could I shadow the quality engineer? I only read the audit reports and want to "
            "learn how audits are prepared",
            "By [date], I will shadow the quality engineer, with [how measured] as evidence, "
            "agreed with my manager, so that I can learn how audits are prepared. I only read "
            "the audit reports.",
        ),
    ],
)
def test_a_state_and_a_wish_after_a_question_to_go_along(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_going_along_more_often_is_whole() -> None:
    goal = "Kan ik vaker mee naar de veiling?"
    candidate = "Vóór [datum] ga ik vaker mee naar de veiling, in overleg met mijn leidinggevende."
    assert "lost_verb" not in seam_kinds(CHECKER, "nl", goal, candidate)
    # a particle before a noun is a preposition: no verb, as before
    other = "Vóór [datum] ga ik meer in gesprekken met klanten."
    assert "lost_verb" in seam_kinds(CHECKER, "nl", "Meer in gesprekken met klanten", other)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Cursus reachtruck zodat ik zelf de pallets kan verplaatsen",
            "Vóór [datum] ga ik de cursus reachtruck afronden, zodat ik zelf de pallets kan "
            "verplaatsen.",
        ),
        (
            "nl",
            "Bijscholing wondzorg, zodat ik zelf decubitus kan behandelen",
            "Vóór [datum] ga ik de bijscholing wondzorg afronden, zodat ik zelf decubitus kan "
            "behandelen.",
        ),
        (
            "nl",
            "Training tot leidinggevende zodat ik het team kan leiden",
            "Vóór [datum] ga ik de training tot leidinggevende afronden, zodat ik het team kan "
            "leiden.",
        ),
        (
            "en",
            "Forklift course so I can load the trucks",
            "By [date], I will complete the forklift course, so I can load the trucks.",
        ),
        (
            "en",
            "First aid course so that I can be the shift's first aider",
            "By [date], I will complete the first aid course, so that I can be the shift's "
            "first aider.",
        ),
    ],
)
def test_a_course_named_with_its_purpose_is_completed(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_course_named_alone_is_still_followed() -> None:
    assert well_rewritten(CHECKER, "Cursus heftruck", "nl") == (
        "Vóór [datum] ga ik de cursus heftruck volgen, met als bewijs [hoe gemeten]."
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Inkoop/logistiek: meelopen met de planner (1 middag per week) zodat ik de orders "
            "beter begrijp",
            "Bij inkoop/logistiek ga ik tot [datum] meelopen met de planner (1 middag per week) "
            "zodat ik de orders beter begrijp.",
        ),
        (
            "nl",
            "Kwaliteit/keuring: meekijken bij de inspecteur (1 keer per maand) zodat ik de "
            "keuringseisen ken",
            "Bij kwaliteit/keuring ga ik tot [datum] meekijken bij de inspecteur (1 keer per "
            "maand) zodat ik de keuringseisen ken.",
        ),
        (
            "en",
            "Quality/inspection: shadow the inspector (once a month) so that I learn the "
            "acceptance criteria",
            "In quality/inspection, until [date], I will shadow the inspector (once a month) so "
            "that I learn the acceptance criteria.",
        ),
        (
            "en",
            "Stock/ordering: shadow the buyer (one morning a week) so that I understand the "
            "reorder points",
            "In stock/ordering, until [date], I will shadow the buyer (one morning a week) so "
            "that I understand the reorder points.",
        ),
    ],
)
def test_a_label_of_two_fields_glued_by_a_slash(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("en", "Root cause analysis with 8D / 5 Why, learn it properly", "8D"),
        ("en", "I want to write an 8D report for every customer complaint.", "8D report"),
        ("nl", "Ik wil elke klacht afhandelen met een 8D rapport.", "8D rapport"),
    ],
)
def test_a_code_of_a_digit_and_a_letter_is_kept(lang: str, text: str, kept: str) -> None:
    assert kept in (rewrite_of(CHECKER, text, lang) or "")


def test_a_text_face_of_letters_or_marks_still_goes() -> None:
    assert not is_decoration("8D")
    assert is_decoration("xD")
    assert is_decoration(":)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sneller invoeren van de orders in het systeem",
            "Vóór [datum] ga ik de orders in het systeem sneller invoeren, van [huidig aantal] "
            "naar [streefaantal], met als bewijs [hoe gemeten].",
        ),
        (
            "Vaker controleren van de kisten bij de ontvangst",
            "Vóór [datum] ga ik de kisten bij de ontvangst vaker controleren, van [huidig "
            "aantal] naar [streefaantal], met als bewijs [hoe gemeten].",
        ),
        (
            "- Beter plannen van de diensten\n- minder fouten in de urenregistratie",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om de diensten beter te plannen.\nVóór [datum] ga ik fouten in de urenregistratie verminderen, van [huidig aantal] naar [streefaantal], met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_an_infinitive_told_as_a_noun_takes_its_object_before_it(text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, "nl") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Leren werken met SAP, misschien een cursus bij de leverancier",
            "Vóór [datum] ga ik leren werken met SAP, bijvoorbeeld met een cursus bij de "
            "leverancier.",
        ),
        (
            "en",
            "Get to know the new pump controls, perhaps a session with the service engineer",
            "By [date], I will get to know the new pump controls, for example with a session "
            "with the service engineer.",
        ),
    ],
)
def test_a_thing_weighed_after_a_hedge_is_the_example_of_the_means(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "nl",
            "Leren werken met SAP, misschien een cursus bij de leverancier",
            "Vóór [datum] ga ik leren werken met SAP, een cursus bij de leverancier, in overleg "
            "met [wie ondersteunt je].",
        ),
        (
            "en",
            "Get to know the new pump controls, perhaps a session with the service engineer",
            "By [date], I will get to know the new pump controls, a session with the service "
            "engineer.",
        ),
    ],
)
def test_a_thing_left_bare_after_its_hedge_went_is_a_seam(
    lang: str, goal: str, candidate: str
) -> None:
    assert "dangling" in seam_kinds(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Root cause analysis with 5 Why, learn it properly",
            "By [date], I will learn root cause analysis with 5 Why properly.",
        ),
        (
            "en",
            "Statistical process control, I need to understand it better",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to understand statistical process control better.",
        ),
        (
            "nl",
            "Draaitabellen in Excel, die wil ik goed leren",
            "Draaitabellen in Excel ga ik vóór [datum] goed leren, met als bewijs [hoe "
            "gemeten], zodat ik [concreet gedrag] kan.",
        ),
    ],
)
def test_a_topic_the_act_after_the_comma_points_back_at_is_its_object(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_number_weighed_after_a_hedge_is_no_thing_left_bare() -> None:
    goal = "Work more shifts, maybe 12 instead of 8"
    candidate = "By [date], I will work more shifts, 12 instead of 8."
    assert "dangling" not in seam_kinds(CHECKER, "en", goal, candidate)
