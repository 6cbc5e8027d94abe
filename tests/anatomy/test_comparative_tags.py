"""A Dutch comparative the small tagger calls a finite verb ('Klanten *vriendelijker* te
woord staan') is read as the adjective it is, so the noun before it is no subject and the
rewrite keeps the writer's fragment whole. The endings are the pack's grammar
(``comparative_endings``): English forms none that the repair needs. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.reading.pipeline import _comparative, pack_grammar
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
    grammar = pack_grammar("nl")
    assert grammar is not None
    assert _comparative(word, "nl", grammar) is comparative


def test_a_language_whose_pack_names_no_comparative_endings_is_not_repaired() -> None:
    grammar = pack_grammar("en")
    assert grammar is not None and grammar.comparative_endings == ()
    assert not _comparative("friendlier", "en", grammar)
    assert pack_grammar("xx") is None  # no built-in pack: the pipeline repairs nothing


def test_the_fragment_with_a_comparative_keeps_its_order() -> None:
    goal = "Klanten vriendelijker begroeten bij de ingang."
    rewrite = well_rewritten(CHECKER, goal, "nl")
    assert "klanten vriendelijker" in rewrite
    assert "zorg ik ervoor dat" not in rewrite
