"""The public contract: models, governing deadline, formatting, tables and robustness."""

from __future__ import annotations

import time
from datetime import date

import pydantic
import pytest

from smartcheck.reading.timex import (
    TimeExpression,
    find_time_expressions,
    format_deadline,
    governing_deadline,
    load_time_table,
)

REF = date(2026, 11, 23)


def test_expression_is_frozen_and_strict() -> None:
    expr = find_time_expressions("Binnen drie maanden lever ik in.", "nl", REF)[0]
    assert expr == TimeExpression(
        text="Binnen drie maanden",
        start=0,
        end=19,
        kind="deadline",
        due=date(2027, 2, 23),
        granularity="month",
        source="pattern",
        relative=True,
    )
    with pytest.raises(pydantic.ValidationError):
        expr.due = None  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        TimeExpression.model_validate({**expr.model_dump(), "extra": 1})


def test_marker_is_part_of_the_text() -> None:
    text = "Ik wil vóór 1 maart 2027 mijn propedeuse halen."
    (expr,) = find_time_expressions(text, "nl", REF)
    assert expr.text == "vóór 1 maart 2027" and expr.due == date(2027, 3, 1)
    assert not expr.relative


def test_governing_deadline_is_latest_deadline() -> None:
    text = "Vanaf januari oefen ik; vóór 1 maart 2027 de toets en uiterlijk 1 juni 2027 klaar."
    found = find_time_expressions(text, "nl", REF)
    assert [e.kind for e in found] == ["start", "deadline", "deadline"]
    gov = governing_deadline(found)
    assert gov is not None and gov.due == date(2027, 6, 1)
    assert governing_deadline([e for e in found if e.kind == "start"]) is None
    assert governing_deadline([]) is None


def test_recurring_and_vague_have_no_due() -> None:
    found = find_time_expressions("Ik wil zsm elke week 3 keer per week sporten.", "nl", REF)
    assert [e.kind for e in found] == ["vague", "recurring", "recurring"]
    assert all(e.due is None and e.granularity is None for e in found)


def test_format_deadline() -> None:
    assert format_deadline(date(2027, 2, 23), "nl") == "vóór 23 februari 2027"
    assert format_deadline(date(2027, 1, 4), "en") == "by 4 January 2027"


def test_load_time_table_cached_and_validated() -> None:
    table = load_time_table("nl")
    assert table is load_time_table("nl")
    assert table.months[2][0] == "maart" and "zomervakantie" in table.periods
    with pytest.raises(ValueError):
        load_time_table("de")


def test_holiday_table_override_per_key() -> None:
    table = load_time_table("nl")
    southern = table.with_periods({"zomervakantie": {"start": "07-25", "end": "09-05"}})
    assert southern.periods["zomervakantie"].names == table.periods["zomervakantie"].names
    assert southern.periods["kerstvakantie"] == table.periods["kerstvakantie"]
    text = "Voor de zomervakantie heb ik mijn stage afgerond."
    assert find_time_expressions(text, "nl", REF)[0].due == date(2027, 7, 11)
    assert find_time_expressions(text, "nl", REF, southern)[0].due == date(2027, 7, 25)
    with pytest.raises(pydantic.ValidationError):
        table.with_periods({"zomervakantie": {"start": "juli"}})


def test_added_holiday_is_recognised() -> None:
    table = load_time_table("en").with_periods(
        {"exam_week": {"names": ["exam week"], "start": "06-07", "end": "06-13"}}
    )
    (expr,) = find_time_expressions("Before exam week I will revise.", "en", REF, table)
    assert expr.due == date(2027, 6, 7) and expr.granularity == "season"


def test_dateparser_fallback_only_for_leftovers() -> None:
    text = "I will deliver my report by 03-Mar-2027."
    (expr,) = find_time_expressions(text, "en", REF)
    assert (expr.kind, expr.due, expr.source) == ("deadline", date(2027, 3, 3), "dateparser")
    assert expr.text == "by 03-Mar-2027" and not expr.relative
    found = find_time_expressions("Voor 3 maart '27 ben ik klaar.", "nl", REF)
    assert found[0].source == "pattern" and found[0].due == date(2027, 3, 3)
    # durations and frequencies after a marker never reach dateparser
    assert find_time_expressions("Voor 2 weken per maand ga ik weg.", "nl", REF)[0].kind == (
        "recurring"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil vóór 31 februari 2027 klaar zijn.",
        "Binnen 10000 jaar woon ik op Mars.",
        "Uiterlijk 1-1-99999 ben ik klaar.",
        "Vóór 1 maart 1850 ben ik klaar.",
        "Uiterlijk week 60 ben ik klaar.",
        "🚀🎉 日本語 العربية ١٢-٣-٢٠٢٧ ２０２７年",
        "",
    ],
)
def test_bad_input_is_ignored(text: str) -> None:
    assert all(e.due is None for e in find_time_expressions(text, "nl", REF))


@pytest.mark.parametrize("size", [5_000, 50_000])
def test_long_input_is_fast(size: int) -> None:
    chunk = "Binnen drie maanden wil ik elke week 3 keer per week vóór 1 maart 2027 a-1/2. "
    text = (chunk * (size // len(chunk) + 1))[:size]
    started = time.perf_counter()
    found = find_time_expressions(text, "nl", REF)
    assert time.perf_counter() - started < 5.0
    assert found and all(e.text == text[e.start : e.end] for e in found)
    hostile = "1" * size + "-" + "a" * size
    started = time.perf_counter()
    find_time_expressions(hostile, "en", REF)
    assert time.perf_counter() - started < 5.0


def test_evaluate_script_prints_accuracy(capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    from tests.support.timex_cases import main

    assert main([str(Path(__file__).with_name("cases.tsv"))]) == 0
    out = capsys.readouterr().out
    assert "nl *" in out and "en *" in out and "%" in out


@pytest.mark.parametrize(
    "text",
    [
        "by may 2027 i will finish the report.",
        "BY MAY 2027 I WILL FINISH THE REPORT.",
        "i will run the 10k in may 2027.",
        "on 3 may i will present the plan.",
    ],
)
def test_a_month_that_is_also_a_verb_is_the_month_next_to_a_day_or_year(text: str) -> None:
    """'May' counts in any case once a day number or a year sits beside it; 'i may finish'
    stays a verb (a goal without capitals must keep its deadline: JUDGING, surface)."""
    found = find_time_expressions(text, "en", REF)
    assert [e.due.month for e in found if e.due is not None] == [5]
    assert find_time_expressions("i may finish the report.", "en", REF) == []


@pytest.mark.parametrize(
    "text",
    [
        "i will run the 10k in may.",
        "i will hand in the thesis by may, with my tutor's notes.",
        "before may; then the next module.",
    ],
)
def test_a_month_that_is_also_a_verb_is_the_month_when_it_closes_a_time_phrase(
    text: str,
) -> None:
    """A modal never closes its clause: after a time marker, "may" before a full stop or a
    comma is the month, written in any case. Before a verb it stays the modal."""
    found = find_time_expressions(text, "en", REF)
    assert [e.due.month for e in found if e.due is not None] == [5]
    assert find_time_expressions("what we did in may change the plan.", "en", REF) == []
