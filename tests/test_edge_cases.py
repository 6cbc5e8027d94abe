"""Odd goals get sensible verdicts, never an exception; clearly SMART goals pass."""

from __future__ import annotations

import pytest

from smartcheck import Checker, GoalReport
from tests.conftest import REF

ODD_GOALS = [
    ("Excel", "nl"),
    ("!!!", "nl"),
    ("...", "en"),
    ("42", "nl"),
    ("1 maart 2027", "nl"),
    ("31-12-2026", None),
    ("IK WIL BETER WORDEN IN EXCEL.", None),
    ("I WILL PASS THE EXAM BY 1 MARCH 2027.", None),
    ("Ik wil beter worden in Excel 💪🚀", None),
    ("• Ik haal vóór 1 juni 2027 mijn rijbewijs\n• Ik lees elke maand een boek", None),
    ("Ik wil mijn English skills improven before the summer.", None),
    ("I want to beter worden in Excel.", None),
    ("Wat wil ik dit jaar leren?", None),
    ("   Ik haal mijn certificaat.   ", None),
]


@pytest.mark.parametrize(("text", "lang"), ODD_GOALS)
def test_odd_goals_get_a_report(checker: Checker, text: str, lang: str | None) -> None:
    report = checker.check(text, lang=lang, reference_date=REF)
    assert isinstance(report, GoalReport)
    assert set(report.criteria) == set("SMART")
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.text


@pytest.mark.parametrize(("text", "lang"), [("Excel", "nl"), ("!!!", "nl"), ("42", "nl")])
def test_fragments_are_not_smart(checker: Checker, text: str, lang: str) -> None:
    report = checker.check(text, lang=lang, reference_date=REF)
    assert not report.is_smart
    assert not report.criteria["T"].passed


def test_shouting_does_not_change_the_verdict(checker: Checker) -> None:
    calm = checker.check("Ik wil beter worden in Excel.", reference_date=REF)
    loud = checker.check("IK WIL BETER WORDEN IN EXCEL.", reference_date=REF)
    assert loud.lang == "nl"
    assert {c: s.passed for c, s in loud.criteria.items()} == {
        c: s.passed for c, s in calm.criteria.items()
    }


CLEARLY_SMART = [
    ("Ik haal vóór 1 maart 2027 mijn VCA-certificaat.", "nl"),
    (
        "Vóór 1 juni 2027 rond ik de cursus Excel gevorderd af en maak ik zelf de maandrapportage.",
        "nl",
    ),
    ("Binnen drie maanden voer ik zelfstandig vijf intakegesprekken met nieuwe cliënten.", "nl"),
    (
        "In overleg met mijn leidinggevende geef ik vóór 1 april 2027 twee presentaties in het teamoverleg.",
        "nl",
    ),
    ("Vóór 31-12-2026 lever ik het nieuwe rooster voor het magazijn in bij mijn teamleider.", "nl"),
    ("I will pass the forklift exam and get my certificate by 1 March 2027.", "en"),
    (
        "By 1 June 2027 I will run 5 km in under 30 minutes, training twice a week with a coach.",
        "en",
    ),
    ("Within three months I will handle ten customer calls a day on my own.", "en"),
    (
        "As agreed with my manager, I will give two presentations in the team meeting by 1 April 2027.",
        "en",
    ),
    ("By 31/12/2026 I will hand in the new warehouse rota to my team lead.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CLEARLY_SMART)
def test_clearly_smart_goals_pass_every_criterion(checker: Checker, text: str, lang: str) -> None:
    report = checker.check(text, lang=lang, reference_date=REF)
    failed = {
        c.value: [f.code for f in s.findings] for c, s in report.criteria.items() if not s.passed
    }
    assert report.is_smart, failed


def test_findings_that_fail_a_criterion_name_their_evidence(checker: Checker) -> None:
    goals = [
        "Ik wil beter worden in Excel.",
        "I will try to be the best, asap.",
        "Er moet meer aandacht komen voor veiligheid.",
    ]
    for text in goals:
        report = checker.check(text, reference_date=REF)
        for score in report.criteria.values():
            if not score.passed:
                assert all(f.end > f.start and f.text for f in score.findings), score
