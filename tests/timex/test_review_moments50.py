"""A routine's review moment told as a start bounds the routine (session 50, lead; found on
heldout49: "Twee keer per maand een kalibratiesessie geven ..., te beginnen in april. Na drie
maanden vraag ik ... of ze er wat aan hebben.").

"Na drie maanden" / "after three months" is read as a start; on a routine a start only says
when it begins, so the routine failed T (T004). JUDGING T fails a routine "without any end or
review moment": when the start's sentence tells a review of how it goes (evaluate it, ask or
discuss whether it works; the packs' ``review_acts``), it is that moment, read as the
routine's deadline. A review that is itself the routine ("elke week evalueren") and a start
with no review keep the start. Goals written fresh for this test.
"""

from __future__ import annotations

import pytest
from tests.conftest import REF

from smartcheck import Checker


@pytest.mark.parametrize(
    ("lang", "text", "moment"),
    [
        (
            "nl",
            "Elke week bel ik twee nieuwe klanten na. Na drie maanden evalueer ik met "
            "mijn leidinggevende of het werkt.",
            "Na drie maanden",
        ),
        (
            "nl",
            "Ik geef twee keer per maand een toolbox aan de monteurs en vraag na zes weken "
            "of ze er iets aan hebben.",
            "na zes weken",
        ),
        (
            "en",
            "Every Friday I pair with a junior on code review. After two months I ask "
            "them whether it helps.",
            "After two months",
        ),
        (
            "en",
            "I lead the stand-up twice a week and evaluate it with my manager after three months.",
            "after three months",
        ),
    ],
)
def test_a_review_moment_bounds_the_routine(
    checker: Checker, lang: str, text: str, moment: str
) -> None:
    report = checker.check(text, lang=lang, reference_date=REF)
    kinds = {d.text: d.kind for d in report.goal.deadlines}
    assert kinds[moment] == "deadline"
    assert "T004" not in {f.code for f in report.findings}
    assert report.criteria["T"].passed


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("nl", "Na drie maanden ga ik elke week evalueren met mijn team.", "Na drie maanden"),
        ("en", "After three months I want to review the backlog every week.", "After three months"),
        ("nl", "Na drie maanden ga ik elke week twee klanten bellen.", "Na drie maanden"),
    ],
)
def test_a_start_without_its_own_review_stays_a_start(
    checker: Checker, lang: str, text: str, start: str
) -> None:
    report = checker.check(text, lang=lang, reference_date=REF)
    kinds = {d.text: d.kind for d in report.goal.deadlines}
    assert kinds[start] == "start"
    assert "T004" in {f.code for f in report.findings}


def test_a_one_off_start_is_left_as_it_is(checker: Checker) -> None:
    goal = checker.parse(
        "Na drie maanden evalueer ik met mijn leidinggevende of de nieuwe planning werkt.",
        lang="nl",
        reference_date=REF,
    )
    assert [d.kind for d in goal.deadlines] == ["start"]
