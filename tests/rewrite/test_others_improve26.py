"""A wish that others get better, told vaguely (session 26): 'Ik wil dat mijn team de
overdracht beter doet', 'dat mijn collega's beter worden in Excel'. The change is the
others', and too vague for an act of theirs the writer can name: the own-part frame put the
behaviour placeholder inside their clause ('dat mijn team de overdracht [concreet gedrag]'),
which has no verb. The others' change stays as written, the aim of the writer's own
behaviour ('..., zodat mijn team de overdracht beter doet'), as a state of theirs does.

Goals written fresh for this category, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ik wil dat de leerling-monteurs de storingsmeldingen beter doen.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat de "
            "leerling-monteurs de storingsmeldingen beter doen.",
        ),
        (
            "Ik wil dat mijn invalkrachten beter worden in het kassasysteem.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat mijn "
            "invalkrachten in het kassasysteem beter worden.",
        ),
    ],
)
def test_a_vague_change_of_others_is_the_aim_of_the_writers_behaviour(
    text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, "nl") == expected


def test_an_act_of_others_told_with_a_comparative_is_still_seen_to() -> None:
    """'beter communiceren' names the others' act: the writer sees to it, as before."""
    text = "Ik wil dat de stagiairs beter communiceren met de ouders."
    assert well_rewritten(CHECKER, text, "nl").startswith(
        "Vóór [datum] zorg ik ervoor dat de stagiairs beter communiceren met de ouders"
    )
