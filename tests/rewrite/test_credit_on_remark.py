"""The other person's credit on the writer's remark ('Ik praat vaak te snel, zoals mijn
chef wil'): the credit follows the committed goal, never a tendency or feeling told after
it. Fresh goals, nl and en."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, shown_rewrite

CHECKER = Checker()

CASES = [
    (
        "en",
        "My supervisor wants me to get better at pricing repairs. I tend to quote too low and "
        "then we lose money",
        "By [date], I will [concrete behaviour] in pricing repairs, with [how measured] as "
        "evidence. I tend to quote too low and then we lose money, as my supervisor wants.",
        "By [date], I will [concrete behaviour] in pricing repairs, with [how measured] as "
        "evidence, as my supervisor wants. I tend to quote too low and then we lose money.",
    ),
    (
        "nl",
        "Mijn chef wil dat ik beter word in het inplannen van reparaties. Ik plan vaak te krap "
        "en dan loopt alles uit",
        "Vóór [datum] ga ik [concreet gedrag] in het inplannen van reparaties, met als bewijs "
        "[hoe gemeten]. Ik plan vaak te krap en dan loopt alles uit, zoals mijn chef wil.",
        "Vóór [datum] ga ik [concreet gedrag] in het inplannen van reparaties, met als bewijs "
        "[hoe gemeten], zoals mijn chef wil. Ik plan vaak te krap en dan loopt alles uit.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), CASES)
def test_the_credit_on_a_remark_is_a_seam(lang: str, goal: str, broken: str, whole: str) -> None:
    assert "dangling" in seam_kinds(CHECKER, lang, goal, broken)
    assert "dangling" not in seam_kinds(CHECKER, lang, goal, whole)


def test_the_writers_own_credit_after_a_remark_is_theirs() -> None:
    goal = "I will price every repair with the new sheet. I quote too low, as my supervisor says."
    candidate = (
        "By [date], I will price every repair with the new sheet. I quote too low, as my "
        "supervisor says."
    )
    assert "dangling" not in seam_kinds(CHECKER, "en", goal, candidate)


@pytest.mark.parametrize(
    ("lang", "goal", "credit", "remark"),
    [
        (
            "en",
            "My manager wants me to get better at handling returns (damaged boxes etc). I tend "
            "to argue with customers and then they get angry",
            "as my manager wants",
            "I tend to argue",
        ),
        (
            "nl",
            "Mijn chef wil dat ik beter word in het inplannen van reparaties. Ik plan vaak te "
            "krap en dan loopt alles uit",
            "zoals mijn chef wil",
            "Ik plan vaak te krap",
        ),
    ],
)
def test_the_credit_is_shown_after_the_goal_before_the_remark(
    lang: str, goal: str, credit: str, remark: str
) -> None:
    rewrite = shown_rewrite(CHECKER, goal, lang)
    assert credit in rewrite and remark in rewrite, rewrite
    assert rewrite.index(credit) < rewrite.index(remark), rewrite
