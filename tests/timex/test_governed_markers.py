"""A weak marker a verb takes as its object names no moment: "slaag ik voor het examen" is
passing the exam (measurable, JUDGING M), not a deadline before it. Without such a verb the same
marker stays a moment of the cycle ("voor het examen oefen ik ...")."""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.reading.timex import find_time_expressions

REF = date(2026, 11, 23)


@pytest.mark.parametrize(
    "text",
    [
        "In juni 2027 slaag ik voor het theorie-examen heftruck.",
        "Ik wil geslaagd zijn voor de toets bedrijfshulpverlening.",
        "Vóór 1 maart 2027 meld ik me aan voor het assessment.",
        "Ik ben niet gezakt voor de praktijktoets, dus nu de volgende.",
    ],
)
def test_a_governed_marker_is_no_moment(text: str) -> None:
    anchors = [t for t in find_time_expressions(text, "nl", REF) if t.kind == "event"]
    assert anchors == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Voor het examen oefen ik elke week twee uur de praktijkopdrachten.",
        "Bij de beoordeling laat ik mijn portfolio zien.",
    ],
)
def test_without_such_a_verb_the_marker_stays_a_moment(text: str) -> None:
    anchors = [t for t in find_time_expressions(text, "nl", REF) if t.kind == "event"]
    assert anchors, text


def test_passing_a_named_exam_by_a_date_is_smart() -> None:
    report = Checker().check(
        "Uiterlijk eind april 2027 slaag ik voor het examen Veilig Werken Langs de Weg.",
        lang="nl",
        reference_date=REF,
    )
    assert {c: v.passed for c, v in report.criteria.items()} == dict.fromkeys(Criterion, True)
