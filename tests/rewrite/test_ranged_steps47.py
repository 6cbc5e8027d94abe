"""A 'van ... naar' step after a verb is no object of a named act (session 47, lead).

'Doorgroeien van junior monteur naar allround servicetechnicus': the seam that keeps an
act named as a thing ('Opspannen van borduurwerk') from becoming 'om op te spannen van
borduurwerk' read the 'van' of the step between roles as that thing's object, and refused
'om door te groeien van junior monteur naar allround servicetechnicus'. A 'van' that opens
a range (the pack's ``range_openers``: 'van ... naar', 'van ... tot') is the step itself.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        (
            "Doorgroeien van junior calculator naar senior calculator.",
            "om door te groeien van junior calculator naar senior calculator",
        ),
        (
            "Doorstromen van de receptie naar de reserveringsafdeling.",
            "om door te stromen van de receptie naar de reserveringsafdeling",
        ),
    ],
)
def test_a_step_between_roles_keeps_its_range(goal: str, kept: str) -> None:
    assert kept in well_rewritten(CHECKER, goal, "nl")


def test_a_named_act_with_its_object_is_still_a_seam() -> None:
    goal = "Afstellen van de vulmachines."
    candidate = "Vóór [datum] ga ik [concreet gedrag], om af te stellen van de vulmachines."
    assert "word_order" in seam_kinds(CHECKER, "nl", goal, candidate)
