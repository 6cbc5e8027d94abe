"""A finite form where the infinitive belongs: after 'ga ik', 'wil ik', 'ik ga' a Dutch
clause ends on its infinitive ('ga ik de bestellingen klaarzetten'); a rewrite that kept the
writer's present ('ik zet ... klaar' -> 'klaarzet', 'ik maak' -> 'maak') is broken. English
'I will makes sure', 'I will planning' are broken the same way. Fresh goals per category."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, seam_tags, shown_rewrite

CHECKER = Checker()

NL_CASES = [
    (
        "Mijn chef wil dat ik de bestellingen zelf klaarzet en de kassa tel.",
        "Vóór [datum] ga ik de bestellingen zelf klaarzet en de kassa tellen.",
        "Vóór [datum] ga ik de bestellingen zelf klaarzetten en de kassa tellen.",
    ),
    (
        "Ik wil elke ochtend het rooster maken.",
        "Ik wil elke ochtend het rooster maak, met als bewijs [hoe gemeten].",
        "Ik wil elke ochtend het rooster maken, met als bewijs [hoe gemeten].",
    ),
    (
        "De teamleider wil dat ik klanten sneller terugbel.",
        "Vóór [datum] ga ik klanten sneller terugbel, van [huidig aantal] naar [streefaantal].",
        "Vóór [datum] ga ik klanten sneller terugbellen, van [huidig aantal] naar [streefaantal].",
    ),
    (
        "Ik wil de voorraadlijst bijwerken en de leveranciers bellen.",
        "Tot [datum] ga ik elke vrijdag de voorraadlijst bijwerkt en de leveranciers bellen.",
        "Tot [datum] ga ik elke vrijdag de voorraadlijst bijwerken en de leveranciers bellen.",
    ),
]


@pytest.mark.parametrize(("goal", "broken", "whole"), NL_CASES)
def test_a_present_in_the_infinitive_slot_is_a_seam(goal: str, broken: str, whole: str) -> None:
    assert "inf-slot" in seam_tags(CHECKER, "nl", goal, broken)
    assert "inf-slot" not in seam_tags(CHECKER, "nl", goal, whole)


@pytest.mark.parametrize(
    "whole",
    [
        "Vóór [datum] wil ik een beter plan voor de verbouwing, met als bewijs [hoe gemeten].",
        "Ik wil elke maand meer werk van vaste klanten.",
        "Vóór [datum] ga ik mijn werk beter plannen en mijn collega's vaker helpen.",
    ],
)
def test_an_object_noun_or_an_infinitive_at_the_end_is_no_seam(whole: str) -> None:
    assert "inf-slot" not in seam_tags(CHECKER, "nl", "Ik wil mijn werk beter plannen.", whole)


@pytest.mark.parametrize(
    ("goal", "broken"),
    [
        (
            "I want to make sure the orders are packed right.",
            "By [date], I will makes sure the orders are packed right.",
        ),
        (
            "I want to plan the delivery routes better.",
            "By [date], I will planning the delivery routes better.",
        ),
    ],
)
def test_english_a_finite_or_gerund_after_will_is_a_seam(goal: str, broken: str) -> None:
    assert seam_kinds(CHECKER, "en", goal, broken)


#: Dutch verbs with the present a rewrite may keep: (object, infinitive, first person).
VERBS = [
    ("de vloer", "dweilen", "dweil"),
    ("de bestellingen", "inpakken", "inpak"),
    ("het magazijn", "opruimen", "opruim"),
    ("de planten", "verpotten", "verpot"),
    ("de rekeningen", "controleren", "controleer"),
    ("de klanten", "terugbellen", "terugbel"),
]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(VERBS), st.sampled_from(["Vóór [datum] ga ik", "Ik wil", "Ik ga"]))
def test_only_the_infinitive_ends_the_committed_clause(
    verb: tuple[str, str, str], opener: str
) -> None:
    obj, infinitive, present = verb
    goal = f"Ik wil elke dag {obj} {infinitive}."
    whole = f"{opener} elke dag {obj} {infinitive}."
    assert "inf-slot" not in seam_tags(CHECKER, "nl", goal, whole)
    broken = f"{opener} elke dag {obj} {present}."
    assert "inf-slot" in seam_tags(CHECKER, "nl", goal, broken)


@pytest.mark.parametrize(
    ("goal", "infinitives", "presents"),
    [
        (
            "De chef wil dat ik de bestellingen zelf klaarzet en de voorraad tel.",
            ("klaarzetten", "tellen"),
            ("klaarzet ", "tel,"),
        ),
        (
            "Onze praktijkmanager wil dat ik de agenda bijhoud en patiënten terugbel.",
            ("bijhouden", "terugbellen"),
            ("bijhoud ", "terugbel,"),
        ),
        (
            "Mijn leidinggevende wil dat ik de roosters zelf maak en de uren controleer.",
            ("maken", "controleren"),
            ("maak ", "controleer,"),
        ),
    ],
)
def test_every_verb_of_the_others_wish_takes_the_infinitive(
    goal: str, infinitives: tuple[str, ...], presents: tuple[str, ...]
) -> None:
    """'X wil dat ik A doe en B doe': 'ga ik' takes both verbs, each in its infinitive, in
    one sentence with the other's wish as its reason."""
    rewrite = shown_rewrite(CHECKER, goal, "nl")
    assert all(verb in rewrite for verb in infinitives), rewrite
    assert not any(present in rewrite for present in presents), rewrite
