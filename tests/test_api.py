"""The public API: check, check_many, parse, Checker, and the report's JSON contract."""

from __future__ import annotations

import json
from datetime import date

import pytest

import smartcheck
from smartcheck import Checker, GoalError, GoalReport
from tests.conftest import REF


def test_check_returns_a_complete_report_for_dutch() -> None:
    report = smartcheck.check("Ik wil beter worden in Excel.", lang="nl", reference_date=REF)
    assert report.lang == "nl"
    assert set(report.criteria) == {"S", "M", "A", "R", "T"}
    assert not report.criteria["S"].passed
    assert not report.criteria["M"].passed
    assert not report.criteria["T"].passed
    assert not report.is_smart
    assert {"S001", "M001", "T001"} <= {f.code for f in report.findings}
    assert report.goal.text == "Ik wil beter worden in Excel."
    assert report.rewrite is None or isinstance(report.rewrite, str)


def test_check_passes_a_smart_english_goal() -> None:
    report = smartcheck.check(
        "I will pass the forklift exam and get my certificate by 1 March 2027.",
        reference_date=REF,
    )
    assert report.lang == "en"
    assert report.is_smart, [f.code for f in report.findings]
    assert report.goal.deadline is not None
    assert report.goal.deadline.due == date(2027, 3, 1)


def test_messages_follow_the_goal_language() -> None:
    nl = smartcheck.check("Ik haal mijn certificaat.", lang="nl", reference_date=REF)
    en = smartcheck.check("I will get my certificate.", lang="en", reference_date=REF)
    assert nl.criteria["T"].findings[0].message.startswith("Het doel")
    assert en.criteria["T"].findings[0].message.startswith("The goal")
    assert nl.criteria["T"].question == "Wanneer moet het klaar zijn?"


def test_message_language_can_be_fixed_in_config() -> None:
    checker = Checker({"message_lang": "en"})
    report = checker.check("Ik haal mijn certificaat.", lang="nl", reference_date=REF)
    assert report.criteria["T"].label == "Time-bound"
    assert report.criteria["T"].findings[0].message.startswith("The goal")


def test_spans_point_into_the_text() -> None:
    report = smartcheck.check("Ik ga proberen om vaker op tijd te komen.", reference_date=REF)
    for finding in report.findings:
        assert report.goal.text[finding.start : finding.end] == finding.text


def test_json_round_trip_is_exact() -> None:
    report = smartcheck.check(
        "Binnen drie maanden kan ik de klimaatcomputer zelfstandig instellen.",
        lang="nl",
        reference_date=REF,
    )
    again = GoalReport.model_validate_json(report.model_dump_json())
    assert again == report
    assert again.model_dump_json() == report.model_dump_json()
    assert json.loads(report.model_dump_json())["schema_version"] == smartcheck.SCHEMA_VERSION


def test_json_schema_is_exported() -> None:
    schema = smartcheck.report_json_schema()
    assert schema["title"] == "GoalReport"
    assert "criteria" in schema["properties"]


def test_parse_gives_the_goal_without_verdicts() -> None:
    goal = smartcheck.parse(
        "Binnen drie maanden kan ik de klimaatcomputer zelfstandig instellen.",
        lang="nl",
        reference_date=REF,
    )
    assert goal.deadline is not None and goal.deadline.due == date(2027, 2, 23)
    assert goal.doc is not None and goal.doc.text == goal.text
    assert goal.actor is not None and goal.actor.first_person


def test_check_many_keeps_input_order_and_languages() -> None:
    texts = [
        "Ik wil beter worden in Excel.",
        "I will try to improve.",
        "Ik haal vóór 1 maart 2027 mijn VCA-certificaat.",
    ] * 3
    results = list(smartcheck.check_many(texts, reference_date=REF, batch_size=4))
    assert [r.goal.text for r in results if isinstance(r, GoalReport)] == texts
    assert [r.lang for r in results if isinstance(r, GoalReport)] == ["nl", "en", "nl"] * 3


def test_check_many_matches_check() -> None:
    texts = ["Ik wil beter worden in Excel.", "I will pass the exam before 1 March 2027."]
    batch = list(smartcheck.check_many(texts, reference_date=REF))
    single = [smartcheck.check(t, reference_date=REF) for t in texts]
    assert batch == single


def test_check_many_reports_bad_items_in_place() -> None:
    results = list(
        smartcheck.check_many(
            ["Ik haal mijn rijbewijs.", "", 42, "I will run."], reference_date=REF
        )
    )
    assert isinstance(results[0], GoalReport)
    assert isinstance(results[1], GoalError) and results[1].index == 1
    assert isinstance(results[2], GoalError) and "int" in results[2].message
    assert isinstance(results[3], GoalReport)


def test_check_many_can_raise_with_the_index() -> None:
    seen = []
    with pytest.raises(smartcheck.InvalidGoalError, match="index 1"):
        for result in smartcheck.check_many(["Ik haal mijn rijbewijs.", "  "], errors="raise"):
            seen.append(result)
    assert len(seen) == 1


@pytest.mark.parametrize("bad", [None, 3, b"bytes", "", "   \n\t", ["list"]])
def test_bad_input_raises_a_clear_error(bad: object) -> None:
    with pytest.raises(smartcheck.InvalidGoalError) as info:
        smartcheck.check(bad)  # type: ignore[arg-type]
    assert "goal" in str(info.value)


def test_too_long_goal_is_rejected_with_its_size() -> None:
    with pytest.raises(smartcheck.InvalidGoalError, match="6000 characters"):
        smartcheck.check("a" * 6000)
    assert Checker({"max_length": 10_000}).check("Ik leer. " * 600, lang="nl") is not None


def test_unsupported_language_is_an_error() -> None:
    with pytest.raises(smartcheck.UnsupportedLanguageError, match="de"):
        smartcheck.check("Ich möchte bis Ende des Jahres besser in Excel werden und mehr lernen.")
    with pytest.raises(smartcheck.UnsupportedLanguageError, match="'fr'"):
        smartcheck.check("Ik wil beter worden.", lang="fr")


def test_reference_date_defaults_to_today() -> None:
    assert smartcheck.parse("Ik haal mijn rijbewijs.").reference_date == date.today()


def test_two_configs_coexist() -> None:
    strict = Checker({"threshold": 0.95})
    lenient = Checker({"threshold": 0.05})
    text = "Ik wil beter worden in Excel."
    assert not strict.check(text, reference_date=REF).criteria["A"].passed
    assert lenient.check(text, reference_date=REF).criteria["S"].passed


def test_every_smartcheck_error_is_importable_from_the_package() -> None:
    """A caller catches what the library raises without knowing which module defines it."""
    import inspect

    import smartcheck.errors

    raised = {
        name
        for name, value in vars(smartcheck.errors).items()
        if inspect.isclass(value) and issubclass(value, smartcheck.errors.SmartcheckError)
    }
    assert raised <= set(smartcheck.__all__)
    for name in raised:
        assert getattr(smartcheck, name) is getattr(smartcheck.errors, name)
