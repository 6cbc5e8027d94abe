"""A numbered goal the writer left open holds nothing to rewrite (session 48, lead; found on
the blind set heldout48 after its candidate run, so in-sample there).

'Doel 1: ... Doel 2: meer overzicht houden. Doel 3: ?': the split gave the third goal a line
of its own, '?', which no criterion can pass. A piece with no word in it ('?', '-') is a slot
left open: the split leaves it out (whole_text._fallback). Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "lang"),
    [
        ("Doel 1: de VCA-cursus halen. Doel 2: meer overzicht houden. Doel 3: ?", "nl"),
        ("Goal 1: get my forklift licence. Goal 2: plan my week better. Goal 3: -", "en"),
    ],
)
def test_the_open_slot_gets_no_line(goal: str, lang: str) -> None:
    lines = well_rewritten(CHECKER, goal, lang).split("\n")
    assert len(lines) == 2
    assert all(any(ch.isalpha() for ch in line) for line in lines)
