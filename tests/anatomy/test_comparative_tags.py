"""A Dutch comparative the small tagger calls a finite verb ('Klanten *vriendelijker* te
woord staan') is read as the adjective it is, so the noun before it is no subject and the
rewrite keeps the writer's fragment whole. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.reading.pipeline import _comparative_nl
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("word", "comparative"),
    [
        ("vriendelijker", True),
        ("duidelijker", True),
        ("sneller", True),  # the doubled consonant
        ("zekerder", True),  # -der after -r
        ("verbeter", False),  # a verb stem: its lemma ends in -en
        ("bewaker", False),  # a noun in -er
    ],
)
def test_a_dutch_comparative_is_told_from_a_verb(word: str, comparative: bool) -> None:
    assert _comparative_nl(word) is comparative


def test_the_fragment_with_a_comparative_keeps_its_order() -> None:
    goal = "Klanten vriendelijker begroeten bij de ingang."
    rewrite = well_rewritten(CHECKER, goal, "nl")
    assert "klanten vriendelijker" in rewrite
    assert "zorg ik ervoor dat" not in rewrite
