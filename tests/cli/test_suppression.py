"""Inline suppression comments: the next goal, a disable/enable range, the plain-text form,
and an unused comment reported as SC001."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from smartcheck.cli.suppression import parse_directives
from tests.cli.conftest import Run

DOC = """# POP

## Mijn doelen

<!-- smartcheck: ignore T001 -->
- Ik wil beter worden in Excel.
- Ik ga vaker sporten.

<!-- smartcheck: disable -->
- Ik wil beter leren plannen.
<!-- smartcheck: enable -->

- Ik wil meer lezen.

```
<!-- smartcheck: ignore S001 -->
```
"""


def _goals(run: Run, path: Path) -> tuple[int, list[dict[str, object]], list[dict[str, object]]]:
    result = run("check", str(path), "--format", "json")
    (file,) = json.loads(result.out)["files"]
    return result.status, file["goals"], file["notices"]


def test_directives_in_markdown_skip_code_blocks() -> None:
    directives = parse_directives(DOC, markdown=True)
    assert [(d.kind, d.codes, d.line, d.end_line) for d in directives] == [
        ("ignore", ("T001",), 5, None),
        ("disable", (), 9, 11),
    ]


def test_plain_text_form() -> None:
    text = "Ik wil beter worden.\n# smartcheck: ignore T001, M\nIk ga sporten.\n"
    (directive,) = parse_directives(text, markdown=False)
    assert (directive.kind, directive.codes, directive.line) == ("ignore", ("T001", "M"), 2)


def test_suppressions_apply_to_the_right_goals(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "pop.md"
    path.write_text(DOC, encoding="utf-8")
    _, goals, notices = _goals(run, path)
    status = {g["text"]: {f["code"]: f["status"] for f in g["findings"]} for g in goals}
    assert status["Ik wil beter worden in Excel."]["T001"] == "suppressed"
    assert status["Ik wil beter worden in Excel."]["S001"] == "active"
    assert status["Ik ga vaker sporten."]["T001"] == "active"
    assert set(status["Ik wil beter leren plannen."].values()) == {"suppressed"}
    assert status["Ik wil meer lezen."]["T001"] == "active"
    # no unused-suppression notice (the plan-level advice P1xx is no suppression matter)
    assert [n for n in notices if not n["code"].startswith("P")] == []
    disabled = next(g for g in goals if g["text"] == "Ik wil beter leren plannen.")
    assert disabled["fails"] is False


def test_unused_suppression_is_reported(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "pop.txt"
    path.write_text(
        "Mijn doelen:\n# smartcheck: ignore A001\n- Vóór 1 maart 2027 haal ik mijn "
        "heftruckcertificaat.\n",
        encoding="utf-8",
    )
    result = run("check", str(path), "--no-color")
    assert f"{path}:2:1: SC001 unused suppression 'smartcheck: ignore A001'" in result.out


# -- plan advice (P1xx): located advice like a goal, the rest with ignore-file ----------------

PLAN = """Datum gesprek: 2 februari 2025
{before_heading}
## Leerdoelen

## Mijn doelen

{before_goal}- Ik rond vóór 1 april 2027 de module budgetteren af voor mijn loopbaan.
- Ik werk vóór 1 juni 2027 aan mijn zelfvertrouwen door drie keer te presenteren.
"""


def _plan(run: Run, tmp_path: Path, head: str = "", heading: str = "", goal: str = "") -> Any:
    path = tmp_path / "pop.md"
    text = PLAN.format(before_heading=heading, before_goal=goal)
    path.write_text(head + text, encoding="utf-8")
    _, goals, notices = _goals(run, path)
    plan = {n["code"]: n["status"] for n in notices if n["code"].startswith("P")}
    unused = [n["message"] for n in notices if n["code"] == "SC001"]
    return goals, plan, unused


def test_plan_advice_is_active_without_comments(run: Run, tmp_path: Path) -> None:
    _, plan, unused = _plan(run, tmp_path)
    assert plan == {"P102": "active", "P103": "active", "P104": "active", "P105": "active"}
    assert unused == []


def test_ignore_before_a_date_field_silences_p104_only(run: Run, tmp_path: Path) -> None:
    goals, plan, unused = _plan(run, tmp_path, head="<!-- smartcheck: ignore -->\n")
    assert plan["P104"] == "suppressed" and plan["P103"] == "active"
    # the comment points at the field, not at the goals further on
    assert all(f["status"] == "active" for g in goals for f in g["findings"])
    assert unused == []


def test_ignore_before_an_empty_goals_heading(run: Run, tmp_path: Path) -> None:
    _, plan, unused = _plan(run, tmp_path, heading="\n<!-- smartcheck: ignore P103 -->\n")
    assert plan["P103"] == "suppressed" and plan["P104"] == "active" and unused == []


def test_disable_enable_around_the_form_fields(run: Run, tmp_path: Path) -> None:
    head = "<!-- smartcheck: disable P1 -->\n"
    _, plan, unused = _plan(run, tmp_path, head=head, heading="\n<!-- smartcheck: enable -->\n")
    assert plan["P104"] == "suppressed" and plan["P103"] == "active" and unused == []


def test_ignore_file_silences_advice_without_a_place(run: Run, tmp_path: Path) -> None:
    goal = "<!-- smartcheck: ignore-file P105, P102 -->\n"
    _, plan, unused = _plan(run, tmp_path, goal=goal)
    assert plan == {
        "P102": "suppressed",
        "P103": "active",
        "P104": "active",
        "P105": "suppressed",
    }
    assert unused == []


def test_suppressed_plan_advice_is_left_out_of_text(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "pop.md"
    text = PLAN.format(before_heading="", before_goal="")
    path.write_text("<!-- smartcheck: ignore-file P104 -->\n" + text, encoding="utf-8")
    out = run("check", str(path), "--no-color").out
    assert "P104" not in out and "P105" in out


def test_unused_suppression_of_a_plan_code_is_reported(run: Run, tmp_path: Path) -> None:
    _, plan, unused = _plan(
        run,
        tmp_path,
        head="<!-- smartcheck: ignore-file P101 -->\n",
        goal="<!-- smartcheck: ignore P104 -->\n",
    )
    assert unused == [
        "unused suppression 'smartcheck: ignore-file P101': it silences nothing",
        "unused suppression 'smartcheck: ignore P104': it silences nothing",
    ]
    assert plan["P104"] == "active"


def test_ignore_file_in_plain_text_and_its_parsing() -> None:
    text = "# smartcheck: ignore-file P105\n<!-- smartcheck: ignore-file -->\n"
    directives = parse_directives(text, markdown=False)
    assert [(d.kind, d.codes) for d in directives] == [
        ("ignore-file", ("P105",)),
        ("ignore-file", ()),
    ]
    assert parse_directives("<!-- smartcheck: ignore-files P1 -->\n", markdown=True) == []
