"""Verdicts, not findings: where a rule still notes a weak finding (low confidence) but the
criterion passes by JUDGING.md, the fixture files cannot say so. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker, Criterion
from tests.conftest import REF

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "passes"),
    [
        # a vague verb with a target level on a named scale says what will be different
        (
            "nl",
            "Vóór 1 juni 2027 verbeter ik mijn Frans van A2 naar B1, met het DELF-examen.",
            True,
        ),
        ("en", "By June 2027 I will improve my German from A2 to level B1.", True),
        ("nl", "Vóór 1 juni 2027 verbeter ik mijn Frans.", False),
        ("en", "By June 2027 I will improve my level of German.", False),
    ],
)
def test_a_target_level_makes_a_vague_verb_specific(lang: str, goal: str, passes: bool) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert report.criteria[Criterion.S].passed is passes
