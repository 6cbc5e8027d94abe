"""The writer's wish told with doubt, a question to the manager, an offer, or someone else's
push (session 32), by category.

- a question that asks the manager to talk the goal over, with a filler or a pointer Dutch
  strands ('Kunnen we daar eens over praten?', 'Can we talk about that sometime?'), or that
  asks what the manager thinks ('Wat vind jij?', 'Any thoughts?'): an agreement asked, the
  goal agreed (asked_arrangements.py, pack arrangement_fillers, arrangement_asks);
- a bare act with a hedged time after a comma or a dash ('Become X — maybe next year?'):
  the act committed at that time (tail_times.py, frame.bare_act);
- the writer's doubt whether they can do the goal by the time it names ('..., maar ik weet
  niet of ik dat dit jaar al kan'): no deadline, the date asked, the doubt answered by it
  (timing_doubts.ability_doubt);
- the writer's short comment after the last comma of another's wish ('..., I guess both are
  useful'): a sentence of its own after the rewrite (WholeTextRewrites._comment_cut, pack
  comment_openers);
- a doubt of how with a hedged step after it ('Not sure how, visiting X maybe?'): the step
  committed, the goal its purpose (how_means.py, pack how_doubts);
- another person's report after a dash ('... - my team lead pointed out I ...'): kept as a
  sentence after the goal (remarks._reported, pack report_remark_verbs).

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.how_means import how_doubt
from tests.conftest import REF
from tests.support.rewriting import rewrite_style, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Ik zou de opleiding tot verzorgende willen doen, maar ik weet niet of dat te "
            "combineren is met mijn uren. Kunnen we daar over praten?",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik de opleiding tot verzorgende ga doen. Ik weet niet of dat te combineren is met mijn uren.",
        ),
        (
            "nl",
            "Ik wil de cursus boekhouden volgen. Kunnen we daar eens over praten?",
            "Vóór [datum] ga ik de cursus boekhouden volgen, met als bewijs [hoe gemeten], in "
            "overleg met [wie ondersteunt je].",
        ),
        (
            "nl",
            "Ik wil graag de cursus ledverlichting doen, maar ik weet niet of dat past met mijn "
            "diensten. Kunnen we hier samen over praten?",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik de cursus ledverlichting ga doen. Ik weet niet of dat past met mijn diensten.",
        ),
        (
            "en",
            "I'd like to do the welding course, but I'm not sure it fits with my hours. Can we "
            "talk about that sometime?",
            "By [date], I will agree with my manager on whether I do the welding course. I'm not sure it fits with my hours.",
        ),
        (
            "en",
            "I want to learn to drive the cherry picker. Could we discuss it together?",
            "By [date], I will learn to drive the cherry picker, with [how measured] as "
            "evidence, agreed with [who supports you].",
        ),
    ],
)
def test_a_question_to_talk_it_over_is_an_agreement_asked(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Iemand moet de voorraadlijst bijhouden, misschien kan ik dat oppakken? Wat vind jij?",
            "Vóór [datum] ga ik de voorraadlijst bijhouden, met als bewijs [hoe gemeten], in "
            "overleg met [wie ondersteunt je].",
        ),
        (
            "nl",
            "Er moet iemand de nieuwsbrief schrijven, misschien kan ik dat doen? Wat vind je "
            "ervan?",
            "Vóór [datum] ga ik de nieuwsbrief schrijven, met als bewijs [hoe gemeten], in "
            "overleg met [wie ondersteunt je].",
        ),
        (
            "en",
            "Someone has to keep the cleaning rota up to date, maybe I could take that on? What "
            "do you think?",
            "By [date], I will keep the cleaning rota up to date, with [how measured] as "
            "evidence, agreed with [who supports you].",
        ),
        (
            "en",
            "I want to take the forklift course. Any thoughts?",
            "By [date], I will take the forklift course, agreed with [who supports you].",
        ),
        (
            "nl",
            "Ik wil de cursus heftruck volgen. Wat denk jij?",
            "Vóór [datum] ga ik de cursus heftruck volgen, met als bewijs [hoe gemeten], in "
            "overleg met [wie ondersteunt je].",
        ),
    ],
)
def test_an_offer_or_a_wish_with_the_others_view_asked_is_agreed(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Become shift supervisor on line 2 \u2014 maybe next year?",
            "Next year, I will become shift supervisor on line 2.",
        ),
        (
            "en",
            "Take the crane operator course - maybe in spring?",
            "In spring, I will take the crane operator course.",
        ),
        (
            "en",
            "Learn to weld aluminium, maybe next year?",
            "Next year, I will learn to weld aluminium, with [how measured] as evidence.",
        ),
        (
            "nl",
            "Ploegleider worden op lijn 2 \u2014 misschien volgend jaar?",
            "Volgend jaar ga ik ploegleider worden op lijn 2.",
        ),
        (
            "nl",
            "De heftruckcursus doen - misschien in het voorjaar?",
            "In het voorjaar ga ik de heftruckcursus doen.",
        ),
        (
            "en",
            "Run the Saturday tasting sessions - maybe from March?",
            "From March, I will run the Saturday tasting sessions.",
        ),
    ],
)
def test_a_bare_act_with_a_hedged_time_is_committed_at_it(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Become team leader of the night shift \u2014 maybe next year?",
            "Next year, I will [concrete behaviour], with [how measured] as evidence, agreed "
            "with [who supports you], in order to become team leader of the night shift.",
        ),
        (
            "Get promoted to senior technician, maybe in 2028?",
            "In 2028, I will [concrete behaviour], agreed with [who supports you], in order to "
            "get promoted to senior technician.",
        ),
    ],
)
def test_an_outcome_others_decide_hedged_at_a_time_is_the_purpose(text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, "en") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Ik ga proberen om zelf een eiken kast te restaureren, maar ik weet niet of ik dat "
            "dit jaar al kan.",
            "Vóór [datum] ga ik zelf een eiken kast restaureren, met als bewijs [hoe gemeten], "
            "in overleg met [wie ondersteunt je].",
        ),
        (
            "en",
            "I'm going to try to reupholster a wingback chair myself, but I don't know if I can "
            "manage that this year.",
            "By [date], I will reupholster a wingback chair myself, with [how measured] as "
            "evidence, agreed with [who supports you].",
        ),
        (
            "nl",
            "Ik wil zelf een website bouwen voor de praktijk, maar ik weet niet of ik dat voor "
            "de zomer kan.",
            "Vóór [datum] ga ik zelf een website bouwen voor de praktijk.",
        ),
        (
            "en",
            "I want to rebuild the gearbox of the old tractor myself. Not sure I can do that "
            "before the summer.",
            "By [date], I will rebuild the gearbox of the old tractor myself, with [how "
            "measured] as evidence.",
        ),
    ],
)
def test_a_doubt_whether_the_time_is_feasible_asks_the_date(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "My manager wants me to do the fire safety course and also the one on first aid, I "
            "guess both are useful",
            "By [date], I will do the fire safety course and also the one on first aid, as my "
            "manager wants. I guess both are useful.",
        ),
        (
            "en",
            "My supervisor wants me to join the audit team, I suppose it makes sense",
            "By [date], I will join the audit team, with [how measured] as evidence, as my "
            "supervisor wants. I suppose it makes sense.",
        ),
        (
            "nl",
            "Mijn leidinggevende wil dat ik de cursus brandveiligheid doe en ook die over EHBO, "
            "lijkt me allebei wel nuttig.",
            "Vóór [datum] ga ik de cursus brandveiligheid doen en ook die over EHBO, zoals mijn "
            "leidinggevende wil. Lijkt me allebei wel nuttig.",
        ),
        (
            "nl",
            "De praktijkbegeleider wil dat ik de training reanimatie volg, klinkt wel goed.",
            "Vóór [datum] ga ik de training reanimatie volgen, zoals de praktijkbegeleider wil. "
            "Klinkt wel goed.",
        ),
    ],
)
def test_a_comment_after_anothers_wish_is_a_sentence_of_its_own(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Be more present on the shop floor (feedback from my manager). Not sure how, "
            "joining some morning briefings maybe?",
            "By [date], I will join some morning briefings, with [how measured] as evidence, in "
            "order to be more present on the shop floor (feedback from my manager).",
        ),
        (
            "en",
            "Get closer to our regular customers. No idea how, maybe organise a customer evening?",
            "By [date], I will organise a customer evening, in order to get closer to our "
            "regular customers.",
        ),
        (
            "nl",
            "Ik wil meer zichtbaar zijn op de werkvloer. Weet niet goed hoe, misschien vaker "
            "meelopen met de ochtendploeg?",
            "Vóór [datum] ga ik vaker meelopen met de ochtendploeg, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten], zodat ik meer zichtbaar op de "
            "werkvloer kan zijn.",
        ),
    ],
)
def test_a_step_hedged_after_a_doubt_of_how_is_committed(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_firm_step_after_a_doubt_of_how_is_no_means_asked() -> None:
    style = rewrite_style(CHECKER, "en")
    goal = CHECKER.parse(
        "Be more present on the shop floor. Not sure how, joining the briefings.",
        lang="en",
        reference_date=REF,
    )
    assert how_doubt(goal, style) is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Learn the CRM properly - my team lead pointed out I make too many mistakes.",
            "By [date], I will learn the CRM properly, with [how measured] as evidence. My team "
            "lead pointed out I make too many mistakes.",
        ),
        (
            "en",
            "Learn the booking system properly (refunds, group rates) - my supervisor noticed I "
            "make too many mistakes in refunds.",
            "By [date], I will learn the booking system properly (refunds, group rates), with "
            "[how measured] as evidence. My supervisor noticed I make too many mistakes in "
            "refunds.",
        ),
        (
            "nl",
            "Het kassasysteem goed leren - mijn leidinggevende gaf aan dat ik te veel fouten maak.",
            "Vóór [datum] ga ik het kassasysteem goed leren, met als bewijs [hoe gemeten]. Mijn "
            "leidinggevende gaf aan dat ik te veel fouten maak.",
        ),
        (
            "nl",
            "Het kassasysteem goed leren (retouren, cadeaubonnen) - mijn teamleider zegt dat ik "
            "te veel fouten maak bij retouren.",
            "Vóór [datum] ga ik het kassasysteem goed leren (retouren, cadeaubonnen), met als "
            "bewijs [hoe gemeten]. Mijn teamleider zegt dat ik te veel fouten maak bij retouren.",
        ),
    ],
)
def test_anothers_report_after_a_dash_is_kept_after_the_goal(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected
