"""The document API contract: check_document / check_documents and their result models."""

from __future__ import annotations

import json
from pathlib import Path

import smartcheck
from smartcheck import Checker, DocumentResult
from tests.conftest import REF

POP = """\
# POP 2027

## Mijn ontwikkeldoelen

| Doel | Wanneer klaar | Ondersteuning |
|---|---|---|
| Ik haal mijn certificaat NEN 3140 met minimaal een 7. | 1 juli 2027 | Peter (coaching) |
"""


def test_check_document_takes_str_and_path(tmp_path: Path) -> None:
    path = tmp_path / "pop.md"
    path.write_text(POP, encoding="utf-8")
    by_str = smartcheck.check_document(str(path), reference_date=REF)
    by_path = smartcheck.check_document(path, reference_date=REF)
    assert by_str == by_path
    assert (by_path.path, by_path.format, by_path.encoding, by_path.errors) == (
        str(path),
        "markdown",
        "utf-8",
        (),
    )
    (goal,) = by_path.goals
    assert goal.text == "Ik haal mijn certificaat NEN 3140 met minimaal een 7."
    assert (goal.location.line, goal.location.column) == (7, 3)
    assert goal.context == {"deadline": "1 juli 2027", "support": "Peter (coaching)"}
    assert goal.report is not None and goal.report.text == goal.text
    assert goal.span is not None
    assert POP[goal.span.start : goal.span.end] == goal.text


def test_checker_method_matches_module_function(tmp_path: Path, checker: Checker) -> None:
    path = tmp_path / "pop.md"
    path.write_text(POP, encoding="utf-8")
    assert checker.check_document(path, reference_date=REF) == smartcheck.check_document(
        path, reference_date=REF
    )


def test_context_counts_for_t_and_r_and_says_where(tmp_path: Path, checker: Checker) -> None:
    path = tmp_path / "pop.md"
    path.write_text(POP, encoding="utf-8")
    (goal,) = checker.check_document(path, reference_date=REF).goals
    assert goal.report is not None
    bare = checker.check(goal.text, reference_date=REF)
    assert not bare.criteria["T"].passed
    assert goal.report.criteria["T"].passed
    t_sources = [e.source for e in goal.report.criteria["T"].evidence]
    assert t_sources == ["cell 'Wanneer klaar' (7:59)"]
    r_evidence = [e for e in goal.report.criteria["R"].evidence if e.source]
    assert [e.text for e in r_evidence] == ["Peter (coaching)"]
    assert goal.report.criteria["R"].score > bare.criteria["R"].score


def test_result_round_trips_through_json(tmp_path: Path, checker: Checker) -> None:
    path = tmp_path / "pop.md"
    path.write_text(POP, encoding="utf-8")
    result = checker.check_document(path, reference_date=REF)
    data = json.loads(result.model_dump_json())
    assert data["schema_version"] == smartcheck.DOCUMENT_SCHEMA_VERSION
    assert DocumentResult.model_validate_json(result.model_dump_json()) == result
    assert "DocumentGoal" in json.dumps(smartcheck.document_json_schema())


def test_check_documents_goes_on_after_a_bad_file(tmp_path: Path, checker: Checker) -> None:
    good = tmp_path / "goals.txt"
    good.write_text("Ik rond vóór 1 juli 2027 de cursus Excel af.\n", encoding="utf-8")
    missing = tmp_path / "missing.md"
    folder = tmp_path / "folder.md"
    folder.mkdir()
    results = list(checker.check_documents([missing, good, folder], reference_date=REF))
    assert [r.ok for r in results] == [False, True, False]
    assert [e.problem for e in results[0].errors] == ["not-found"]
    assert [g.text for g in results[1].goals] == ["Ik rond vóór 1 juli 2027 de cursus Excel af."]
    assert results[2].errors[0].message == f"{folder}: is a folder, not a document"


def test_bytes_with_a_name_and_a_format(checker: Checker) -> None:
    result = checker.check_document(
        "<stdin>", data=b"- Ik wil beter worden in plannen.\n", format="markdown"
    )
    assert result.format == "markdown"
    assert result.goals == ()  # a list with no goal heading is not a goal list
    plain = checker.check_document("<stdin>", data=b"1. Ik wil beter worden in plannen.\n")
    assert plain.format == "text"
    assert [g.text for g in plain.goals] == ["Ik wil beter worden in plannen."]


def test_numbered_goal_is_judged_without_its_number(checker: Checker) -> None:
    """The '1.' of a numbered goal is no measure: the marker is stripped before judging."""
    result = checker.check_document("goals.txt", data=b"1. Ik wil beter worden in plannen.\n")
    (goal,) = result.goals
    assert goal.report is not None
    assert not goal.report.criteria["M"].passed
    assert goal.report.criteria["M"].passed == checker.check(goal.text).criteria["M"].passed


def test_context_by_hand_for_a_single_goal(checker: Checker) -> None:
    report = checker.check(
        "Ik leer draaitabellen maken in Excel.",
        reference_date=REF,
        context={"deadline": "1 juli 2027", "owner": "Sanne"},
    )
    assert report.criteria["T"].passed
    assert [e.source for e in report.criteria["A"].evidence if e.label == "owner"] == [
        "owner field"
    ]


def test_passed_date_in_the_deadline_column_is_reported_on_the_cell(checker: Checker) -> None:
    doc = (
        "## Doelen\n\n| Doel | Deadline |\n|---|---|\n"
        "| Ik haal mijn VCA-certificaat. | 1 maart 2025 |\n| Ik leer Excel. | z.s.m. |\n"
    )
    passed, vague = checker.check_document("pop.md", data=doc.encode(), reference_date=REF).goals
    assert passed.report is not None and vague.report is not None
    (t003,) = [f for f in passed.report.findings if f.code == "T003"]
    assert (t003.text, t003.source) == ("1 maart 2025", "cell 'Deadline' (5:35)")
    (t002,) = [f for f in vague.report.findings if f.code == "T002"]
    assert t002.source == "cell 'Deadline' (6:20)"
    assert not vague.report.criteria["T"].passed


def test_a_goal_too_long_to_judge_is_an_error_in_place(tmp_path: Path) -> None:
    from smartcheck import Config

    checker = Checker(Config(model={"nl": "blank", "en": "blank"}, max_length=40))
    doc = "Goals:\n- I pass the exam.\n- " + "I will " + "really " * 20 + "pass.\n- I lead.\n"
    result = checker.check_document("pop.txt", data=doc.encode())
    assert [g.error is None for g in result.goals] == [True, False, True]
    assert result.goals[1].error is not None and result.goals[1].report is None


def test_a_short_goal_takes_the_language_of_its_document(blank_checker: Checker) -> None:
    doc = (
        "## Goals\n\n- I will pass the exam before 1 June 2027.\n"
        "- I will lead two workshops for the team.\n- Netflix.\n"
    )
    result = blank_checker.check_document("pop.md", data=doc.encode())
    assert [g.report.lang for g in result.goals if g.report] == ["en", "en", "en"]
    assert blank_checker.check("Netflix.").lang == "nl"  # alone, the default language
