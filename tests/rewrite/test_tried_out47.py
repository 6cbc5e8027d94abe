"""Trying out a thing named with more than a bare noun is the writer's act (session 47,
lead).

'Try 3D body scanning for fittings? Heard another theatre uses it', 'maybe try the crane
signaller course?': 'try' before a noun phrase is no hedge of a verb after it but the act of
trying the thing out. The readings of a hedged or asked step found no verb to commit to
(the tagger's next word is an article or a noun) and the writer got the structured
fallback. With the pack's ``rewrite.tried_out_verb`` ('try out') the step is committed
('I will try out ...'), settled with the manager when the writer hedges or doubts it, and
'I will try out' is no hope committed (seams/unfit_verbs.py). Asked without a hedge, the
step opening the text is read even when A passed. Dutch ends the clause in its infinitive
of trying ('... proberen') and needs no such verb.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_style, seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        (
            "Try the new torque app on line 2? Heard the Tilburg plant uses it.",
            "I will try out the new torque app on line 2",
        ),
        (
            "Try video feedback for the junior riders? The club next door does it.",
            "I will try out video feedback for the junior riders",
        ),
    ],
)
def test_an_asked_trial_is_committed(goal: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "en")
    assert kept in rewrite


@pytest.mark.parametrize(
    "goal",
    [
        "maybe try the welding inspection course? not sure it suits my job",
        "Perhaps try a standing desk at the planning office?",
    ],
)
def test_a_hedged_trial_is_settled(goal: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "en")
    assert "on whether I try out" in rewrite


def test_trying_out_is_no_hope() -> None:
    goal = "Maybe try the new rota app."
    candidate = "By [date], I will try out the new rota app, with [how measured] as evidence."
    assert "lost_verb" not in seam_kinds(CHECKER, "en", goal, candidate)
    hoped = "By [date], I will try to learn the new rota app."
    assert "lost_verb" in seam_kinds(CHECKER, "en", "Maybe learn the new rota app.", hoped)


def test_dutch_keeps_its_infinitive_of_trying() -> None:
    assert rewrite_style(CHECKER, "nl").tried_out_verb == ""
