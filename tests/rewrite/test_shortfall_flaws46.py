"""A flaw of shortfall points the other way from a flaw of excess (session 46, lead).

'Ik stel te weinig vragen' became 'Vóór [datum] stel ik minder weinig vragen': the packs'
``rewrite.excess_reductions`` read any 'te' as an excess to reduce. A shortfall ('te
weinig', 'te zelden', 'too few', 'too little', 'too rarely') is told as its increase
('meer', 'vaker', 'more', 'more often'), also when it closes the sentence.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "told"),
    [
        ("nl", "Ik stel te weinig vragen aan de planner.", "stel ik meer vragen aan de planner"),
        ("nl", "Ik vraag te zelden om hulp.", "vraag ik vaker om hulp"),
        ("en", "I ask too few questions in the handover.", "I will ask more questions"),
        (
            "en",
            "I check the temperature log too rarely.",
            "I will check the temperature log more often",
        ),
        (
            "nl",
            "Mijn werkbegeleider vindt dat ik te weinig vragen stel.",
            "ga ik meer vragen stellen",
        ),
    ],
)
def test_a_shortfall_is_told_as_its_increase(lang: str, goal: str, told: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert told in rewrite
    assert "minder weinig" not in rewrite and "less rarely" not in rewrite
