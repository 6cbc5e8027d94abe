"""Two shapes read the same with or without the comma the writer left out or put in (session
46, lead).

- A question that only asks whether the goal can be arranged, after a comma instead of a
  full stop ("I'd love to do a rotation in purchasing, is that possible?"): it was glued
  into the commitment ("I will do a rotation in purchasing, is that possible, with ...").
  It asks the one who decides to agree (asked_arrangements.py), as the sentence after a
  full stop does.
- A far aim, then the step the writer must take first, with no comma before "maar eerst" /
  "but first" ("Ik wil ooit bedrijfsleider worden maar eerst moet ik ..."): the step is
  committed with the aim as its purpose (preconditions.py), as with the comma.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "told"),
    [
        (
            "en",
            "I'd love to do a rotation in purchasing, is that possible?",
            "By [date], I will do a rotation in purchasing, with [how measured] as evidence, "
            "agreed with [who supports you].",
        ),
        (
            "nl",
            "Ik zou graag een week meelopen bij de inkoop, kan dat?",
            "Vóór [datum] ga ik een week meelopen bij de inkoop, in overleg met [wie ondersteunt je].",
        ),
    ],
)
def test_an_arrangement_asked_after_a_comma_is_the_goals_agreement(
    lang: str, goal: str, told: str
) -> None:
    assert well_rewritten(CHECKER, goal, lang) == told


@pytest.mark.parametrize(
    ("lang", "goal", "told"),
    [
        (
            "nl",
            "Ik wil ooit ploegleider worden maar eerst moet ik mijn VCA halen",
            "ga ik mijn VCA halen",
        ),
        (
            "en",
            "I want to become shift lead one day but first I need to get my forklift licence.",
            "I will get my forklift licence",
        ),
    ],
)
def test_the_first_step_without_its_comma_serves_the_far_aim(
    lang: str, goal: str, told: str
) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert told in rewrite
    assert "maar eerst" not in rewrite and "but first" not in rewrite
