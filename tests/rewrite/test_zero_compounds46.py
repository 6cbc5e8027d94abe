"""A zero before a hyphenated compound is an absolute, and its rewrite never dangles the
bound or commits to the zero (session 46, lead).

- 'Zero near-misses in the warehouse this year' passed R: the tagger calls 'near' a
  preposition, and a zero counts only what follows it as a noun
  (judging/features/absolutes.py). A word glued to a noun by a hyphen opens a compound.
- The frames then showed 'I will [concrete behaviour], at most [number] near-misses ...' (a
  bound set off with no verb, seams/dangling_bound.py) and 'I will zero near-misses ...' (the
  zero committed as the act, seams/zero_act.py): both are seams now.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, seam_kinds

CHECKER = Checker()


@pytest.mark.parametrize(
    "goal",
    ["Zero near-misses on the loading dock this year.", "Zero no-shows at the toolbox talks."],
)
def test_a_zero_before_a_hyphenated_compound_fails_realistic(goal: str) -> None:
    report = CHECKER.check(goal, lang="en")
    assert not report.criteria["R"].passed


@pytest.mark.parametrize(
    "candidate",
    [
        "I will [concrete behaviour], at most [number] near-misses on the loading dock this year.",
        "I will zero near-misses on the loading dock this year.",
    ],
)
def test_a_dangling_bound_or_a_committed_zero_is_a_seam(candidate: str) -> None:
    goal = "Zero near-misses on the loading dock this year."
    assert seam_kinds(CHECKER, "en", goal, candidate) & {"dangling", "lost_verb"}


def test_no_such_rewrite_is_shown() -> None:
    rewrite = rewrite_of(CHECKER, "Zero near-misses on the loading dock this year.", "en") or ""
    assert "will zero" not in rewrite
    assert "[concrete behaviour], at most" not in rewrite
