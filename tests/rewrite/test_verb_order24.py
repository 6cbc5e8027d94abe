"""Dutch verb order in the goal and in its rewrite. Fresh goals.

- A bare infinitive goal whose object opens it is the writer's own, even when the small
  tagger calls the infinitive a noun ('Klanten beter adviseren') or when it is a separable
  verb written joined ('Nieuwe collega's uitleggen ...'): a finite verb would stand second
  or split. The rewrite commits the writer to it, never 'zorg ik ervoor dat klanten ...'.
- A separable verb after the frame's modal with its particle stranded at the clause end, and
  a clause opened by its verb and the writer after a comma, are seams.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.seams import find_seams
from tests.conftest import REF
from tests.support.rewriting import rewrite_style, seam_tags, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Patiënten beter voorlichten over hun medicatie.",
            "om patiënten beter voor te lichten over hun medicatie",
        ),
        (
            "Huurders vaker informeren over wat wel en niet mag bij een verbouwing.",
            "ga ik huurders vaker informeren over wat wel en niet mag",
        ),
        (
            "Bewoners vaker aanspreken op afval naast de container.",
            "ga ik bewoners vaker aanspreken op afval naast de container",
        ),
        ("Leveranciers sneller betalen.", "ga ik leveranciers sneller betalen"),
    ],
)
def test_an_object_before_the_infinitive_is_no_subject(text: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, text, "nl")
    assert kept in rewrite
    assert "zorg ik ervoor" not in rewrite


@pytest.mark.parametrize(
    "text",
    [
        "Klanten beter adviseren over de keuze van hun tegels, vóór 1 juni 2027.",
        "Nieuwe stagiairs uitleggen hoe de kassa werkt, vóór 1 juni 2027.",
        "Vrijwilligers inwerken op het nieuwe roostersysteem, vóór 1 juni 2027.",
    ],
)
def test_the_writer_owns_an_infinitive_goal_whose_object_opens_it(text: str) -> None:
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert report.goal.actor is None
    assert report.criteria["A"].passed


def test_others_with_a_finite_verb_stay_others() -> None:
    report = CHECKER.check(
        "De stagiairs leggen vóór 1 juni 2027 de kassaprocedure uit.", lang="nl", reference_date=REF
    )
    assert report.goal.actor is not None
    assert not report.criteria["A"].passed


@pytest.mark.parametrize(
    ("goal", "candidate", "tag"),
    [
        (
            "De stagiairs leggen vóór 1 juni 2027 de kassaprocedure uit.",
            "Ik ga de stagiairs leggen vóór 1 juni 2027 de kassaprocedure uit.",
            "uitleggen",
        ),
        (
            "De monteurs werken de nieuwe collega in.",
            "Vóór [datum] zal ik de monteurs werken de nieuwe collega in.",
            "inwerken",
        ),
        (
            "Vóór 1 juni rond ik de cursus af.",
            "Vóór 1 juni 2027 ga ik [concreet gedrag], rond ik de cursus af.",
            "v1",
        ),
        (
            "Na de zomer zet ik de nieuwe planning op.",
            "Vóór 1 oktober 2027 ga ik [concreet gedrag], zet ik de nieuwe planning op.",
            "v1",
        ),
    ],
)
def test_a_finite_order_kept_inside_the_commitment_is_a_seam(
    goal: str, candidate: str, tag: str
) -> None:
    assert tag in seam_tags(CHECKER, "nl", goal, candidate)


@pytest.mark.parametrize(
    ("goal", "candidate"),
    [
        ("De cursus afronden.", "Vóór 1 juni 2027 ga ik de cursus afronden."),
        (
            "Als het lukt de cursus afronden.",
            "Als het lukt, rond ik vóór 1 juni 2027 de cursus af.",
        ),
        (
            "Eerst lezen, dan de cursus afronden.",
            "Vóór 1 juni 2027 ga ik eerst lezen, daarna rond ik de cursus af.",
        ),
    ],
)
def test_whole_verb_orders_are_no_seam(goal: str, candidate: str) -> None:
    parsed = CHECKER.parse(goal, lang="nl", reference_date=REF)
    ctx = CHECKER.context("nl")
    found = [s.detail for s in find_seams(candidate, parsed, ctx, rewrite_style(CHECKER, "nl"))]
    assert not [d for d in found if "after the modal" in d or "after a comma" in d], found


@pytest.mark.parametrize(
    "text",
    [
        "Rustiger blijven bij storingen. Soms loopt het helemaal uit de hand.",
        "Beter omgaan met klachten aan de balie. Vaak gaat het mis en weet ik niet wat ik moet zeggen.",
    ],
)
def test_a_particle_verb_tells_the_situation_after_the_goal(text: str) -> None:
    situation = text.split(". ", 1)[1]
    rewrite = well_rewritten(CHECKER, text, "nl")
    assert rewrite.endswith(situation)
    context = [s.text.strip() for s in CHECKER.parse(text, lang="nl").syntax.context]
    assert context == [situation]


def test_a_plan_with_the_verb_of_going_is_no_situation() -> None:
    parsed = CHECKER.parse(
        "Minder fouten in de voorraad. We gaan elke week de voorraad tellen.", lang="nl"
    )
    assert parsed.syntax.context == ()


def test_a_noun_tagged_a_verb_in_a_phrase_after_the_infinitive_is_no_word_after_it() -> None:
    goal = "Ik wil doorgroeien naar tweedelijns service engineer."
    candidate = "Vóór 1 juni 2027 ga ik doorgroeien naar tweedelijns service engineer."
    assert "inf" not in seam_tags(CHECKER, "nl", goal, candidate)


def test_an_object_after_the_infinitive_is_still_a_seam() -> None:
    goal = "Medewerkers dagelijks bewegen."
    candidate = "Vóór 1 juni 2027 ga ik medewerkers bewegen dagelijks."
    assert "inf" in seam_tags(CHECKER, "nl", goal, candidate)


def test_a_preposition_written_short_after_the_infinitive_opens_a_phrase() -> None:
    rewrite = well_rewritten(
        CHECKER,
        "Elke bestelling meteen inboeken ipv aan het eind van de week alles tegelijk.",
        "nl",
    )
    assert "meteen inboeken ipv aan het eind van de week" in rewrite
