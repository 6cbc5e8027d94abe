"""A wish told as a sentence of its own after the act is what the commitment replaces
(session 47, lead; the class was found on the blind set heldout47 after its candidate run,
so in-sample there).

'Meer verantwoordelijkheid. Wil ik wel.', 'Get a coaching certificate. Really want this.':
the pack's ``rewrite.trailing_wish`` was read only after a comma or a dash ('...,
wil ik wel'); as its own sentence the wish was kept and the goal fell back. A full stop
parts the act from the wish too (trailing_wishes.py).

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "lang", "gone"),
    [
        ("Meer zelfstandigheid op de werkvloer. Wil ik wel.", "nl", "Wil ik"),
        ("Beter leren delegeren. Wil ik graag.", "nl", "Wil ik"),
        ("Get my HGV licence. Really want this.", "en", "want this"),
    ],
)
def test_the_wish_sentence_goes_with_the_commitment(goal: str, lang: str, gone: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert gone not in rewrite
