"""A goal told as a gerund (session 36, lead).

'Shadowing a colleague from the export desk for a few weeks': English writers name the act
as an activity. The frames put the gerund after the commitment ('I will shadowing ...') and
every candidate was refused, so only the structured fallback showed. Read again with the
gerund in its base form, the goal is the imperative the frames are made for. A gerund with
a verb of its own ('Shadowing X is something I would like') is no act told this way.

Goals written fresh for this category, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.gerund_goals import act_told
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shadowing a colleague from the export desk for a few weeks",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to shadow a colleague from the export desk for a few weeks.",
        ),
        (
            "Learning the new label printer",
            "By [date], I will learn the new label printer, with [how measured] as evidence, so "
            "that I can [concrete behaviour].",
        ),
        (
            "Getting better at pricing the custom gates",
            "By [date], I will [concrete behaviour] when pricing the custom gates, with [how "
            "measured] as evidence.",
        ),
    ],
)
def test_a_gerund_goal_is_read_as_the_act(text: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, text, "en") == expected


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Shadowing the night nurse for two shifts.", "Shadow the night nurse for two shifts."),
        ("Shadowing the quality team is something I would like.", None),  # its own verb
        ("Shadow the quality team.", None),  # already the act
    ],
)
def test_only_an_opening_gerund_that_heads_the_goal_is_told_as_the_act(
    text: str, told: str | None
) -> None:
    doc = CHECKER.parse(text, lang="en").doc
    assert act_told(doc) == told
