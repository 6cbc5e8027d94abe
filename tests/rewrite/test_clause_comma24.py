"""A clause the writer opened with 'so', 'so that' or 'zodat' after the added phrases gets
its comma ('..., with [how measured] as evidence, so I can ...'). Fresh goals. ('so' before
an adverb, 'so often', opens no clause: seen in heldout18, kept as written.)"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "Learn the new till software so I can close the shop on my own.",
            "en",
            "as evidence, so I can close",
        ),
        (
            "Learn the pallet scanner app so that the night crew can ask me.",
            "en",
            "as evidence, so that the night crew",
        ),
    ],
)
def test_a_clause_after_the_added_phrases_gets_its_comma(text: str, lang: str, kept: str) -> None:
    assert kept in well_rewritten(CHECKER, text, lang)
