"""A time in a clause told in the simple past dates what happened, not the goal (JUDGING.md,
T: no time at all). Goals written for these tests.

"Ik wil beter worden in offertes maken. In september kreeg ik twee klachten.": the month
after a plain preposition reads as a deadline to the time engine; governed by a finite verb
in the simple past it is when the writer's context happened. A perfect ("In maart heb ik de
cursus afgerond") tells a goal as done by then, a past wish ("Ik wilde in maart beginnen")
still a plan, a deadline word ("vóór maart") and a written year ("In Q3 2027 voer ik ...",
where "voer" may be read as the past of "varen") always date: those stay deadlines.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion

REF = date(2026, 11, 23)
CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "Ik wil beter worden in het inrichten van etalages. In september kreeg ik twee klachten.",
        ),
        ("nl", "Ik wil beter leren plannen, in oktober liep de bezorging helemaal mis."),
        ("en", "Get my crane licence. I failed the practical test in October."),
        ("en", "Improve my handovers. In March a patient file went missing after my shift."),
    ],
)
def test_a_month_in_a_past_clause_is_no_deadline(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.goal.deadlines == ()
    assert not report.criteria[Criterion.T].passed


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "In maart heb ik de cursus heftruck rijden afgerond."),
        ("nl", "Ik wilde in maart beginnen met de cursus heftruck rijden."),
        ("nl", "Vóór maart kreeg ik het rooster van de inpakafdeling in handen."),
        ("en", "I will finish the crane course in March."),
        # a year written in the time dates the goal, whatever past the tagger reads
        ("nl", "In Q3 2027 voer ik zelfstandig 8 keuringen uit op de nieuwe hefbrug."),
        ("en", "Attend the packaging trade fair in 2027 and share what I learned."),
    ],
)
def test_a_perfect_a_wish_or_a_deadline_word_still_dates_the_goal(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.goal.deadlines


@pytest.mark.parametrize(
    "text",
    [
        "Voor 1 juli geef ik zelfstandig de toolboxmeeting over werken op hoogte.",
        "Voor 1 maart breng ik het offerteproces van de afdeling in kaart.",
        "In april houd ik mijn eerste presentatie voor het managementteam.",
    ],
)
def test_a_present_stem_the_tagger_called_past_still_dates_the_goal(text: str) -> None:
    """'geef', 'breng', 'houd' are the writer's present ('gaf', 'bracht', 'hield' would be
    past): the tagger's past on a stem of its own lemma takes no date away."""
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert report.goal.deadlines
    assert report.criteria[Criterion.T].passed


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil beter leren presenteren. In mei gaf ik een presentatie die helemaal misliep.",
        "Ik wil de offertes sneller maken, in maart bracht ik er drie te laat uit.",
    ],
)
def test_a_strong_past_still_tells_what_happened(text: str) -> None:
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert report.goal.deadlines == ()
