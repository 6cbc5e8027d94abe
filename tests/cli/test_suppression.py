"""Inline suppression comments: the next goal, a disable/enable range, the plain-text form,
and an unused comment reported as SC001."""

from __future__ import annotations

import json
from pathlib import Path

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
