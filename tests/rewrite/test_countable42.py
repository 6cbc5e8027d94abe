"""Session 42 (countable42): the goals the count decision of countable41 had sent to the
structured fallback or to a broken purpose, each a category of its own (fresh goals, in no
data set):

- the writer's own duty or future of a quality ('Ik moet X beter doen', 'Ik zal beter X',
  'I must X better'): the modal goes in the purpose frame of a concrete step;
- a plural noun the lemmatizer does not know, before the verb ('mijn werkbonnen beter
  invullen'): no second infinitive, the purpose frame reads;
- a separable verb the plan joined ('uit te leggen'): the purpose's 'te' goes inside it;
- a heading sentence before the wish: the field stays with the behaviour;
- another person's clause the writer wants ('Ik wil dat de leerlingen beter ...'): seen to,
  never 'om dat de leerlingen ... te';
- 'will' before the verb of the aim: out of the purpose ('in order to be more patient');
- a need ('we need better coordination'): never 'in order to need'.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "nl",
            "Ik moet mijn werkbonnen beter invullen.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om mijn "
            "werkbonnen beter in te vullen.",
        ),
        (
            "nl",
            "Ik zal meer geduld hebben met de kinderen.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer geduld "
            "te hebben met de kinderen.",
        ),
        (
            "en",
            "I must document my repairs better.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to document my repairs better.",
        ),
        (
            "en",
            "I will be more patient with new riders.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to be more patient with new riders.",
        ),
        (
            "nl",
            "Ik wil beter uitleggen aan gasten, vooral buitenlandse bezoekers.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om beter uit te "
            "leggen aan gasten, vooral buitenlandse bezoekers.",
        ),
        (
            "nl",
            "Hygiëne. Ik wil de keukenhulpen beter instrueren bij het schoonmaken.",
            "Vóór [datum] ga ik bij hygiëne [concreet gedrag], met als bewijs [hoe gemeten], om "
            "de keukenhulpen beter te instrueren bij het schoonmaken.",
        ),
        (
            "en",
            "My supervisor thinks I need to be more careful with the torque settings.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to be more careful with the torque settings, as my supervisor advises.",
        ),
    ],
)
def test_a_quality_the_writer_owes_is_the_aim_of_a_concrete_step(
    lang: str, goal: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


def test_a_clause_of_others_is_seen_to_not_made_a_purpose() -> None:
    rewrite = well_rewritten(
        CHECKER, "Ik wil dat de leerlingen beter samenwerken in de werkplaats.", "nl"
    )
    assert rewrite.startswith("Vóór [datum] zorg ik ervoor dat de leerlingen beter samenwerken")
    assert "om dat" not in rewrite


def test_a_need_is_never_the_verb_of_a_purpose() -> None:
    goal = (
        "The chef says we need better coordination with the night crew. Maybe I can write "
        "the handover notes?"
    )
    rewrite = rewrite_of(CHECKER, goal, "en")
    assert rewrite is not None
    assert "in order to need" not in rewrite
