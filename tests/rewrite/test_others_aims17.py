"""Someone else's aim told with the writer's own step, and a feeling, a time or a pointer.

A manager or planner wants something; the writer tells the step they take for it ("..., so
I need to learn how that works", "..., dus daarvoor moet ik mijn certificaat halen"), often
with a sentence more: the step's time ("Liefst voor de zomer."), or a remark of reluctance
("Not really my thing but I'll try."). The step is the goal the writer owns (JUDGING A), the
other's aim follows it as its purpose with its credit; the remark stays, a trial in it
committed. Also the step told before the aim ("Learn X. My manager wants me to Y."), and
two seams: a commitment with no act, and another's wish made the result of the step.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, seam_tags, well_rewritten

# a step after 'dus daarvoor' / 'so for that': the pointer goes, the aim is the purpose;
# a sentence without a verb after it is the step's time
PURPOSE_POINTED = [
    (
        "nl",
        "Mijn chef wil dat ik volgend jaar de heftruck ga besturen, dus daarvoor moet ik mijn "
        "heftruckcertificaat halen. Het liefst voor de zomer.",
        "Ik ga het liefst voor de zomer mijn heftruckcertificaat halen, zodat ik volgend jaar "
        "de heftruck kan besturen, zoals mijn chef wil.",
    ),
    (
        "nl",
        "De eigenaar wil dat ik de zaterdagen alleen open, dus hiervoor moet ik de alarmcursus "
        "volgen.",
        "ga ik de alarmcursus volgen, zodat ik de zaterdagen alleen open, zoals de eigenaar wil.",
    ),
    (
        "nl",
        "Mijn teamleider wil dat ik de nachtdiensten ga draaien, dus daarvoor moet ik het "
        "BHV-diploma halen. Liefst voor 1 maart.",
        "Ik ga liefst voor 1 maart het BHV-diploma halen, zodat ik de nachtdiensten kan "
        "draaien, zoals mijn teamleider wil.",
    ),
    (
        "en",
        "My supervisor wants me to drive the delivery van next year, so for that I need to get "
        "my C1 licence. Preferably before the summer.",
        "I will get my C1 licence, preferably before the summer, so that I can drive the "
        "delivery van next year, as my supervisor wants.",
    ),
    (
        "en",
        "The owner wants me to open the shop alone on Saturdays, so for this I need to take the "
        "alarm system course.",
        "I will take the alarm system course, so that I can open the shop alone on Saturdays, "
        "as the owner wants.",
    ),
    (
        "en",
        "My team lead wants me to work night shifts, so to do that I need to get my first aid "
        "certificate. Ideally before March.",
        "so that I can work night shifts, as my team lead wants.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), PURPOSE_POINTED)
def test_a_step_for_the_aim_is_the_goal(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert expected in rewrite
    assert "daarvoor" not in rewrite and "for that" not in rewrite


# 'learn how that works': the aim's object takes the pointer's place
ASKED_POINTER = [
    (
        "en",
        "My manager wants me to take over the stock count after the summer, so I need to learn "
        "how that works.",
        "I will learn how the stock count works",
    ),
    (
        "en",
        "The head chef expects me to run the pastry section in the new year, so I need to find "
        "out how that works.",
        "I will find out how the pastry section works",
    ),
    (
        "en",
        "My supervisor wants me to handle the customs paperwork for export orders, so I have to "
        "learn how that works.",
        "I will learn how the customs paperwork works",
    ),
    (
        "nl",
        "Mijn leidinggevende wil dat ik de kasopmaak van Karin overneem, dus ik moet leren hoe "
        "dat werkt.",
        "ga ik leren hoe de kasopmaak werkt",
    ),
    (
        "nl",
        "De chef verwacht dat ik na de zomer de inkooplijst bijhoud, dus ik moet uitzoeken hoe "
        "dat werkt.",
        "ga ik uitzoeken hoe de inkooplijst werkt",
    ),
    (
        "nl",
        "Mijn teamleider wil dat ik het weekrooster van het magazijn ga maken, dus ik moet "
        "leren hoe dat werkt.",
        "ga ik leren hoe het weekrooster werkt",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), ASKED_POINTER)
def test_a_pointer_after_a_question_word_names_the_aims_object(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert expected in rewrite
    assert " zodat ik " in rewrite or " so that I " in rewrite


# a remark of reluctance after the step: kept, its trial committed
RELUCTANT_STEP = [
    (
        "en",
        "My manager wants me to give the Monday briefing, so I need to practise speaking in "
        "front of the team. Not really my thing but I'll try.",
        "as my manager wants. Not really my thing but I will do it.",
    ),
    (
        "en",
        "The owner wants me to do the bookkeeping, so I need to learn the accounting software. "
        "Not my favourite but I'll do my best.",
        "as the owner wants. Not my favourite but I will do it.",
    ),
    (
        "en",
        "My boss wants me to run the stand at the trade fair, so I need to get better at "
        "talking to strangers. Rather not, but I'll give it a go.",
        "as my boss wants. Rather not, but I will do it.",
    ),
    (
        "nl",
        "Mijn leidinggevende wil dat ik de maandagbriefing ga geven, dus ik moet oefenen met "
        "spreken voor de groep. Niet echt mijn ding maar ik ga het proberen.",
        "zoals mijn leidinggevende wil. Niet echt mijn ding maar ik ga het doen.",
    ),
    (
        "nl",
        "De eigenaar wil dat ik de boekhouding ga doen, dus ik moet het boekhoudprogramma "
        "leren. Niet mijn favoriete klus maar ik doe mijn best.",
        "zodat ik de boekhouding kan doen, zoals de eigenaar wil. Niet mijn favoriete klus "
        "maar ik ga het doen.",
    ),
    (
        "nl",
        "Mijn baas wil dat ik de beursstand ga bemannen, dus ik moet leren praten met "
        "onbekenden. Zie ik niet zitten maar ik probeer het.",
        "Vóór [datum] ga ik leren praten met onbekenden",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), RELUCTANT_STEP)
def test_a_reluctant_remark_stays_and_its_trial_is_committed(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert expected in rewrite
    assert "try" not in rewrite and "proberen" not in rewrite and "probeer" not in rewrite


# the other's wish as the only goal, a sentence of reluctance after it
RELUCTANT_WISH = [
    (
        "nl",
        "Mijn leidinggevende wil dat ik ook op de veegmachine inzetbaar ben. Ik heb daar zelf "
        "niet zoveel zin in maar ik snap het wel.",
        "zoals mijn leidinggevende wil. Ik heb daar zelf niet zoveel zin in maar ik snap het wel.",
    ),
    (
        "nl",
        "De planner wil dat ik ook de vroege diensten draai. Niet echt mijn ding eerlijk gezegd.",
        "ga ik ook de vroege diensten draaien",
    ),
    (
        "nl",
        "Mijn chef wil dat ik de klachtenlijn ga bemannen. Geen zin in, maar goed.",
        "zoals mijn chef wil. Geen zin in, maar goed.",
    ),
    (
        "en",
        "My manager wants me to cover the night shifts as well. Not really my thing, to be honest.",
        "I will cover the night shifts as well",
    ),
    (
        "en",
        "The planner wants me to be available for the crane as well. Not keen, but I "
        "understand why.",
        "as the planner wants. Not keen, but I understand why.",
    ),
    (
        "en",
        "My boss wants me to take over the weekly stock report. Rather not, but fine.",
        "as my boss wants. Rather not, but fine.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), RELUCTANT_WISH)
def test_a_wish_with_a_reluctant_sentence_is_rewritten(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    assert expected in well_rewritten(checker, goal, lang)


# the writer's step first, the other's aim after it: the aim is its purpose
STEP_BEFORE_AIM = [
    (
        "en",
        "Learn to drive the forklift. My supervisor wants me to be able to unload the trucks "
        "on my own by spring.",
        "I will learn to drive the forklift, so that I am able to unload the trucks on my own "
        "by spring, as my supervisor wants.",
    ),
    (
        "en",
        "Take the food hygiene course. The owner wants me to run the kitchen on Sundays.",
        "I will take the food hygiene course, so that I can run the kitchen on Sundays, as the "
        "owner wants.",
    ),
    (
        "en",
        "Practise the closing procedure with Tom. My manager wants me to close the shop alone "
        "after the summer.",
        "I will practise the closing procedure with Tom, so that I can close the shop alone "
        "after the summer, as my manager wants.",
    ),
    (
        "nl",
        "De heftruckcursus volgen. Mijn chef wil dat ik in het voorjaar zelf de vrachtwagens "
        "kan lossen.",
        "Ik ga de heftruckcursus volgen, zodat ik in het voorjaar zelf de vrachtwagens kan "
        "lossen, zoals mijn chef wil.",
    ),
    (
        "nl",
        "Leren werken met het kassasysteem. Mijn leidinggevende wil dat ik vanaf de zomer ook "
        "de avonddiensten draai.",
        "zodat ik vanaf de zomer ook de avonddiensten kan draaien, zoals mijn leidinggevende wil.",
    ),
    (
        "nl",
        "Het koffiezetapparaat leren schoonmaken. De eigenaar wil dat ik op zondag zelf de "
        "zaak open.",
        "zodat ik op zondag zelf de zaak open, zoals de eigenaar wil.",
    ),
    (
        "nl",
        "Meelopen met Sandra bij de afsluiting. Mijn teamleider wil dat ik na de zomer zelf de "
        "winkel afsluit.",
        "zodat ik na de zomer zelf de winkel kan afsluiten, zoals mijn teamleider wil.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), STEP_BEFORE_AIM)
def test_a_step_before_the_others_aim_serves_it(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    assert expected in well_rewritten(checker, goal, lang)


def test_a_commitment_with_no_act_is_a_seam(checker: Checker) -> None:
    goal = (
        "Mijn leidinggevende wil dat ik volgend seizoen de reddingsboot ga varen, dus daarvoor "
        "moet ik mijn vaarbewijs halen. Liefst voor het zomerseizoen."
    )
    broken = (
        "Ik ga liefst voor het zomerseizoen ([datum]), met als bewijs [hoe gemeten], zodat ik "
        "volgend seizoen de reddingsboot kan varen, zoals mijn leidinggevende wil, dus daarvoor "
        "moet ik mijn vaarbewijs halen."
    )
    assert "ga" in seam_tags(checker, "nl", goal, broken)
    whole = "Ik ga vóór [datum] naar de cursus over reddingsboten."
    assert "ga" not in seam_tags(checker, "nl", goal, whole)
    en_goal = "My manager wants me to drive the rescue boat. Preferably before the summer."
    en_broken = (
        "I will preferably before the summer ([date]), with [how measured] as evidence, so "
        "that I can drive the rescue boat, as my manager wants."
    )
    assert "will" in seam_tags(checker, "en", en_goal, en_broken)
    assert "will" not in seam_tags(checker, "en", en_goal, "By [date], I will drive the boat.")


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        (
            "nl",
            "Hij wil het mij graag leren in de wintermaanden als het rustig is.",
            "In de wintermaanden ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat "
            "hij het mij graag wil leren als het rustig is.",
            "In de wintermaanden ga ik [concreet gedrag], zodat de klant krijgt wat hij wil.",
        ),
        (
            "en",
            "He wants to teach me in the winter months.",
            "By [date], I will [concrete behaviour], so that he wants to teach me.",
            "By [date], I will [concrete behaviour], so that the team gets what it wants.",
        ),
    ],
)
def test_anothers_wish_made_the_result_is_a_seam(
    checker: Checker, lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "wish" in seam_tags(checker, lang, goal, broken)
    assert "wish" not in seam_tags(checker, lang, goal, whole)
    assert "contradiction" in seam_kinds(checker, lang, goal, broken)


# a wish laid on everyone, the writer counted in ('dus dat moet ik ook'): the writer's own part
AMONG_ALL = [
    (
        "nl",
        "De afdelingsmanager wil dat iedereen dit jaar de e-learning stralingsbescherming "
        "opnieuw doet, dus dat moet ik ook nog.",
        "Ik ga dit jaar de e-learning stralingsbescherming opnieuw doen",
    ),
    (
        "nl",
        "De teamleider wil dat alle collega's hun BHV-diploma verlengen, dus dat moet ik ook.",
        "ga ik mijn BHV-diploma verlengen, net als alle collega's, zoals de teamleider wil.",
    ),
    (
        "nl",
        "De directie wil dat het hele team dit kwartaal de privacytraining volgt, dus dat moet "
        "ik ook.",
        "Ik ga dit kwartaal de privacytraining volgen, net als het hele team, zoals de directie "
        "wil.",
    ),
    (
        "en",
        "The head nurse wants all staff to renew their BLS certificate, so I need to do that as "
        "well.",
        "I will renew my BLS certificate, like all staff, as the head nurse wants.",
    ),
    (
        "en",
        "Our team lead wants the whole team to finish the GDPR module, so I have to do that too.",
        "I will finish the GDPR module, like the whole team, as our team lead wants.",
    ),
    (
        "en",
        "My manager wants everyone to take the new fire safety course, so I have to do that too.",
        "I will take the new fire safety course, as my manager wants.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), AMONG_ALL)
def test_a_wish_for_everyone_is_the_writers_own_part(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert expected in rewrite
    assert "ervoor dat" not in rewrite and "make sure" not in rewrite
