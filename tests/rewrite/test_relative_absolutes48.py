"""An absolute inside a relative clause that tells what others do demands nothing (session
48, lead; JUDGING R).

'... to see how they work with patients who may never leave', 'clients who never got a
diploma', 'collega's die altijd te laat komen': the relative clause describes the people the
goal is about. R001 fired on it, and the rewrite bounded it inside the others' clause
('patients who may not leave more than [number] times'). The clause's subject is a
relative pronoun of people (the pack's ``person_relatives``: 'who', 'die'). A relative
clause of being ('offertes die altijd foutloos zijn') or one about a thing ('orders that
never arrive late') states the standard of what the writer delivers and still fails R
(judging/features/absolutes.outside_relatives).

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "lang"),
    [
        ("I want to learn how to coach drivers who never read the safety bulletin.", "en"),
        ("Ik wil beter leren omgaan met bewoners die altijd om hulp bellen.", "nl"),
        ("Ik wil beter leren omgaan met collega's die altijd te laat komen.", "nl"),
    ],
)
def test_what_others_always_do_is_no_demand(goal: str, lang: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert "R001" not in {f.code for f in report.findings}


def test_the_rewrite_keeps_the_others_absolute_as_written() -> None:
    rewrite = well_rewritten(
        CHECKER, "I want to learn how to support tenants who never open their post.", "en"
    )
    assert "tenants who never open their post" in rewrite


@pytest.mark.parametrize(
    ("goal", "lang"),
    [
        ("Ik lever offertes op die altijd foutloos zijn.", "nl"),
        ("I will ship orders that never arrive late.", "en"),
    ],
)
def test_a_clause_about_the_writers_thing_still_sets_a_standard(goal: str, lang: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert not report.criteria[Criterion.R].passed
