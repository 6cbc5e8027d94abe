"""The writer's own sentence kept after the rewritten goal raises no seam (session 48, lead).

'Ik wil steviger worden in ... Nu ga ik te snel mee in de discussie ...': the writer's 'ga
ik te snel' ('te' as 'too') was read as a commitment without its verb, and 'Nu ga ik te
snel in de verdediging en geef ik ...' as a commitment whose infinitive slot holds a present
('gaan' is a verb of its own there); a bare infinitive before a preposition that opens a
te-clause of its own ('laat ik ... door de software doen zonder te weten') was read as a
verb missing its 'te'. Every candidate was refused and the structured fallback shown. Words
the writer wrote as they stand are theirs.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "lang", "kept"),
    [
        (
            "Ik wil steviger worden in het begrenzen van bezoekers die schelden. Nu ga ik te "
            "snel mee in de discussie.",
            "nl",
            ". Nu ga ik te snel mee in de discussie.",
        ),
        (
            "Ik wil rustiger worden bij agressieve bellers. Nu ga ik te snel in de verdediging "
            "en geef ik de klant gelijk.",
            "nl",
            ". Nu ga ik te snel in de verdediging en geef ik de klant gelijk.",
        ),
    ],
)
def test_the_writers_sentence_after_the_goal_is_kept(goal: str, lang: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert kept in rewrite


def test_too_after_the_writers_own_commitment_is_no_lost_verb() -> None:
    goal = "Ik wil kalmer reageren. Nu ga ik te vaak tegen de chauffeurs in."
    candidate = (
        "Vóór [datum] ga ik kalmer reageren, met als bewijs [hoe gemeten]. "
        "Nu ga ik te vaak tegen de chauffeurs in."
    )
    assert "lost_verb" not in seam_kinds(CHECKER, "nl", goal, candidate)


def test_the_te_of_an_inner_clause_is_not_the_outer_verbs() -> None:
    goal = "Ik wil de roosterregels beter kennen, nu laat ik alles door de planner regelen zonder te vragen waarom"
    candidate = (
        "Vóór [datum] ga ik de roosterregels beter kennen. Nu laat ik alles door de planner "
        "regelen zonder te vragen waarom."
    )
    assert "word_order" not in seam_kinds(CHECKER, "nl", goal, candidate)


def test_a_bare_infinitive_in_a_purpose_still_needs_its_te() -> None:
    goal = "Beter worden in stenen zetten"
    candidate = "Vóór [datum] ga ik [concreet gedrag], om beter worden in stenen te zetten."
    assert "word_order" in seam_kinds(CHECKER, "nl", goal, candidate)


def test_the_purpose_keeps_its_own_te_before_an_inner_clause() -> None:
    goal = "zelf offertes maken ipv alleen controleren"
    candidate = (
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om zelf offertes "
        "maken ipv alleen te controleren."
    )
    assert "word_order" in seam_kinds(CHECKER, "nl", goal, candidate)
