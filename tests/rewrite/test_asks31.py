"""The writer's own wish told as a question, a conditional ask or a feeling (session 31), by
category.

- what the step makes possible, told as a sentence of its own after it ('Dan kan ik ...',
  'Then I can ...'): the step's purpose ('..., zodat ik ... kan', '..., so that I can ...';
  consequences.py, pack enabling_openers), after a step asked, a wish or a bare act; a vague
  time inside that purpose is no second deadline (seams/deadlines.py);
- a possibility asked with the writer's clause and the future's 'ga' ('Is het mogelijk dat
  ik ... ga doen?'): the 'ga' goes with the asking (asked_clauses.py);
- a credential asked as a thing ('Maybe a forklift licence?', 'Misschien een
  heftruckcertificaat?'): it is got, not done or taken (asked_credentials.py, pack
  asked_credential);
- a step of going along asked without its verb ('Kan ik een keer mee naar de veiling?'): the
  writer's 'ga' is the going, and 'om te zien' after it is its purpose (asked_going.py);
- a wished inner state told as an amount of a noun in -en ('meer zelfvertrouwen bij X'): a
  thing to get, no infinitive (template.py, seams/framed_clauses.py);
- a remark of the writer's own in a last bracket ('(I still freeze up)'): a sentence of its
  own after the goal (bracketed_remarks.py).

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Is het mogelijk dat ik de training klantcontact ga volgen? Dan kan ik meer "
            "meedraaien aan de balie.",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik de training klantcontact ga volgen, zodat ik meer aan de balie kan meedraaien.",
        ),
        (
            "nl",
            "Kan ik de cursus EHBO doen? Zo kan ik meer doen bij calamiteiten.",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik de cursus EHBO ga doen, zodat ik meer bij calamiteiten kan doen.",
        ),
        (
            "en",
            "Could I take the forklift course? Then I can help out more in the warehouse.",
            "By [date], I will agree with my manager on whether I take the forklift course, so that I can help out more in the warehouse.",
        ),
        (
            "en",
            "Could I spend a day with the night shift? Then I can see how they hand over.",
            "By [date], I will agree with my manager on whether I spend a day with the night shift, so that I can see how they hand over.",
        ),
        (
            "nl",
            "Ik wil de opleiding tot praktijkbegeleider volgen. Zo kan ik de stagiairs beter "
            "opvangen.",
            "Vóór [datum] ga ik de opleiding tot praktijkbegeleider volgen, zodat ik de "
            "stagiairs beter kan opvangen.",
        ),
        (
            "en",
            "maybe a first aid certificate? then I can be on the emergency team",
            "By [date], I will agree with my manager on whether I get a first aid certificate, so"
            " that I can be on the emergency team.",
        ),
        (
            "nl",
            "Misschien het VCA-diploma? Dan kan ik ook op de bouwplaats werken.",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik het VCA-diploma ga"
            " halen, zodat ik ook op de bouwplaats kan werken.",
        ),
    ],
)
def test_what_the_step_makes_possible_is_its_purpose(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_vague_time_inside_the_purpose_is_no_second_deadline() -> None:
    text = "I want to get a forklift licence. Then I can help in the warehouse when it's quiet."
    assert well_rewritten(CHECKER, text, "en") == (
        "By [date], I will get a forklift licence, so that I can help in the warehouse when "
        "it's quiet."
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Misschien een heftruckcertificaat?",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een heftruckcertificaat ga halen.",
        ),
        (
            "en",
            "maybe a crane operator licence?",
            "By [date], I will agree with my manager on whether I get a crane operator licence.",
        ),
        (
            "en",
            "Maybe a first aid certificate?",
            "By [date], I will agree with my manager on whether I get a first aid certificate.",
        ),
        (
            "en",
            "Maybe a course in Excel?",
            "By [date], I will agree with my manager on whether I take a course in Excel.",
        ),
    ],
)
def test_a_credential_asked_as_a_maybe_is_settled_as_the_thing_to_get(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mag ik een keer mee naar de beurs in Utrecht? Lijkt me nuttig.",
            "Vóór [datum] ga ik een keer mee naar de beurs in Utrecht, in overleg met mijn "
            "leidinggevende. Lijkt me nuttig.",
        ),
        (
            "Kan ik een dag mee met de keurmeester om te zien hoe een keuring gaat?",
            "Vóór [datum] ga ik een dag mee met de keurmeester om te zien hoe een keuring gaat, "
            "in overleg met mijn leidinggevende.",
        ),
        (
            "Kan ik leren om te gaan met lastige klanten?",
            "Vóór [datum] ga ik leren omgaan met lastige klanten, met als bewijs [hoe gemeten], "
            "in overleg met mijn leidinggevende, zodat ik [concreet gedrag] kan.",
        ),
    ],
)
def test_a_going_along_asked_without_its_verb_is_committed(text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, "nl") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ik wil meer zelfvertrouwen bij het geven van feedback.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer "
            "zelfvertrouwen bij het geven van feedback te krijgen.",
        ),
        (
            "Ik wil meer zelfvertrouwen bij het bellen met leveranciers, ik klap vaak dicht.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer "
            "zelfvertrouwen bij het bellen met leveranciers te krijgen. Ik klap vaak dicht.",
        ),
        (
            "Ik wil meer netwerken.",
            "Vóór [datum] ga ik meer netwerken, van [huidig aantal] naar [streefaantal], met "
            "als bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_wished_inner_state_is_a_thing_to_get(text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, "nl") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Get more comfortable presenting to the board (I still freeze up)",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to get more comfortable presenting to the board. I still freeze up.",
        ),
        (
            "nl",
            "Vaker zelf de klantgesprekken voeren (ik laat het nu vaak aan mijn collega over)",
            "Vóór [datum] ga ik vaker zelf de klantgesprekken voeren, van [huidig aantal] naar "
            "[streefaantal]. Ik laat het nu vaak aan mijn collega over.",
        ),
    ],
)
def test_a_remark_in_a_last_bracket_is_kept_after_the_goal(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected
