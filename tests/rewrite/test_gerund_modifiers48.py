"""A goal told as a gerund that the parser read as a noun's modifier is still the act
(session 48, lead).

'Reading drawings properly': the parser took 'Reading' for a kind of drawings (a modifier of
the noun), so the gerund reading (gerund_goals.py), which wants the gerund at the root,
passed it by, and the closing sentence 'Concretely, I will [concrete behaviour] ...' was
shown, failing S. An adverb after the noun modifies no noun: the gerund is the act, put in
its base form and read again ('By [date], I will read drawings properly ...'). Without such
an adverb a gerund before a noun may name a thing ('rolling stock') and is left alone.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.gerund_goals import act_told
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "act"),
    [
        ("Reading floor plans properly", "I will read floor plans properly"),
        ("Reading drawings properly.", "I will read drawings properly"),
    ],
)
def test_the_gerund_is_the_act(goal: str, act: str) -> None:
    assert act in well_rewritten(CHECKER, goal, "en")


def test_a_gerund_before_a_noun_without_an_adverb_is_left_alone() -> None:
    doc = CHECKER.parse("Reading glasses for the workshop", lang="en", reference_date=REF).doc
    assert act_told(doc) is None
