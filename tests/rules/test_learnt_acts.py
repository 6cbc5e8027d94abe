"""What is learnt is a skill (JUDGING.md, S and M), written for these tests.

- "Ik wil leren plannen en organiseren": the learning verb takes both bare infinitives, one
  skill, no second goal (S004), even where the tagger reads the first as a plural noun;
- "leren solliciteren", "learn to submit ...": an act that is checkable when done once
  (the pack's ``checkable_actions``) is a skill when it is what is learnt; it measures
  nothing (M001), while "Ik ga solliciteren op ..." still does.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion

REF = date(2026, 11, 23)
CHECKER = Checker()


def codes(text: str, lang: str) -> set[str]:
    return {f.code for f in CHECKER.check(text, lang=lang, reference_date=REF).findings}


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil leren plannen en organiseren.",
        "Ik wil leren zagen en schaven.",
        "Ik wil de kwartaalcijfers leren lezen en uitleggen.",
    ],
)
def test_two_bare_infinitives_after_leren_are_one_skill(text: str) -> None:
    assert "S004" not in codes(text, "nl")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ik wil leren solliciteren."),
        ("nl", "Ik wil leren inkopen en organiseren."),
        ("en", "I want to learn to submit expense claims."),
    ],
)
def test_a_checkable_act_that_is_learnt_measures_nothing(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.criteria[Criterion.M].passed


def test_the_same_act_done_once_is_still_checkable() -> None:
    report = CHECKER.check(
        "Ik ga solliciteren op de functie van teamleider.", lang="nl", reference_date=REF
    )
    assert report.criteria[Criterion.M].passed
