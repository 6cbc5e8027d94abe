"""A purpose infinitive after a focusing adverb is the reason for the act, not a second goal
(session 39, lead).

'By June I will shadow the night nurse twice, just to see how the handover works': the parse
attaches the bare 'to see' as a verb of its own, and S004 said two goals were packed in one
sentence. The adverb ('just', 'only', 'mainly', 'simply', ...: the English pack's
``purpose_markers``) marks the purpose, so the goal has one verb. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "verb", "purpose"),
    [
        (
            "By June I will shadow the night nurse twice, just to see how the handover works.",
            "shadow",
            "just to see how the handover works",
        ),
        (
            "By March I will join two audits, only to learn how the auditors check the logs.",
            "join",
            "only to learn how the auditors check the logs",
        ),
        (
            "I will visit the three suppliers this spring, mainly to understand how they pack "
            "the orders.",
            "visit",
            "mainly to understand how they pack the orders",
        ),
    ],
)
def test_a_focused_purpose_is_no_second_goal(text: str, verb: str, purpose: str) -> None:
    goal = CHECKER.parse(text, lang="en", reference_date=REF)
    assert [v.text for v in goal.syntax.goal_verbs] == [verb]
    assert goal.purpose is not None and goal.purpose.text == purpose
    report = CHECKER.check(text, lang="en", reference_date=REF)
    assert "S004" not in {f.code for f in report.findings}


def test_two_goals_joined_without_a_purpose_still_count() -> None:
    """'not only ... but also' joins two acts: S004 still sees both."""
    text = "I will not only learn to weld but also pass the exam by June."
    report = CHECKER.check(text, lang="en", reference_date=REF)
    assert "S004" in {f.code for f in report.findings}
