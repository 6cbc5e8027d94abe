"""Another person's judgement that the writer must ("Mijn teamleider vindt dat ik ... moet",
"My supervisor thinks I should ...") fails A like their wish; the rewrite makes the duty the
writer's commitment and credits the other person at the end. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker, Criterion
from tests.support.rewrite_quality import evaluate_goal
from tests.support.rewriting import seam_kinds

CHECKER = Checker()

JUDGED = [
    (
        "nl",
        "Mijn praktijkopleider vindt dat ik vóór 1 april 2027 de wondzorgmodule moet afronden.",
        "Ik ga vóór 1 april 2027 de wondzorgmodule afronden, zoals mijn praktijkopleider adviseert.",
    ),
    (
        "nl",
        "Mijn chef zegt dat ik vóór 1 maart 2027 de voorraadlijst zelf moet bijhouden, liefst"
        " in het nieuwe systeem.",
        "Ik ga vóór 1 maart 2027 de voorraadlijst zelf bijhouden, liefst in het nieuwe systeem,"
        " met als bewijs [hoe gemeten], zoals mijn chef zegt.",
    ),
    (
        "nl",
        "Ik moet van de directie tot juli 2027 elke week een kort rapport maken.",
        "Ik ga tot juli 2027 elke week een kort rapport maken, met als bewijs [hoe gemeten],"
        " zoals de directie wil.",
    ),
    (
        "en",
        "My supervisor thinks I should finish the forklift refresher by 1 April 2027.",
        "I will finish the forklift refresher by 1 April 2027, as my supervisor advises.",
    ),
    (
        "en",
        "My mentor says I need to write one case report every week until June 2027.",
        "I will write one case report every week until June 2027, as my mentor says.",
    ),
]


#: A duty told with its source first, and requests or orders the writer received: the
#: writer commits to the clause, who set it is credited (an acronym keeps its capitals).
SET_BY_OTHERS = [
    (
        "nl",
        "Van mijn werkbegeleider moet ik vóór 1 april 2027 het logboek bijwerken.",
        "Ik ga vóór 1 april 2027 het logboek bijwerken, met als bewijs [hoe gemeten], zoals mijn"
        " werkbegeleider wil.",
    ),
    (
        "nl",
        "Van mijn ouders moet ik vóór 1 juli 2027 mijn vaarbewijs halen.",
        "Ik ga vóór 1 juli 2027 mijn vaarbewijs halen, zoals mijn ouders willen.",
    ),
    (
        "nl",
        "Ik ben gevraagd om vóór 1 april 2027 de nieuwe kassamedewerkers in te werken.",
        "Ik ga vóór 1 april 2027 de nieuwe kassamedewerkers inwerken, met als bewijs"
        " [hoe gemeten].",
    ),
    (
        "nl",
        "De gemeente verplicht mij om vóór 1 april 2027 een VOG aan te vragen.",
        "Ik ga vóór 1 april 2027 een VOG aanvragen, op verzoek van de gemeente.",
    ),
    (
        "nl",
        "Ik heb van de regiomanager de opdracht gekregen om vóór 1 april 2027 het"
        " voorraadsysteem te testen.",
        "Ik ga vóór 1 april 2027 het voorraadsysteem testen, met als bewijs [hoe gemeten], op"
        " verzoek van de regiomanager.",
    ),
    (
        "en",
        "I've been told by the area manager to test the stock system by 1 April 2027.",
        "I will test the stock system by 1 April 2027, with [how measured] as evidence, at the"
        " request of the area manager.",
    ),
    (
        "en",
        "I was asked to train the new cashiers by 1 April 2027.",
        "I will train the new cashiers by 1 April 2027, with [how measured] as evidence.",
    ),
    (
        "en",
        "HR requires me to renew my security training by 1 April 2027.",
        "I will renew my security training by 1 April 2027, as HR requires.",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), JUDGED + SET_BY_OTHERS)
def test_the_others_duty_becomes_the_writers_commitment(
    lang: str, text: str, expected: str
) -> None:
    report = CHECKER.check(text, lang=lang)
    assert not report.criteria[Criterion.A].passed
    assert report.rewrite == expected
    outcome = evaluate_goal(CHECKER, text, lang)
    assert outcome is not None and outcome.ok, outcome


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        (
            "en",
            "My supervisor thinks I should reply to tenants faster.",
            "My supervisor thinks, I will reply to tenants faster by [date].",
            "I will reply to tenants faster by [date], as my supervisor advises.",
        ),
        (
            "nl",
            "Mijn coach vindt dat ik sneller moet terugbellen.",
            "Mijn coach vindt, ik ga vóór [datum] sneller terugbellen.",
            "Ik ga vóór [datum] sneller terugbellen, zoals mijn coach adviseert.",
        ),
    ],
)
def test_an_opinion_spliced_to_the_goal_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert seam_kinds(CHECKER, lang, goal, broken)
    assert seam_kinds(CHECKER, lang, goal, whole) == set()


def test_the_duty_may_go_only_when_it_is_credited() -> None:
    """Without the other person's words the dropped 'moet' is a lost modal."""
    goal = "Mijn coach vindt dat ik sneller moet terugbellen."
    assert "lost_modal" in seam_kinds(
        CHECKER, "nl", goal, "Ik ga vóór [datum] sneller terugbellen."
    )


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        (
            "My manager wants all cashiers to count the till twice a day until June 2027.",
            "I will make sure that all cashiers count the till twice a day until June 2027, as"
            " my manager wants.",
        ),
        (
            "My manager expects the kitchen staff to label every container until June 2027.",
            "I will make sure that the kitchen staff labels every container until June 2027, with"
            " [how measured] as evidence, as my manager expects.",
        ),
    ],
)
def test_another_persons_wish_that_others_act_is_seen_to_by_the_writer(
    goal: str, expected: str
) -> None:
    """'X wants all drivers to ...': the writer's part is seeing to it, X is credited."""
    report = CHECKER.check(goal, lang="en")
    assert not report.criteria[Criterion.A].passed
    assert report.rewrite == expected


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        (
            "en",
            "My manager wants all cashiers to count the till twice a day.",
            "By [date], I will make sure that my manager wants all cashiers to count the till"
            " twice a day.",
            "By [date], I will make sure that all cashiers count the till twice a day, as my"
            " manager wants.",
        ),
        (
            "nl",
            "Het team moet vaker overleggen.",
            "Vóór [datum] zorg ik ervoor dat het team vindt dat het vaker overlegt.",
            "Vóór [datum] zorg ik ervoor dat het team vaker overlegt.",
        ),
    ],
)
def test_no_one_sees_to_another_persons_wish(lang: str, goal: str, broken: str, whole: str) -> None:
    """A wish or judgement inside 'make sure that ...' is a seam; the clause it was about
    is not (the Dutch present form the small tagger calls an adjective, 'overlegt', too)."""
    assert "word_order" in seam_kinds(CHECKER, lang, goal, broken)
    assert seam_kinds(CHECKER, lang, goal, whole) == set()


def test_a_thing_after_van_sets_no_duty() -> None:
    """'Van elk gesprek moet ik ...' (of every talk): the writer's own duty, nobody to credit."""
    report = CHECKER.check(
        "Van elke klantmelding moet ik vóór 1 april 2027 een analyse maken.", lang="nl"
    )
    assert report.criteria[Criterion.A].passed
    assert report.rewrite is None or "zoals" not in report.rewrite


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        # a verb stem the small tagger calls a noun ('vraag') takes its infinitive
        (
            "nl",
            "Mijn ploegleider wil dat ik vaker om hulp vraag.",
            "zoals mijn ploegleider wil.",
        ),
        # a group named by a common noun loses its capital inside the sentence
        (
            "en",
            "Management wants all cashiers to count the till twice a day until June 2027.",
            "as management wants.",
        ),
    ],
)
def test_the_credit_reads_inside_the_sentence(lang: str, goal: str, expected: str) -> None:
    report = CHECKER.check(goal, lang=lang)
    assert report.rewrite is not None and report.rewrite.endswith(expected), report.rewrite
