"""``--fix`` and ``--diff``: safe fixes written atomically, nothing else changed (encoding,
BOM, line breaks, every other byte), idempotent; ``.docx`` never rewritten in place."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from smartcheck.fixing.files import FixWriteError, write_atomic
from tests.cli.conftest import Run

RELATIVE = "Binnen drie maanden kan ik de klimaatcomputer zelfstandig instellen."
EXPLICIT = "Vóór 23 februari 2027 kan ik de klimaatcomputer zelfstandig instellen."


def _doc(newline: str) -> str:
    lines = [
        "# Mijn POP",
        "",
        "Naam: José Müller",  # not ASCII: the encodings differ in bytes
        "",
        "## Leerdoelen",
        "",
        f"1. {RELATIVE}",
        "2. Ik wil beter worden in Excel.",
        "",
    ]
    return newline.join(lines)


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [
        ("utf-8", b"", "\n"),
        ("utf-8", codecs.BOM_UTF8, "\r\n"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "\r\n"),
        ("cp1252", b"", "\r"),
    ],
)
def test_fix_changes_only_the_edit(
    run: Run, tmp_path: Path, encoding: str, bom: bytes, newline: str
) -> None:
    path = tmp_path / "pop.md"
    original = bom + _doc(newline).encode(encoding)
    path.write_bytes(original)
    result = run("check", str(path), "--fix", "--no-color")
    expected = bom + _doc(newline).replace(RELATIVE, EXPLICIT).encode(encoding)
    assert path.read_bytes() == expected
    assert "1 fix written" in result.out
    assert "T006" not in result.out  # re-checked after the fix: nothing left to fix
    again = run("check", str(path), "--fix")
    assert path.read_bytes() == expected and "fix written" not in again.out
    assert [p.name for p in tmp_path.iterdir()] == ["pop.md"]  # no temporary file left


def test_diff_shows_and_writes_nothing(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "pop.md"
    path.write_text(_doc("\n"), encoding="utf-8")
    result = run("check", str(path), "--diff")
    assert f"-1. {RELATIVE}" in result.out and f"+1. {EXPLICIT}" in result.out
    assert path.read_text(encoding="utf-8") == _doc("\n")


def test_atomic_write_leaves_the_original_when_replacing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "pop.md"
    path.write_bytes(b"old")

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(FixWriteError, match="No space left on device"):
        write_atomic(path, b"new", b"old")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["pop.md"]


def test_a_file_changed_meanwhile_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "pop.md"
    path.write_bytes(b"edited by someone else")
    with pytest.raises(FixWriteError, match="changed while"):
        write_atomic(path, b"new", b"old")
    assert path.read_bytes() == b"edited by someone else"


def _docx(path: Path, goal: str) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Leerdoelen", level=2)
    paragraph = document.add_paragraph(style="List Number")
    paragraph.add_run(goal).bold = True
    document.save(str(path))


def test_docx_fix_goes_to_a_new_file_with_formatting_kept(run: Run, tmp_path: Path) -> None:
    import docx

    path = tmp_path / "pop.docx"
    _docx(path, RELATIVE)
    before = path.read_bytes()
    result = run("check", str(path), "--fix", "--no-color")
    assert path.read_bytes() == before  # never rewritten in place
    fixed = tmp_path / "pop.fixed.docx"
    assert "wrote pop.fixed.docx: paragraph 2: 'Binnen drie maanden' -> 'Vóór 23 februari" in (
        result.out
    )
    (paragraph,) = [p for p in docx.Document(str(fixed)).paragraphs if p.text.startswith("Vóór")]
    assert paragraph.text == EXPLICIT and paragraph.style is not None
    assert paragraph.style.name == "List Number" and paragraph.runs[0].bold is True
    again = run("check", str(fixed), "--fix")  # the fixed document needs no fix
    assert "wrote" not in again.out and not (tmp_path / "pop.fixed.fixed.docx").exists()


def test_docx_diff_writes_nothing(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "pop.docx"
    _docx(path, RELATIVE)
    result = run("check", str(path), "--diff")
    assert "pop.docx -> pop.fixed.docx: paragraph 2: 'Binnen drie maanden'" in result.out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pop.docx"]
