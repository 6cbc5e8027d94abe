"""The writer's own part of packed duties, of others' wishes and of outcomes others decide.

Issue #12 (JUDGING A): a duty nobody owns, a duty laid on a group, an outcome someone else
decides (being promoted, appointed, hired) and a wish that others act all fail A; the rewrite
takes the writer's own controllable part and keeps the writer's words. Four kinds, each with
fresh goals written for the category (none from the measured sets):

1. An impersonal duty packed with a second clause after a comma: one that narrows it ("vooral
   ...", "especially ..."), one that concludes from it ("dus ...", "so ..."), or one that
   takes up its thing with a demonstrative and has its own deadline ("dat moet voor ...",
   "and it has to be ... before ..."). Both clauses become the writer's part ("zorg ik ervoor
   dat ... en dat ...", "I will make sure that ... and that ..."), the deadline kept once.
2. A duty to see to something laid on a group ("Het team moet ervoor zorgen dat ...", "The
   team should make sure ..."): the writer sees to it together with the group.
3. An outcome others decide with the writer's means to it ("Promotie maken ... door beter te
   communiceren", "Get appointed ... by ...") or after someone else's wish with a pronoun
   step ("Mijn manager wil dat ik ..., dat ga ik ... regelen"): a concrete behaviour of the
   writer's with the means and outcome (or the step) as its purpose.
4. An English wish that others act ("I want my team to give more feedback"): "I will make
   sure that my team gives more feedback", the verb agreeing with the others.

Each rewrite, once its placeholders are filled, passes every criterion the original failed,
keeps the writer's content words and shows no seam (the rewrite-quality measure); the seam
checks that had to learn a shape have a whole sentence that passes and a broken sibling that
still fails.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF
from tests.support.rewrite_quality import evaluate_goal
from tests.support.rewriting import seam_kinds

CHECKER = Checker()


def _rewritten_well(text: str, lang: str) -> str:
    """The rewrite of a goal that fails A, asserted to be rewritten well (see module doc)."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.criteria[Criterion.A].passed, "the example must fail A"
    outcome = evaluate_goal(CHECKER, text, lang)
    assert outcome is not None
    assert outcome.ok, outcome
    assert outcome.rewrite is not None
    return outcome.rewrite


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Er moeten minder no-shows komen bij de fysiotherapie, met name het aantal gemiste "
            "eerste afspraken moet omlaag.",
            "nl",
            "zorg ik ervoor dat er minder no-shows bij de fysiotherapie komen en dat met name "
            "het aantal gemiste eerste afspraken omlaag gaat",
        ),
        (
            "De kinderopvang moet de GGD-inspectie doorstaan, daarom moeten alle protocollen "
            "worden nagelopen.",
            "nl",
            "zorg ik ervoor dat de kinderopvang de GGD-inspectie doorstaat en dat daarom alle "
            "protocollen nagelopen worden",
        ),
        (
            "Er moet een nieuw intakeformulier komen voor de poli, dat moet voor de zomer "
            "klaar zijn",
            "nl",
            "Ik zorg ervoor dat er een nieuw intakeformulier voor de poli komt en dat het voor "
            "de zomer klaar is",
        ),
        (
            "There must be fewer late deliveries to the north depot, especially the number of "
            "missed morning slots has to go down.",
            "en",
            "I will make sure that there are fewer late deliveries to the north depot and that "
            "especially the number of missed morning slots goes down",
        ),
        (
            "The clinic must pass the inspection next spring, so all the cleaning protocols "
            "have to be rewritten.",
            "en",
            "Next spring, I will make sure that the clinic passes the inspection and that all "
            "the cleaning protocols are rewritten",
        ),
        (
            "There should be a new visitor policy for the ward, and it needs to be ready "
            "before Easter.",
            "en",
            "I will make sure that there is a new visitor policy for the ward and that it is "
            "ready before Easter",
        ),
    ],
)
def test_a_duty_packed_with_a_second_clause_is_the_writers_part_of_both(
    text: str, lang: str, expected: str
) -> None:
    rewrite = _rewritten_well(text, lang)
    assert expected in rewrite
    assert rewrite.count("[datum]") + rewrite.count("[date]") <= 1  # one deadline at most


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Het planningsteam moet ervoor zorgen dat elke monteur een vaste regio heeft.",
            "nl",
            "ga ik samen met het planningsteam ervoor zorgen dat elke monteur een vaste regio "
            "heeft",
        ),
        (
            "De nachtdienst moet erop toezien dat alle medicatie vóór 7 uur is afgetekend.",
            "nl",
            "ga ik samen met de nachtdienst erop toezien dat alle medicatie vóór 7 uur is "
            "afgetekend",
        ),
        (
            "De planners moeten zorgen dat elk rooster twee weken vooruit klaarstaat.",
            "nl",
            "ga ik samen met de planners zorgen dat elk rooster twee weken vooruit klaarstaat",
        ),
        (
            "The planning team must make sure that every engineer has a fixed region.",
            "en",
            "together with the planning team, I will make sure that every engineer has a fixed "
            "region",
        ),
        (
            "The cashiers should ensure every refund is signed off by a supervisor.",
            "en",
            "together with the cashiers, I will ensure that every refund is signed off by a "
            "supervisor",
        ),
        (
            "The night shift has to see to it that every patient file is signed off before "
            "handover.",
            "en",
            "together with the night shift, I will see to it that every patient file is "
            "signed off before handover",
        ),
    ],
)
def test_a_group_duty_to_see_to_something_is_seen_to_with_the_group(
    text: str, lang: str, expected: str
) -> None:
    assert expected in _rewritten_well(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Promotie maken naar senior adviseur binnen een half jaar door beter te communiceren",
            "nl",
            "ga ik [concreet gedrag]",
        ),
        (
            "Een vaste aanstelling krijgen binnen een jaar door beter te plannen",
            "nl",
            "om beter te plannen en een vaste aanstelling te krijgen",
        ),
        (
            "Binnen een half jaar gekozen worden in de ondernemingsraad door vaker mijn mening "
            "te geven",
            "nl",
            "om vaker mijn mening te geven en gekozen te worden in de ondernemingsraad",
        ),
        (
            "Get promoted to Senior Engineer within 6 months by mentoring the new hires",
            "en",
            "I will [concrete behaviour]",
        ),
        (
            "Get a permanent contract within six months by showing more initiative",
            "en",
            "I will [concrete behaviour]",
        ),
        (
            "De clustermanager wil dat ik word aangesteld als praktijkopleider, dat ga ik na de "
            "zomer in gang zetten.",
            "nl",
            "in gang zetten dat ik word aangesteld als praktijkopleider",
        ),
        (
            "Mijn manager wil dat ik een vaste aanstelling krijg, dat ga ik dit jaar nog oppakken.",
            "nl",
            "ga ik [concreet gedrag]",
        ),
        (
            "Ik ga voor de zomer regelen dat ik word benoemd tot locatiemanager.",
            "nl",
            "Voor de zomer ga ik [concreet gedrag], in overleg met [wie ondersteunt je], om te "
            "regelen dat ik word benoemd tot locatiemanager",
        ),
    ],
)
def test_an_outcome_others_decide_becomes_the_purpose_of_the_writers_behaviour(
    text: str, lang: str, expected: str
) -> None:
    assert expected in _rewritten_well(text, lang)


def test_the_means_and_the_outcome_are_the_purpose_in_that_order() -> None:
    rewrite = _rewritten_well(
        "Promotie maken naar senior adviseur binnen een half jaar door beter te communiceren",
        "nl",
    )
    assert rewrite.startswith("Vóór 23 mei 2027 ga ik [concreet gedrag]")
    assert rewrite.endswith("om beter te communiceren en promotie te maken naar senior adviseur.")


def test_another_persons_wish_stays_as_the_reason_of_the_writers_step() -> None:
    rewrite = _rewritten_well(
        "Mijn coach wil dat ik doorstroom naar een leidinggevende rol, dat ga ik dit jaar nog "
        "aanpakken.",
        "nl",
    )
    assert "aanpakken dat ik doorstroom naar een leidinggevende rol" in rewrite
    assert rewrite.endswith(", zoals mijn coach wil.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I want my volunteers to keep a record of every visit",
            "I will make sure that my volunteers keep a record of every visit",
        ),
        (
            "I'd like the new drivers to be introduced to every depot manager",
            "I will make sure that the new drivers are introduced to every depot manager",
        ),
        (
            "I would like our apprentices to ask more questions during the morning briefing",
            "I will make sure that our apprentices ask more questions during the morning briefing",
        ),
        (
            "I'd like my colleagues to update the shared calendar",
            "I will make sure that my colleagues update the shared calendar",
        ),
        (
            "I want the cleaners to empty the bins twice a day",
            "I will make sure that the cleaners empty the bins twice a day",
        ),
    ],
)
def test_an_english_wish_that_others_act_is_the_writers_part(text: str, expected: str) -> None:
    rewrite = _rewritten_well(text, "en")
    assert expected in rewrite
    assert "want" not in rewrite and "like" not in rewrite


# -- the seam checks that learned a shape: the whole sentence passes, the broken one fails --


def test_a_group_duty_seen_to_with_the_group_has_lost_no_modal() -> None:
    goal = "Het supportteam moet ervoor zorgen dat elke melding één eigenaar heeft."
    whole = (
        "Vóór 1 juni 2027 ga ik samen met het supportteam ervoor zorgen dat elke melding één "
        "eigenaar heeft."
    )
    broken = "Vóór 1 juni 2027 ga ik samen met het supportteam elke melding één eigenaar geven."
    assert "lost_modal" not in seam_kinds(CHECKER, "nl", goal, whole)
    assert "lost_modal" in seam_kinds(CHECKER, "nl", goal, broken)


def test_a_purpose_with_two_te_infinitives_is_no_infinitive_to_get() -> None:
    goal = "Een vaste baan krijgen door vaker te presenteren"
    whole = (
        "Vóór 1 juni 2027 ga ik oefenen, met als bewijs een verslag, om vaker te presenteren en "
        "een vaste baan te krijgen."
    )
    broken = (
        "Vóór 1 juni 2027 ga ik oefenen, met als bewijs een verslag, om presenteren en een "
        "vaste baan te krijgen."
    )
    assert "word_order" not in seam_kinds(CHECKER, "nl", goal, whole)
    assert "word_order" in seam_kinds(CHECKER, "nl", goal, broken)


def test_a_counted_noun_the_tagger_calls_finite_is_no_verb_of_the_clause() -> None:
    goal = "Er moeten minder no-shows komen bij de tandarts."
    whole = "Vóór 1 juni 2027 zorg ik ervoor dat er minder no-shows bij de tandarts komen."
    broken = "Vóór 1 juni 2027 zorg ik ervoor dat er minder no-shows komen bij de tandarts."
    assert "word_order" not in seam_kinds(CHECKER, "nl", goal, whole)
    assert "word_order" in seam_kinds(CHECKER, "nl", goal, broken)


@pytest.mark.parametrize(
    ("text", "lang", "detail", "credit"),
    [
        (
            "Mijn leidinggevende vindt dat ik de weekrapportage eerder moet insturen, liefst op "
            "vrijdag voor de lunch.",
            "nl",
            "voor de lunch",
            ", zoals mijn leidinggevende adviseert.",
        ),
        (
            "Volgens mijn begeleider moet ik mijn dossiers sneller bijwerken, het liefst "
            "dezelfde dag nog.",
            "nl",
            ", het liefst dezelfde dag nog",
            ", volgens mijn begeleider.",
        ),
        (
            "Mijn praktijkbegeleider vindt dat ik mijn verslagen beter moet structureren, met "
            "name de conclusies.",
            "nl",
            ", met name de conclusies",
            ", zoals mijn praktijkbegeleider adviseert.",
        ),
        (
            "My coach thinks I should take more breaks, preferably away from my desk.",
            "en",
            ", preferably away from my desk",
            ", as my coach advises.",
        ),
        (
            "According to my mentor, I have to ask more follow-up questions in interviews, "
            "especially with new clients.",
            "en",
            ", especially with new clients",
            ", according to my mentor.",
        ),
        (
            "My line manager says I need to reply to customer emails faster, ideally within "
            "the same day.",
            "en",
            "within the same day",
            ", as my line manager says.",
        ),
        (
            "My supervisor thinks I should speak up more in meetings, especially in the Monday "
            "planning.",
            "en",
            ", especially in the Monday planning",
            ", as my supervisor advises.",
        ),
        (
            "My manager says I have to log my hours more carefully, also when working from home.",
            "en",
            ", also when working from home",
            ", as my manager says.",
        ),
        (
            "Mijn coach vindt dat ik vaker moet doorvragen, ook als de klant haast heeft.",
            "nl",
            ", ook als de klant haast heeft",
            ", zoals mijn coach adviseert.",
        ),
        (
            "Mijn teamleider vindt dat ik rustiger moet blijven, zeker wanneer er klachten "
            "binnenkomen.",
            "nl",
            ", zeker wanneer er klachten binnenkomen",
            ", zoals mijn teamleider adviseert.",
        ),
    ],
)
def test_a_detail_after_the_writers_clause_stays_with_it_inside_anothers_judgement(
    text: str, lang: str, detail: str, credit: str
) -> None:
    """Someone else's judgement that the writer must (A002, JUDGING A) with a detail of the
    writer's clause after a comma, no main clause of its own ('liefst op vrijdag',
    'especially with new clients', 'ook als de klant haast heeft'): the writer's clause with
    its detail is the goal, the other person's words its reason at the end."""
    rewrite = _rewritten_well(text, lang)
    assert detail in rewrite
    assert rewrite.endswith(credit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er moet een nieuw rooster komen voor de schoonmaak, dat moet voor februari af.",
            "en dat het vóór 1 februari 2027 af is",
        ),
        ("Het jaarverslag moet voor 1 april klaar.", "dat het jaarverslag klaar is"),
        ("De nieuwe website moet voor de zomer online.", "dat de nieuwe website online is"),
        # a state told as a phrase, and the loanword 'live'
        ("Het archief moet vóór 1 maart 2027 op orde.", "dat het archief op orde is"),
        ("De reservevoorraad moet vóór de inspectie op peil.", "dat de reservevoorraad op peil is"),
        ("Er moet een nieuw klantportaal komen, dat moet vóór juni live.", "dat het vóór"),
    ],
)
def test_a_finished_state_after_a_duty_modal_takes_its_verb(text: str, expected: str) -> None:
    """'moet af', 'moet klaar', 'moet online': the modal's whole predicate is a finished state,
    which takes 'zijn' in the own part ('af is'), never a verb of motion ('afgaat')."""
    rewrite = _rewritten_well(text, "nl")
    assert expected in rewrite
    assert "gaat" not in rewrite


@pytest.mark.parametrize(
    ("goal", "broken", "whole"),
    [
        (
            "My manager says I have to log my hours more carefully.",
            "By 1 June 2027, my manager says, I will log my hours more carefully.",
            "By 1 June 2027, I will log my hours more carefully, as my manager says.",
        ),
        (
            "My mentor thinks I should check my sources twice.",
            "By 1 June 2027, my mentor thinks, I will check my sources twice.",
            "By 1 June 2027, I will check my sources twice, as my mentor advises.",
        ),
    ],
)
def test_another_persons_verb_cut_from_the_writers_clause_is_a_seam(
    goal: str, broken: str, whole: str
) -> None:
    assert "dangling" in seam_kinds(CHECKER, "en", goal, broken)
    assert "dangling" not in seam_kinds(CHECKER, "en", goal, whole)


def test_the_writers_own_opinion_before_a_comma_is_no_cut_voice() -> None:
    goal = "I think I should plan my week on Monday mornings."
    whole = "By 1 June 2027, I think, I will plan my week on Monday mornings."
    assert "dangling" not in seam_kinds(CHECKER, "en", goal, whole)
