"""A duty modal in the frame's slot for the writer's act is a seam (session 46, lead).

'Forklift driving needs to improve', 'Hand sewing needs to improve': the small English
pipeline takes 'needs' for a noun, so the frame kept the duty where the writer's act goes
('By [date], forklift driving needs to [concrete behaviour]', '..., in order to hand sewing
needs to improve'), and both were shown. The behaviour placeholder follows the commitment,
never someone else's duty, and the purpose infinitive holds no finite duty
(seams/duty_slot.py). With no sentence left, the writer gets the structured fallback,
never the broken one.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, seam_kinds

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "candidate"),
    [
        (
            "Forklift driving needs to improve.",
            "By [date], forklift driving needs to [concrete behaviour], with [how measured] as "
            "evidence.",
        ),
        (
            "Hand sewing needs to improve.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to "
            "hand sewing needs to improve.",
        ),
    ],
)
def test_a_duty_in_the_frames_slot_is_a_seam(goal: str, candidate: str) -> None:
    assert "two_modals" in seam_kinds(CHECKER, "en", goal, candidate)


def test_the_frame_around_the_writers_own_act_is_no_such_seam() -> None:
    candidate = (
        "By [date], I will [concrete behaviour], with [how measured] as evidence, so that my "
        "welding improves."
    )
    assert "two_modals" not in seam_kinds(CHECKER, "en", "My welding needs to improve.", candidate)


@pytest.mark.parametrize(
    "goal", ["Forklift driving needs to improve.", "Hand sewing needs to improve."]
)
def test_no_rewrite_shown_keeps_the_duty_in_the_slot(goal: str) -> None:
    rewrite = rewrite_of(CHECKER, goal, "en") or ""
    assert "needs to [concrete behaviour]" not in rewrite
    assert "in order to hand sewing" not in rewrite


def test_a_duty_of_the_purposes_own_verb_or_a_later_clause_is_no_seam() -> None:
    """'om ... te moeten straten' (the writer's duty, the purpose's infinitive) and 'in
    order to learn R so I don't have to ...' (a later clause's) are the writer's words."""
    kinds = seam_kinds(
        CHECKER,
        "en",
        "Learn R so I don't have to do everything in Excel.",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to "
        "learn R so I don't have to do everything in Excel.",
    )
    assert "two_modals" not in kinds
