"""An attempt promised instead of the result ("Vóór juni doe ik een poging om ... te halen",
"I'll make an attempt to pass ...") fails A as a hedge; the rewrite commits to the result in
the goal's own order, the finite verb of the attempt giving its place to the committed
auxiliary. Goals written fresh for this file."""

from __future__ import annotations

import pytest

from smartcheck import Checker, Criterion
from tests.conftest import REF


@pytest.mark.parametrize(
    ("lang", "goal", "rewrite"),
    [
        (
            "nl",
            "Vóór 1 juni 2027 doe ik een poging om het VCA-diploma te halen.",
            "Vóór 1 juni 2027 ga ik het VCA-diploma halen, in overleg met [wie ondersteunt je].",
        ),
        (
            "nl",
            "Ik doe een poging om vóór 1 juni 2027 het VCA-diploma te halen.",
            "Ik ga vóór 1 juni 2027 het VCA-diploma halen, in overleg met [wie ondersteunt je].",
        ),
        (
            "nl",
            "Ik wil vóór 1 juni 2027 een poging doen om het VCA-diploma te halen.",
            "Ik ga vóór 1 juni 2027 het VCA-diploma halen, in overleg met [wie ondersteunt je].",
        ),
        (
            "en",
            "I'll make an attempt to pass the forklift exam by 1 June 2027.",
            "I will pass the forklift exam by 1 June 2027, agreed with [who supports you].",
        ),
        (
            "en",
            "By 1 March 2027 we will make every attempt to publish the new safety procedure.",
            "By 1 March 2027, we will publish the new safety procedure, agreed with [who "
            "supports you].",
        ),
    ],
)
def test_an_attempt_becomes_the_commitment(
    checker: Checker, lang: str, goal: str, rewrite: str
) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert not report.criteria[Criterion.A].passed
    assert report.rewrite == rewrite
    again = checker.check(
        rewrite.replace("[wie ondersteunt je]", "mijn leidinggevende").replace(
            "[who supports you]", "my manager"
        ),
        lang=lang,
        reference_date=REF,
    )
    assert again.criteria[Criterion.A].passed


def test_doing_ones_best_in_dutch_keeps_its_verb(checker: Checker) -> None:
    """Effort that is no hedge for the verdict ("Ik doe mijn best om") keeps the writer's
    "doe": the attempt's repair only takes a finite verb the judgement flagged."""
    goal = "Ik doe mijn best om vóór 1 juni 2027 het VCA-diploma te halen."
    report = checker.check(goal, lang="nl", reference_date=REF)
    assert report.criteria[Criterion.A].passed
    assert report.rewrite is None
