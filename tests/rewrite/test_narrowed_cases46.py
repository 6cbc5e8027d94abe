"""A case the goal is narrowed to, with its marker last, stays part of the goal (session 46,
lead).

'Get better at Excel, pivot tables especially': the reading took the last piece for a goal
of its own (the tagger calls 'pivot' an imperative) and the rewrite showed 'By [date], I will
pivot tables especially'. A piece after a comma that closes on a narrowing word (the pack's
``narrowing_markers``) and has no finite verb narrows the goal before it
(reading/anatomy/coordination.py), and the rewrite reads it with the marker first
(narrowed_cases.py), as the writer's '..., especially pivot tables' is read.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "kept"),
    [
        ("en", "Get better at Excel, pivot tables especially", "at Excel, especially pivot tables"),
        (
            "en",
            "Learn the label software, the reprint function mainly.",
            "the label software, mainly the reprint function",
        ),
        (
            "nl",
            "De nieuwe kassa leren, de retouren vooral.",
            "de nieuwe kassa leren, vooral de retouren",
        ),
        ("nl", "Beter worden in Excel, draaitabellen vooral", "in Excel, vooral draaitabellen"),
    ],
)
def test_a_case_with_its_marker_last_narrows_the_goal(lang: str, goal: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert kept in rewrite
    assert "\n" not in rewrite


def test_the_reading_keeps_one_goal() -> None:
    report = CHECKER.check("Get better at Excel, pivot tables especially", lang="en")
    assert not report.split
    assert "S004" not in {f.code for f in report.findings}
