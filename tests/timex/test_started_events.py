"""The start of a named thing is an event, and a bracket after it may date it (JUDGING.md, T).

"Voor de start van de nieuwe lijn", "before the start of the new ward": the start of any
named thing is a moment the writer can date, as its opening is. A month in a bracket after
the event's words ("(SOP in oktober)", "(planned for May)") says when the event is: no
deadline of its own, so T006 does not offer to turn it into "vóór 31 oktober" and a rewrite
keeps it as written. Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.reading.timex import find_time_expressions

REF = date(2026, 11, 23)
CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "anchor"),
    [
        ("nl", "Voor de start van de nieuwe afvullijn kan ik zelfstandig omstellen.", "de start"),
        ("nl", "Voor de aanvang van de bouw heb ik mijn VCA-diploma.", "de aanvang"),
        (
            "en",
            "Before the start of the new ward I will run the medication round on my own.",
            "the start",
        ),
    ],
)
def test_the_start_of_a_named_thing_is_an_event(lang: str, text: str, anchor: str) -> None:
    found = find_time_expressions(text, lang, REF)  # type: ignore[arg-type]
    assert [e.anchor.text for e in found if e.kind == "event" and e.anchor] == [anchor]
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.criteria[Criterion.T].passed


DATED = [
    (
        "nl",
        "Voor de start van de nieuwe verpakkingslijn (SOP in maart) ben ik gecertificeerd als lijnoperator.",
        "(SOP in maart)",
    ),
    (
        "nl",
        "Voor de opening van het nieuwe depot (gepland in mei) wil ik beter worden in het plannen van de routes.",
        "(gepland in mei)",
    ),
    (
        "en",
        "Before the audit (in May) I want to get better at writing cleaning procedures.",
        "(in May)",
    ),
]


@pytest.mark.parametrize(("lang", "text", "bracket"), DATED)
def test_a_month_in_a_bracket_dates_the_event(lang: str, text: str, bracket: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert "T006" not in [f.code for f in report.findings]
    assert report.criteria[Criterion.T].passed
    for rewrite in report.rewrites:
        assert bracket in rewrite


def test_a_month_outside_the_bracket_is_still_a_deadline() -> None:
    text = "Voor de audit (zie het jaarplan) en in maart schrijf ik drie schoonmaakprocedures."
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert "T006" in [f.code for f in report.findings]
