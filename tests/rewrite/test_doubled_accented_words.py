"""A word twice in a row is a seam, also when one of the two carries a stress accent.

Dutch writes stress on 'vóór' and 'één'; a frame that puts its own 'voor' before a safe
fix's 'vóór 31 maart 2027' made 'Ik ga voor vóór 31 maart 2027 ...'. Without the accents
the two are one word twice.
"""

from __future__ import annotations

import pytest

from smartcheck import check
from smartcheck.api import default_checker
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import style_for
from tests.support.rewrite_quality import REFERENCE_DATE


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
    checker = default_checker()
    ctx = checker.context("nl")
    style = style_for(ctx)
    assert style is not None
    found = find_seams(candidate, checker.parse(goal, "nl"), ctx, style)
    assert any(s.kind == "doubled" for s in found) is doubled, found


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil eind maart beter worden in Excel.",
        "Ik wil eind juni beter worden in het plannen van de diensten.",
    ],
)
def test_no_rewrite_shows_voor_voor(text: str) -> None:
    report = check(text, lang="nl", reference_date=REFERENCE_DATE)
    for rewrite in report.rewrites:
        assert "voor vóór" not in rewrite.lower(), rewrite
