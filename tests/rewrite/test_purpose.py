"""The purpose frame: a vague state becomes the purpose, a behaviour placeholder the action."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF


@pytest.mark.parametrize(
    ("goal", "rewrite"),
    [
        (
            "Ik wil een gezonder leven leiden.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], "
            "om een gezonder leven te leiden.",
        ),
        (
            "Ik wil me fitter en gezonder voelen.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], "
            "om me fitter en gezonder te voelen.",
        ),
        (
            "Ik wil gewicht verliezen.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], "
            "om gewicht te verliezen.",
        ),
    ],
)
def test_dutch_states_become_the_purpose(checker: Checker, goal: str, rewrite: str) -> None:
    assert checker.check(goal, lang="nl", reference_date=REF).rewrite == rewrite


def test_english_purpose_uses_in_order_to(checker: Checker) -> None:
    rewrite = checker.check("Live a healthier life.", lang="en", reference_date=REF).rewrite
    assert rewrite is not None
    assert rewrite.startswith("By [date], I will [concrete behaviour]")
    assert rewrite.endswith("in order to live a healthier life.")


def test_the_rewrite_passes_specific_once_filled(checker: Checker) -> None:
    filled = (
        "Vóór 1 juni 2027 ga ik elke week twee keer 30 minuten hardlopen, met als bewijs "
        "mijn hardloop-app, om een gezonder leven te leiden."
    )
    assert checker.check(filled, lang="nl", reference_date=REF).criteria["S"].passed


def test_a_te_infinitive_keeps_the_ordinary_frame(checker: Checker) -> None:
    rewrite = checker.check(
        "Leren om me klantgerichter op te stellen.", lang="nl", reference_date=REF
    ).rewrite
    assert rewrite is None or "te te" not in rewrite
