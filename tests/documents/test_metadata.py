"""The form's own fields (DocumentResult.metadata): conversation date, period, phase, names,
read from labelled lines, form-table rows and YAML/JSON keys, in Dutch and English."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.documents import ContextValue, DocumentResult, Location
from smartcheck.documents.metadata import resolve_metadata

REF = date(2026, 12, 1)

NL_MARKDOWN = """# Persoonlijk ontwikkelplan

## Personalia

- Naam medewerker: Ilse Bakker
- Leidinggevende: Ruud Smit
- Datum gesprek: 9 oktober 2025
- Periode: 2025\u20132026
- Fase: vakvolwassen

## Mijn ontwikkeldoelen

1. Ik begeleid vóór 1 juli 2026 twee nieuwe collega's bij hun inwerkweek.
"""

EN_TEXT = """Personal development plan

Employee name: Tom Archer
Line manager: Priya Shah
Meeting date: March 4, 2026
Plan period: from April 2026 to March 2027
Career stage: junior

Goal 1: I will run the weekly stock count on my own by 1 June 2026.
Deadline: 1 June 2026
"""


def _check(checker: Checker, name: str, data: bytes, lang: str) -> DocumentResult:
    result = checker.check_document(name, data=data, lang=lang, reference_date=REF)
    assert result.errors == ()
    return result


def test_markdown_personalia_in_dutch(blank_checker: Checker) -> None:
    result = _check(blank_checker, "pop.md", NL_MARKDOWN.encode(), "nl")
    meta = result.metadata
    assert meta.conversation_date is not None and meta.conversation_date.value == date(2025, 10, 9)
    assert meta.period_start is not None and meta.period_start.value == date(2025, 1, 1)
    assert meta.period_end is not None and meta.period_end.value == date(2026, 12, 31)
    assert meta.phase is not None and meta.phase.value == "vakvolwassen"
    assert meta.employee is not None and meta.employee.value == "Ilse Bakker"
    assert meta.manager is not None and meta.manager.value == "Ruud Smit"
    # each field says where it stands: the value's line and column
    assert meta.conversation_date.location.line == 7
    assert meta.conversation_date.text == "9 oktober 2025"
    assert "Datum gesprek" in meta.conversation_date.source
    # the personalia lines are no goals
    assert [g.text for g in result.goals] == [
        "Ik begeleid vóór 1 juli 2026 twee nieuwe collega's bij hun inwerkweek."
    ]


def test_plain_text_header_in_english(blank_checker: Checker) -> None:
    result = _check(blank_checker, "pdp.txt", EN_TEXT.encode(), "en")
    meta = result.metadata
    assert meta.conversation_date is not None and meta.conversation_date.value == date(2026, 3, 4)
    assert meta.period_start is not None and meta.period_start.value == date(2026, 4, 1)
    assert meta.period_end is not None and meta.period_end.value == date(2027, 3, 31)
    assert meta.phase is not None and meta.phase.value == "junior"
    assert meta.employee is not None and meta.employee.value == "Tom Archer"
    assert meta.manager is not None and meta.manager.value == "Priya Shah"
    # the 'Deadline:' line under the goal stays the goal's context, not the plan's
    (goal,) = result.goals
    assert goal.context == {"deadline": "1 June 2026"}


def test_a_period_label_after_a_goal_is_that_goals_deadline(blank_checker: Checker) -> None:
    text = "Doel 1: Ik rond de module budgetteren af.\nPeriode: 1 januari t/m 31 maart 2026\n"
    result = _check(blank_checker, "pop.txt", text.encode(), "nl")
    assert result.goals[0].context == {"deadline": "1 januari t/m 31 maart 2026"}
    assert result.metadata.period_end is None


def test_a_list_of_goals_without_headings_keeps_its_header_fields(blank_checker: Checker) -> None:
    text = (
        "Naam: Joost Verbeek\nGespreksdatum: 14-01-2026\n"
        "Ik maak vóór 1 mei 2026 zelf de weekplanning.\n"
    )
    result = _check(blank_checker, "pop.txt", text.encode(), "nl")
    assert [g.text for g in result.goals] == ["Ik maak vóór 1 mei 2026 zelf de weekplanning."]
    assert result.metadata.employee is not None
    assert result.metadata.employee.value == "Joost Verbeek"
    assert result.metadata.conversation_date is not None
    assert result.metadata.conversation_date.value == date(2026, 1, 14)


def _docx(rows: list[tuple[str, str]], heading: str, goal: str) -> bytes:
    doc = Document()
    doc.add_heading(heading, 1)
    table = doc.add_table(rows=len(rows), cols=2)
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text = label
        row.cells[1].text = value
    doc.add_heading("Doelen" if heading == "Personalia" else "Goals", 1)
    doc.add_paragraph(goal, style="List Number")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("lang", "heading", "rows", "goal", "expected"),
    [
        (
            "nl",
            "Personalia",
            [
                ("Medewerker", "Fatima El Amrani"),
                ("Datum gesprek", "2 februari 2026"),
                ("Loopbaanfase", "Senior"),
            ],
            "Ik leid vóór 1 oktober 2026 zelf de kwartaalreview van de afdeling.",
            ("Fatima El Amrani", date(2026, 2, 2), "senior"),
        ),
        (
            "en",
            "Personal details",
            [("Employee", "Dan Hollis"), ("Review date", "17/09/2025"), ("Phase", "Medior")],
            "I will chair the monthly safety walk by 1 March 2026.",
            ("Dan Hollis", date(2025, 9, 17), "vakvolwassen"),
        ),
    ],
)
def test_word_form_table_rows(
    blank_checker: Checker,
    lang: str,
    heading: str,
    rows: list[tuple[str, str]],
    goal: str,
    expected: tuple[str, date, str],
) -> None:
    result = _check(blank_checker, "pop.docx", _docx(rows, heading, goal), lang)
    meta = result.metadata
    assert meta.employee is not None and meta.conversation_date is not None
    assert meta.phase is not None
    assert (meta.employee.value, meta.conversation_date.value, meta.phase.value) == expected
    assert meta.conversation_date.location.table == 1
    assert meta.conversation_date.location.row == 2
    assert [g.text for g in result.goals] == [goal]


def test_yaml_keys_at_the_top_and_in_a_personalia_object(blank_checker: Checker) -> None:
    text = (
        "personalia:\n"
        "  naam: Lotte Kramer\n"
        "  datum_gesprek: 2025-11-20\n"
        "fase: junior\n"
        "doelen:\n"
        "  - doel: Ik beantwoord vanaf 1 januari 2026 de telefoon zelfstandig.\n"
        "    deadline: 1 maart 2026\n"
    )
    result = _check(blank_checker, "pop.yaml", text.encode(), "nl")
    meta = result.metadata
    assert meta.employee is not None and meta.employee.value == "Lotte Kramer"
    assert meta.conversation_date is not None
    assert meta.conversation_date.value == date(2025, 11, 20)
    assert meta.conversation_date.location.pointer == "/personalia/datum_gesprek"
    assert meta.conversation_date.location.line == 3
    assert meta.phase is not None and meta.phase.value == "junior"
    # the goal's own deadline is context, not the plan's period
    assert meta.period_end is None
    assert result.goals[0].context == {"deadline": "1 maart 2026"}


def test_json_fields_in_english(blank_checker: Checker) -> None:
    data = {
        "employee": "Noah Fisher",
        "manager": "Grace Lee",
        "period": "2026/2027",
        "goals": [{"goal": "I will lead two stand-ups a week from 1 February 2026."}],
    }
    result = _check(blank_checker, "pdp.json", json.dumps(data).encode(), "en")
    meta = result.metadata
    assert meta.manager is not None and meta.manager.location.pointer == "/manager"
    assert meta.period_start is not None and meta.period_start.value == date(2026, 1, 1)
    assert meta.period_end is not None and meta.period_end.value == date(2027, 12, 31)


@pytest.mark.parametrize(
    ("value", "phase"),
    [
        ("Vakvolwassen", "vakvolwassen"),
        ("zeer ervaren", "senior"),  # the longer phrase wins over 'ervaren'
        ("starter", "junior"),
        ("junior of senior", None),  # two phases: unsure, so none
        ("teamleider", None),
    ],
)
def test_phase_words(blank_checker: Checker, value: str, phase: str | None) -> None:
    text = f"Fase: {value}\n\n# Doelen\n\n- Ik maak vóór 1 juni 2026 de roosters zelf.\n"
    result = _check(blank_checker, "pop.md", text.encode(), "nl")
    assert result.metadata.phase is not None
    assert result.metadata.phase.text == value
    assert result.metadata.phase.value == phase


def test_a_date_without_a_year_keeps_its_text_but_no_value(blank_checker: Checker) -> None:
    text = "Datum gesprek: 12 maart\n\n# Doelen\n\n- Ik maak vóór 1 juni 2026 de roosters zelf.\n"
    result = _check(blank_checker, "pop.md", text.encode(), "nl")
    assert result.metadata.conversation_date is not None
    assert result.metadata.conversation_date.value is None


def test_a_route_named_like_a_label_stays_a_goal(blank_checker: Checker) -> None:
    # 'Stage' is an internship in Dutch (a development route), never the phase field
    text = "# Doelen\n\n- Stage: ik loop vóór 1 maart 2026 twee weken mee bij een zusterbedrijf.\n"
    result = _check(blank_checker, "pop.md", text.encode(), "nl")
    assert len(result.goals) == 1 and result.metadata.phase is None


def test_a_numbered_label_is_a_step_not_the_phase(blank_checker: Checker) -> None:
    text = "# Doelen\n\nFase 1: ik lees me in over de nieuwe kassa vóór 1 maart 2026.\n"
    result = _check(blank_checker, "pop.md", text.encode(), "nl")
    assert result.metadata.phase is None


def test_no_fields_means_empty_metadata(blank_checker: Checker) -> None:
    result = _check(blank_checker, "pop.txt", b"Ik maak voor 1 juni 2026 de roosters zelf.\n", "nl")
    assert result.metadata.model_dump(exclude_none=True) == {}
    again = DocumentResult.model_validate_json(result.model_dump_json())
    assert again == result


@given(
    start=st.integers(min_value=1990, max_value=2090),
    length=st.integers(min_value=0, max_value=5),
    dash=st.sampled_from(["-", "\u2013", "/", " - ", " t/m ", " tot "]),
)
@settings(max_examples=60, deadline=None)
def test_a_range_of_years_covers_whole_years(
    blank_checker: Checker, start: int, length: int, dash: str
) -> None:
    field = ContextValue(text=f"{start}{dash}{start + length}", source="test", location=Location())
    tables = [(lang, blank_checker.pack(lang).time) for lang in ("nl", "en")]
    meta = resolve_metadata({"period": field}, blank_checker.document_vocabulary, tables, REF)
    assert meta.period_start is not None and meta.period_end is not None
    assert meta.period_start.value == date(start, 1, 1)
    assert meta.period_end.value == date(start + length, 12, 31)


def test_several_fields_on_one_line(blank_checker: Checker) -> None:
    text = (
        "Datum: 9 januari 2026 \u00b7 Leidinggevende: Karin Mol | Fase: junior\n\n"
        "# Doelen\n\n- Ik maak vóór 1 juni 2026 de roosters zelf; Karin kijkt ze na.\n"
    )
    result = _check(blank_checker, "pop.md", text.encode(), "nl")
    meta = result.metadata
    assert meta.conversation_date is not None
    assert meta.conversation_date.value == date(2026, 1, 9)
    assert meta.manager is not None and meta.manager.value == "Karin Mol"
    assert meta.phase is not None and meta.phase.value == "junior"
    assert [g.text for g in result.goals] == [
        "Ik maak vóór 1 juni 2026 de roosters zelf; Karin kijkt ze na."
    ]


def test_a_personalia_table_read_by_column(blank_checker: Checker) -> None:
    text = (
        "# POP 2026\n\n| Naam | Functie | Leidinggevende |\n|---|---|---|\n"
        "| Ilse Bakker | Verpleegkundige | Ruud Smit |\n\n"
        "## Leerdoelen\n\n- Ik geef vóór 1 juni 2026 twee klinische lessen.\n"
    )
    result = _check(blank_checker, "pop.md", text.encode(), "nl")
    assert result.metadata.employee is not None
    assert result.metadata.employee.value == "Ilse Bakker"
    assert result.metadata.manager is not None and result.metadata.manager.value == "Ruud Smit"
    assert len(result.goals) == 1
