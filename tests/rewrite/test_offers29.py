"""An offer, a suggestion or a question beside a need or a wish (session 29).

- a need nobody owns and the writer's offer of an act of their own after it ("Er moet X
  komen. Misschien kan ik daar Y voor maken?", "X needs to improve; maybe I could Y?", "I'd
  like to help with that"): the act is committed, the need is what it is for ("zodat X",
  "so that X"); an offer that only points back ("I could do that") stays the claim;
- another person's advice of a course named as a thing, with the writer's agreement and an
  obstacle after it ("My mentor recommends the X course. I'm keen but it's expensive."): the
  course followed as the other advises, the obstacle kept after it;
- the writer's own act told only as an offer ("Maybe I could X", "Ik zou X kunnen doen"): the
  writer's wish, committed; a dated offer ("By [date], I could X") is refused;
- the writer's wish stated with a question mark ("I want X and maybe Y?"): read as stated;
- a question that asks the manager to talk the goal over ("Can we discuss this?", "Kunnen we
  dat bespreken?"): the goal agreed with the one asked, each goal when there are two.

Goals written fresh for these categories, in other fields and roles than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Er moet een duidelijker inwerkprogramma komen voor stagiairs, nu weet niemand wat ze "
            "moeten doen. Misschien kan ik daar een draaiboek voor maken?",
            "Vóór [datum] ga ik een draaiboek maken, zodat er een duidelijker inwerkprogramma "
            "voor stagiairs komt, met als bewijs [hoe gemeten]. Nu weet niemand wat ze moeten "
            "doen.",
        ),
        (
            "nl",
            "De overdracht bij de nachtdienst moet beter. Ik zou daar een vast formulier voor "
            "kunnen ontwerpen.",
            "Vóór [datum] ga ik een vast formulier ontwerpen, met als bewijs [hoe gemeten], "
            "zodat de overdracht bij de nachtdienst beter wordt.",
        ),
        (
            "nl",
            "Er moet een betere afspraak komen over het gebruik van de bedrijfsbus, want nu staat "
            "hij vaak leeg. Ik wil daar graag in meedenken.",
            "Vóór [datum] ga ik meedenken, zodat er een betere afspraak over het gebruik van de "
            "bedrijfsbus komt, met als bewijs [hoe gemeten], want nu staat hij vaak leeg.",
        ),
        (
            "nl",
            "De communicatie met de ouders moet beter. Ik kan daarbij helpen.",
            "Vóór [datum] ga ik helpen, met als bewijs [hoe gemeten], zodat de communicatie "
            "met de ouders beter wordt.",
        ),
        (
            "en",
            "The stockroom needs to be tidier; maybe I could make a labelling plan?",
            "By [date], I will make a labelling plan, so that the stockroom is tidier, with [how "
            "measured] as evidence.",
        ),
        (
            "en",
            "There has to be a clearer rota for the holiday period. I'd like to help with that.",
            "By [date], I will help, so that there is a clearer rota for the holiday period, with "
            "[how measured] as evidence.",
        ),
        (
            "nl",
            "De planning moet eerder klaar zijn. Kan ik daarbij helpen?",
            "Vóór [datum] ga ik helpen, zodat de planning eerder klaar is, van [huidig aantal] "
            "naar [streefaantal], met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "The intake of new patients must get faster. Maybe I could write a checklist for it?",
            "By [date], I will write a checklist, so that the intake of new patients gets faster, "
            "from [current number] to [target number], with [how measured] as evidence.",
        ),
    ],
)
def test_the_act_offered_beside_a_need_is_committed_for_it(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        # only a claim on the need itself: the need is the writer's own part, as before
        ("en", "Someone has to train the new cashiers. I could do that.", "I will train"),
        # a negation is no offer
        ("nl", "Er moet een nieuwe kassa komen. Ik kan daar niet mee werken.", "zorg ik ervoor"),
    ],
)
def test_a_claim_or_a_refusal_is_no_act_offered(lang: str, text: str, kept: str) -> None:
    assert kept in well_rewritten(CHECKER, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "My mentor recommends the conflict handling course. I'm keen but it's expensive.",
            "By [date], I will complete the conflict handling course, as my mentor recommends. "
            "It's expensive.",
        ),
        (
            "en",
            "My supervisor suggests the customer service training. I'd like to do it but there's "
            "a waiting list.",
            "By [date], I will complete the customer service training, as my supervisor suggests. "
            "There's a waiting list.",
        ),
        (
            "en",
            "My coach recommended the customer service training.",
            "By [date], I will complete the customer service training, as my coach recommended.",
        ),
        (
            "nl",
            "Mijn begeleider raadt de cursus gespreksvoering aan. Lijkt me leuk, maar de cursus "
            "is vol.",
            "Vóór [datum] ga ik de cursus gespreksvoering volgen, zoals mijn begeleider aanraadt. "
            "De cursus is vol.",
        ),
        (
            "nl",
            "Mijn teamleider stelt de training klantcontact voor. Wil ik graag doen.",
            "Vóór [datum] ga ik de training klantcontact volgen, zoals mijn teamleider voorstelt.",
        ),
    ],
)
def test_a_course_advised_as_a_thing_is_followed_as_advised(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Ik wil graag de nieuwsbrief gaan schrijven?",
            "Vóór [datum] ga ik de nieuwsbrief schrijven, met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "I want to run the Saturday market stall and maybe become the treasurer?",
            "By [date], I will run the Saturday market stall, with [how measured] as evidence.\n"
            # the floated part ('and maybe ...') settled with the manager (floated_steps.py)
            "By [date], I will agree with my manager on whether I become the treasurer.",
        ),
    ],
)
def test_a_wish_stated_with_a_question_mark_is_read_as_stated(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I'd like to learn Python but is that realistic?"),
        ("nl", "Ik wil Excel leren of toch liever Access?"),
    ],
)
def test_a_real_question_after_a_wish_is_not_stated(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang)
    assert report.rewrite is None or "?" in report.rewrite


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "I want to learn to drive the reach truck. Could we talk about it?",
            "By [date], I will learn to drive the reach truck, with [how measured] as evidence, "
            "agreed with [who supports you].",
        ),
        (
            "nl",
            "Ik wil de cursus barista volgen. Kunnen we het daarover hebben?",
            "Vóór [datum] ga ik de cursus barista volgen, in overleg met [wie ondersteunt je].",
        ),
        (
            "nl",
            "Ik wil vaker de kassa doen en misschien ook de bestellingen overnemen? Kunnen we dat "
            "bespreken?",
            "Vóór [datum] ga ik vaker de kassa doen, van [huidig aantal] naar [streefaantal], met "
            "als bewijs [hoe gemeten], in overleg met [wie ondersteunt je].\n"
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik de bestellingen ga "
            "overnemen, met als bewijs [hoe gemeten].",  # settled: agreed already
        ),
        (
            "en",
            "I want to run the Saturday market stall and maybe become the treasurer? Can we "
            "discuss this?",
            "By [date], I will run the Saturday market stall, with [how measured] as evidence, "
            "agreed with [who supports you].\n"
            "By [date], I will agree with my manager on whether I become the treasurer.",
        ),
    ],
)
def test_a_question_to_talk_the_goal_over_is_its_agreement(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Maybe I could organise the team lunch.",
            "By [date], I will agree with my manager on whether I organise the team lunch.",
        ),
        (
            "en",
            "I might take over the weekly stock count.",
            "By [date], I will take over the weekly stock count, with [how measured] as evidence.",
        ),
        (
            "nl",
            "Ik zou de nieuwsbrief kunnen schrijven.",
            "Vóór [datum] ga ik de nieuwsbrief schrijven, met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Misschien zou ik de inventarisatie kunnen doen.",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik de inventarisatie ga doen, met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_an_act_told_only_as_an_offer_is_committed_or_settled_when_floated(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_an_offer_dated_as_a_commitment_is_refused() -> None:
    goal = "Maybe I could organise the team lunch."
    candidate = "By [date], I could organise the team lunch, with [how measured] as evidence."
    assert "lost_tense" in seam_kinds(CHECKER, "en", goal, candidate)
    inside = "By [date], I will learn Spanish so that I could talk to the suppliers."
    assert "lost_tense" not in seam_kinds(CHECKER, "en", "I want to learn Spanish.", inside)
