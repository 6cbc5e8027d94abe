"""A word twice in a row is a seam, also when one of the two carries a stress accent.

Dutch writes stress on 'vóór' and 'één'; a frame that puts its own 'voor' before a safe
fix's 'vóór 31 maart 2027' made 'Ik ga voor vóór 31 maart 2027 ...'. Without the accents
the two are one word twice.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_kinds

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "candidate", "doubled"),
    [
        (
            "Ik wil eind maart beter worden in Excel.",
            "Ik ga voor vóór 31 maart 2027 [concreet gedrag] in Excel.",
            True,
        ),
        (
            "Ik wil voor de klant sneller een offerte maken.",
            "Vóór [datum] ga ik voor de klant binnen [aantal] dagen een offerte maken.",
            False,
        ),
        (
            "Ik wil eind maart beter worden in Excel.",
            "Ik ga vóór 31 maart 2027 [concreet gedrag] in Excel, met als bewijs [hoe gemeten].",
            False,
        ),
    ],
)
def test_a_word_twice_with_an_accent(goal: str, candidate: str, doubled: bool) -> None:
    assert ("doubled" in seam_kinds(CHECKER, "nl", goal, candidate)) is doubled


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil eind maart beter worden in Excel.",
        "Ik wil eind juni beter worden in het plannen van de diensten.",
    ],
)
def test_no_rewrite_shows_voor_voor(text: str) -> None:
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    for rewrite in report.rewrites:
        assert "voor vóór" not in rewrite.lower(), rewrite
