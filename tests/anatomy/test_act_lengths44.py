"""How long the act lasts counts as its measure, in English as in Dutch (session 44).

"Voor maart loop ik twee dagen mee met de planner" passed M: "twee dagen" is a number with its
unit. Its English twin "Before March I will shadow the planner for two days" failed M (M001),
because "for two days" is also read as a time frame and numbers inside times are no measures.
A duration after the act, opened by a single-word length marker (the pack's
``durations.lengths``: "for", "voor"), tells how long the act lasts (JUDGING M: a number with
its unit); it keeps its time reading too. A fronted one frames the goal ("For six weeks I will
...") and "for the next three months" is a window: neither is the act's length.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF


@pytest.mark.parametrize(
    ("lang", "text", "length"),
    [
        ("en", "Before March I will shadow the night dispatcher for two days.", "two days"),
        ("en", "By April I will join the road crew on site for a week.", "a week"),
        ("nl", "Vóór april draai ik voor drie weken mee op de afdeling inkoop.", "drie weken"),
    ],
)
def test_the_length_of_the_act_is_its_measure(
    checker: Checker, lang: str, text: str, length: str
) -> None:
    goal = checker.parse(text, lang=lang, reference_date=REF)
    assert length in [m.text for m in goal.measures]
    assert checker.check(text, lang=lang, reference_date=REF).criteria[Criterion.M].passed


@pytest.mark.parametrize(
    "text",
    [
        "For six weeks I will help out at the service desk.",
        "I will help out at the service desk for the next three months.",
    ],
)
def test_a_time_frame_is_no_length_of_the_act(checker: Checker, text: str) -> None:
    goal = checker.parse(text, lang="en", reference_date=REF)
    assert not any(m.text in ("six weeks", "three months") for m in goal.measures)


def test_shadowing_has_the_same_verdicts_in_both_languages(checker: Checker) -> None:
    english = checker.check(
        "Before March I will shadow the planner for two days.", lang="en", reference_date=REF
    )
    dutch = checker.check(
        "Vóór maart loop ik twee dagen mee met de planner.", lang="nl", reference_date=REF
    )
    assert english.criteria[Criterion.M].passed == dutch.criteria[Criterion.M].passed is True
