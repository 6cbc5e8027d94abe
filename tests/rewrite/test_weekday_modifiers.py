"""A weekday that names a kind of thing is no deadline, and the rewrite keeps it.

"Friday" in "on busy Friday pick-ups" or "during long Saturday shifts" says which pick-ups
or shifts, not by when (JUDGING T: a deadline is a date or an anchored event). The goal
still fails T, and its rewrite asks for a date while keeping the weekday phrase as
written; a weekday right after its marker ("on Friday") stays a date.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion

CHECKER = Checker()
REF = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "Stay calm with parents during busy Saturday swim galas.",
            "en",
            "busy Saturday swim galas",
        ),
        ("Answer the phones politely on hectic Monday mornings rush.", "en", "hectic Monday"),
        ("Be more patient at our long Thursday handovers.", "en", "long Thursday handovers"),
        ("Ik wil rustig blijven op drukke zaterdag markten.", "nl", "drukke zaterdag markten"),
    ],
)
def test_weekday_that_names_a_kind_is_no_deadline(text: str, lang: str, kept: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.criteria[Criterion.T].passed
    assert report.rewrite is not None
    assert kept in report.rewrite
    assert "2026" not in report.rewrite


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I will send the new rota to the team on Friday.", "en"),
        ("Ik stuur op vrijdag het nieuwe rooster naar het team.", "nl"),
    ],
)
def test_weekday_after_its_marker_is_a_date(text: str, lang: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.criteria[Criterion.T].passed
