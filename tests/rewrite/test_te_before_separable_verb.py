"""Dutch 'te' before a separable verb written joined ('te klaarzetten', 'te opruimen'): the
'te' goes between particle and verb ('klaar te zetten'). The pack's separable particles,
with the adjectives that are particles too (klaar, schoon, vrij, stil), split the verb when
a frame adds 'te'; a candidate that still has it joined shows a seam. A particle that also
opens inseparable verbs ('te overleggen', 'te voorkomen') is no proof. Fresh goals."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_tags

CHECKER = Checker()

BROKEN = [
    (
        "Altijd na de les de lokalen schoonmaken.",
        "Vóór [datum] ga ik [concreet gedrag], om na de les de lokalen te schoonmaken.",
        "schoonmaken",
    ),
    (
        "De werkbank elke avond opruimen.",
        "Vóór [datum] ga ik [concreet gedrag], om de werkbank elke avond te opruimen.",
        "opruimen",
    ),
    (
        "Op tijd verlof aanvragen.",
        "Vóór [datum] ga ik [concreet gedrag], om op tijd verlof te aanvragen.",
        "aanvragen",
    ),
    (
        "Elke ochtend de bestelbus klaarzetten.",
        "Tot [datum] ga ik [concreet gedrag], om elke ochtend de bestelbus te klaarzetten.",
        "klaarzetten",
    ),
]

WHOLE = [
    (
        "Altijd na de les de lokalen schoonmaken.",
        "Vóór [datum] ga ik [concreet gedrag], om na de les de lokalen schoon te maken.",
    ),
    (
        "Op tijd verlof aanvragen.",
        "Vóór [datum] ga ik [concreet gedrag], om op tijd verlof aan te vragen.",
    ),
    (
        "Vaker met de planner overleggen.",
        "Vóór [datum] ga ik [concreet gedrag], om vaker met de planner te overleggen.",
    ),
    (
        "Fouten in de facturen voorkomen.",
        "Vóór [datum] ga ik [concreet gedrag], om fouten in de facturen te voorkomen.",
    ),
    (
        "Klanten beter informeren.",
        "Vóór [datum] ga ik [concreet gedrag], om klanten beter te informeren.",
    ),
]


@pytest.mark.parametrize(("goal", "candidate", "verb"), BROKEN)
def test_te_before_a_joined_separable_verb_is_a_seam(goal: str, candidate: str, verb: str) -> None:
    assert verb in seam_tags(CHECKER, "nl", goal, candidate)


@pytest.mark.parametrize(("goal", "candidate"), WHOLE)
def test_te_between_particle_and_verb_or_on_an_inseparable_verb_is_whole(
    goal: str, candidate: str
) -> None:
    words = candidate.lower().replace(".", "").replace(",", "").split()
    joined = {w for w, before in zip(words[1:], words, strict=False) if before == "te"}
    assert not joined & seam_tags(CHECKER, "nl", goal, candidate)


@pytest.mark.parametrize(
    ("goal", "split"),
    [
        (
            "Nooit meer een lege vitrine, altijd de avond ervoor het gebak klaarzetten",
            "klaar te zetten",
        ),
        (
            "Nooit meer een vieze keuken, altijd na de dienst de vloer schoonmaken",
            "schoon te maken",
        ),
    ],
)
def test_the_purpose_frame_splits_an_adjective_particle(goal: str, split: str) -> None:
    report = CHECKER.check(goal, lang="nl", reference_date=REF)
    joined = "te " + split.replace(" te ", "")
    assert all(joined not in r for r in report.rewrites), report.rewrites
