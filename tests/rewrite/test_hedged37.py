"""A goal with a hedged or asked next step, means or role beside it (session 37), by category.

- a hedged or asked next step after the goal ('..., and maybe move to a dispatch role next
  year?', '..., en misschien daarna zelf X beheren?', '..., evt. ook X doen'): the goal is
  rewritten, the step told after it as the writer's step to discuss with the manager
  (hedged_steps.py); it was the structured fallback, the hedge dropped and the step
  committed inside it;
- a plan to ask for a means ('Will ask if I can sit with Priya for a couple of mornings',
  'Ik ga vragen of ik een paar dagen mag meelopen met Karin'): the means is the goal's way,
  agreed with whom it names ('..., by sitting with Priya ..., agreed with Priya');
- a role asked or hedged ('- ploegleider worden?', 'Maybe become a charge nurse?', '...,
  misschien als teamleider'): the writer's step of agreeing on it with the manager, in the
  imposed-role reading's frame ('Ik maak samen met mijn leidinggevende uit of ik ploegleider
  word').

Goals written fresh for these categories, in other trades than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()

# -- a hedged or asked next step after the goal ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "Learn to run the new labelling machine on my own, and maybe train the night "
            "shift on it later?",
            "By [date], I will learn to run the new labelling machine on my own. I will "
            "discuss with my manager whether I can train the night shift on it later.",
        ),
        (
            "en",
            "Spend two days with the dispatchers to see how the routes are built, and maybe "
            "move to a dispatch role next year?",
            "By [date], I will spend two days with the dispatchers to see how the routes are "
            "built. I will discuss with my manager whether I can move to a dispatch role next "
            "year.",
        ),
        (
            "en",
            "Take over the weekly stock count in the bakery, and perhaps also order the flour "
            "myself?",
            "By [date], I will take over the weekly stock count in the bakery, with [how "
            "measured] as evidence. I will discuss with my manager whether I can also order "
            "the flour myself.",
        ),
        (
            "nl",
            "Meedraaien met de inkopers om te leren hoe ze de voorraad bestellen, en misschien "
            "daarna zelf een categorie beheren?",
            "Vóór [datum] ga ik meedraaien met de inkopers, met als bewijs [hoe gemeten], in "
            "overleg met [wie ondersteunt je], om te leren hoe ze de voorraad bestellen. Ik "
            "bespreek met mijn leidinggevende of ik daarna zelf een categorie kan beheren.",
        ),
        (
            "nl",
            "De nieuwe kassasoftware leren gebruiken, evt. ook de weekafsluiting doen.",
            "Vóór [datum] ga ik de nieuwe kassasoftware leren gebruiken, met als bewijs [hoe "
            "gemeten]. Ik bespreek met mijn leidinggevende of ik ook de weekafsluiting kan "
            "doen.",
        ),
        (
            "nl",
            "Het heftruckcertificaat halen, en misschien volgend jaar ook de reachtruck rijden?",
            "Vóór [datum] ga ik het heftruckcertificaat halen. Ik bespreek met mijn "
            "leidinggevende of ik volgend jaar ook de reachtruck kan rijden.",
        ),
    ],
)
def test_a_hedged_next_step_is_discussed_after_the_goal(
    lang: str, goal: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == expected


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "Learn more about stock control, maybe do a warehouse course.",
            "By [date], I will do a warehouse course, so that I can learn more about stock "
            "control.",
        ),
        (
            "en",
            "Get the forklift licence for the reach truck, and perhaps also the one for the "
            "order picker.",
            "By [date], I will get the forklift licence for the reach truck, and also the one "
            "for the order picker, agreed with [who supports you].",
        ),
    ],
)
def test_a_hedged_means_or_thing_keeps_its_own_reading(lang: str, goal: str, expected: str) -> None:
    # ', maybe do X' with no coordinator or adverb is the goal's means; a thing is no step
    assert shown_rewrite(CHECKER, goal, lang) == expected


# -- a plan to ask for a means ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "Understand our payroll system well enough to run the monthly corrections myself. "
            "Will ask if I can sit with Priya for a couple of mornings",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to understand our payroll system well enough to run the monthly corrections "
            "myself, by sitting with Priya for a couple of mornings, agreed with Priya.",
        ),
        (
            "en",
            "Learn to read the hydraulic schematics of our presses. Going to ask if I could "
            "join Marek on his maintenance rounds",
            "By [date], I will learn to read the hydraulic schematics of our presses, with "
            "[how measured] as evidence, by joining Marek on his maintenance rounds, agreed "
            "with Marek.",
        ),
        (
            "en",
            "Handle the supplier claims on my own. I'll ask if I can shadow Jonas for three "
            "afternoons.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to handle the supplier claims on my own, by shadowing Jonas for three afternoons, "
            "agreed with Jonas.",
        ),
        (
            "nl",
            "Zelf de offertes in Exact kunnen maken. Ik ga vragen of ik een paar dagen mag "
            "meelopen met Karin.",
            "Vóór [datum] kan ik zelf de offertes in Exact maken, door een paar dagen "
            "mee te lopen met Karin, in overleg met Karin.",
        ),
        (
            "nl",
            "Het kassasysteem goed leren kennen. Ik vraag of ik een week mag meedraaien met de "
            "filiaalmanager.",
            "Vóór [datum] ga ik het kassasysteem goed leren kennen, met als bewijs [hoe "
            "gemeten], door een week mee te draaien met de filiaalmanager, in overleg met mijn "
            "leidinggevende.",
        ),
        (
            "nl",
            "Zelfstandig de bestellingen bij de groothandel doen. Ik ga vragen of ik twee "
            "ochtenden mag meekijken bij Fatima.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om "
            "zelfstandig de bestellingen bij de groothandel te doen, door twee ochtenden mee "
            "te kijken bij Fatima, in overleg met Fatima.",
        ),
    ],
)
def test_a_means_the_writer_will_ask_for_is_the_way_agreed(
    lang: str, goal: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == expected


# -- a role asked or hedged -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "Become a shift lead?",
            "By [date], I will agree with my manager on whether I become a shift lead.",
        ),
        (
            "en",
            "Maybe become a charge nurse?",
            "By [date], I will agree with my manager on whether I become a charge nurse.",
        ),
        (
            "en",
            "More say in the kitchen rota, maybe as a sous chef.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to have more say in the kitchen rota. I will agree with my manager on whether I "
            "become a sous chef.",
        ),
        (
            "nl",
            "- ploegleider worden?",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik ploegleider word, met "
            "als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Misschien vestigingsmanager worden?",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik vestigingsmanager word, "
            "met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Meer verantwoordelijkheid in het magazijn, misschien als teamleider.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer "
            "verantwoordelijkheid te hebben in het magazijn. Ik maak samen met mijn "
            "leidinggevende uit of ik teamleider word.",
        ),
    ],
)
def test_a_role_asked_or_hedged_is_agreed_with_the_manager(
    lang: str, goal: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == expected


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "Become a shift lead?"),
        ("nl", "- ploegleider worden?"),
        ("en", "Spend two days with the dispatchers, and maybe move to a dispatch role?"),
        ("nl", "De kassa leren bedienen, en misschien daarna zelf de kas opmaken?"),
    ],
)
def test_the_step_or_role_is_never_committed(lang: str, goal: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    shown = report.rewrite or ""
    assert "?" not in shown
    committed = ("I will become", "I will move", "ga ik ploegleider", "ga ik daarna")
    assert not any(c in shown for c in committed)


# -- a partner hedged or asked after the goal (the role's support) ----------------------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "My team lead wants me to organise the summer party for the depot. Fine by me, but "
            "I've never done it, maybe together with Sandra?",
            "By [date], I will organise the summer party for the depot, as my team lead wants, "
            "with support from Sandra. Fine by me, but I've never done it.",
        ),
        (
            "en",
            "My manager would like me to run the new-starter training. I'd like that too, but "
            "I have never trained a group, so maybe together with HR?",
            "By [date], I will run the new-starter training, as my manager would like, with "
            "support from HR. I'd like that too, but I have never trained a group.",
        ),
        (
            "en",
            "Write the new safety induction for the yard, maybe with help from the HSE advisor.",
            "By [date], I will write the new safety induction for the yard, with help from the "
            "HSE advisor, with [how measured] as evidence, agreed with [who supports you].",
        ),
        (
            "nl",
            "Mijn chef wil dat ik de jaarlijkse inventarisatie leid. Dat lijkt me leuk, maar ik "
            "heb nog nooit een team aangestuurd, dus misschien samen met Joyce?",
            "Vóór [datum] ga ik de jaarlijkse inventarisatie leiden, met als bewijs [hoe "
            "gemeten], zoals mijn chef wil, met steun van Joyce. Dat lijkt me leuk, maar ik "
            "heb nog nooit een team aangestuurd.",
        ),
        (
            "nl",
            "De nieuwe werkinstructie voor de menger schrijven, evt. samen met de procesoperator.",
            "Vóór [datum] ga ik de nieuwe werkinstructie voor de menger schrijven, met steun "
            "van de procesoperator.",
        ),
        (
            "nl",
            "Ik wil de open dag van de opleiding organiseren, misschien met hulp van de "
            "communicatieafdeling?",
            "Vóór [datum] ga ik de open dag van de opleiding organiseren, bijvoorbeeld met "
            "hulp van de communicatieafdeling.",
        ),
    ],
)
def test_a_hedged_partner_supports_the_goal(lang: str, goal: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == expected
