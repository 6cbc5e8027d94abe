"""A nominalised act committed as an object: 'ga ik het afstellen van de remmen', 'ga ik
vullen van de schappen' (the writer's topic 'beter worden in het afstellen van de remmen'
put after 'ga ik' as it stood: a verb-noun with its 'van' and no infinitive to end the
clause). A verb with its preposition ('ga ik genieten van ...') and a verb-noun object of an
infinitive ('ga ik het afstellen van de remmen oefenen') are whole. Dutch only: English
'I will the adjusting of the brakes' has no verb after 'will' (the clause checks)."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_tags

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "broken"),
    [
        (
            "Beter worden in het afstellen van de remmen.",
            "Vóór [datum] ga ik het afstellen van de remmen, met als bewijs [hoe gemeten].",
        ),
        (
            "Ik wil sneller worden in het vullen van de schappen.",
            "Vóór [datum] ga ik vullen van de schappen, met als bewijs [hoe gemeten].",
        ),
        (
            "Meer zekerheid bij het inwerken van stagiairs.",
            "Ik ga het inwerken van stagiairs, met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_verb_noun_committed_as_the_act_is_a_seam(goal: str, broken: str) -> None:
    assert "verb-noun" in seam_tags(CHECKER, "nl", goal, broken)


@pytest.mark.parametrize(
    ("goal", "whole"),
    [
        (
            "Beter worden in het afstellen van de remmen.",
            "Vóór [datum] ga ik het afstellen van de remmen oefenen, met als bewijs [hoe gemeten].",
        ),
        (
            "Beter worden in het afstellen van de remmen.",
            "Vóór [datum] ga ik de remmen zelf afstellen, met als bewijs [hoe gemeten].",
        ),
        (
            "Ik wil meer genieten van mijn werk in de winkel.",
            "Vóór [datum] ga ik genieten van mijn werk in de winkel, met als bewijs [hoe gemeten].",
        ),
        (
            "Beter worden in het vullen van de schappen.",
            "Vóór [datum] ga ik [concreet gedrag]"
            " in het vullen van de schappen, met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_verb_with_its_preposition_or_a_verb_noun_object_is_no_seam(
    goal: str, whole: str
) -> None:
    assert "verb-noun" not in seam_tags(CHECKER, "nl", goal, whole)
