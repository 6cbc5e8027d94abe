"""A fragment that opens with an acronym ('PLC programming', 'CRM data entry'): the tagger
calls a bare acronym a verb at random, but the writer names a thing with it, so the goal is a
topic and the rewrite asks for the behaviour in it, never 'I will PLC programming'. A word
shouted in capitals ('NEVER again ...', 'STOP ...') is no acronym. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "topic"),
    [
        ("PLC programming", "PLC programming"),
        ("CRM data entry", "CRM data entry"),
        ("SQL reporting", "SQL reporting"),
    ],
)
def test_an_acronym_names_the_topic(goal: str, topic: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "en")
    assert topic in rewrite
    assert f"will {topic.split()[0]}" not in rewrite
    assert "[concrete behaviour]" in rewrite


def test_a_shouted_adverb_is_no_acronym() -> None:
    rewrite = well_rewritten(CHECKER, "NEVER again forget to lock the tool store!!", "en")
    assert "[concrete behaviour] for" not in rewrite
    assert "lock the tool store" in rewrite
