"""The phase on the form's personalia is the phase of every goal in the document: the
form's own, so it wins over a call's or the config's."""

from __future__ import annotations

import io

import pytest
from docx import Document

from smartcheck import Checker, Criterion, DocumentResult
from tests.conftest import REF

NL_SENIOR = """# Persoonlijk ontwikkelplan

## Personalia

- Naam medewerker: Joost de Wit
- Fase: Senior

## Mijn ontwikkeldoelen

1. Ik volg dit voorjaar een basiscursus fotografie.
2. Vóór 1 juni 2027 schrijf ik de werkinstructie voor de nieuwe snijmachine.
"""

EN_JUNIOR = """Personal development plan

Employee name: Mia Lowe
Career stage: starter

Goal 1: By 1 September 2027 I will be the head of the planning department.
"""

NO_PHASE = """# Persoonlijk ontwikkelplan

## Mijn ontwikkeldoelen

1. Ik volg dit voorjaar een basiscursus fotografie.
"""


def _check(checker: Checker, name: str, text: str | bytes, **kwargs: object) -> DocumentResult:
    data = text.encode() if isinstance(text, str) else text
    result = checker.check_document(name, data=data, reference_date=REF, **kwargs)  # type: ignore[arg-type]
    assert result.errors == ()
    return result


def _codes(result: DocumentResult, index: int) -> list[str]:
    report = result.goals[index].report
    assert report is not None
    return [f.code for f in (*report.findings, *report.guidance)]


def test_a_senior_form_asks_about_the_basic_course(checker: Checker) -> None:
    result = _check(checker, "pop.md", NL_SENIOR)
    assert "P002" in _codes(result, 0)
    assert "P002" not in _codes(result, 1)
    report = result.goals[0].report
    assert report is not None
    phase = [f for f in report.goal.context if f.name == "phase"]
    assert [f.text for f in phase] == ["senior"]
    assert "Fase" in phase[0].source and "'Senior'" in phase[0].source
    assert result.metadata.phase is not None and result.metadata.phase.value == "senior"
    assert result.goals[0].context == {}  # the goal's own cells are unchanged


def test_a_junior_form_warns_about_the_jump(checker: Checker) -> None:
    result = _check(checker, "pop.txt", EN_JUNIOR)
    assert "R005" in _codes(result, 0)
    report = result.goals[0].report
    assert report is not None and not report.criteria[Criterion.R].passed


def test_the_forms_phase_wins_over_the_call_and_the_config(checker: Checker) -> None:
    by_call = _check(checker, "pop.md", NL_SENIOR, phase="junior")
    assert "P002" in _codes(by_call, 0)
    by_config = _check(Checker({"phase": "junior"}), "pop.md", NL_SENIOR)
    assert "P002" in _codes(by_config, 0)


def test_without_a_phase_on_the_form_the_call_decides(checker: Checker) -> None:
    assert "P002" not in _codes(_check(checker, "pop.md", NO_PHASE), 0)
    assert "P002" in _codes(_check(checker, "pop.md", NO_PHASE, phase="vakvolwassen"), 0)
    unclear = NO_PHASE.replace("## Mijn", "Fase: 3\n\n## Mijn")
    assert "P002" not in _codes(_check(checker, "pop.md", unclear), 0)
    assert "P002" in _codes(_check(checker, "pop.md", unclear, phase="senior"), 0)


def _word(rows: list[tuple[str, str]], goal: str) -> bytes:
    doc = Document()
    doc.add_heading("Personal details", 1)
    table = doc.add_table(rows=len(rows), cols=2)
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text = label
        row.cells[1].text = value
    doc.add_heading("Goals", 1)
    doc.add_paragraph(goal, style="List Number")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("phase", "expected"), [("Medior", True), ("Junior", False), ("Senior", True)]
)
def test_a_word_form_table_row_gives_the_phase(
    checker: Checker, phase: str, expected: bool
) -> None:
    goal = "This spring I will take an introductory course in photography."
    data = _word([("Employee", "Noor Peters"), ("Phase", phase)], goal)
    result = _check(checker, "pop.docx", data, lang="en")
    assert ("P002" in _codes(result, 0)) is expected
