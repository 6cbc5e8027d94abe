"""``smartcheck check`` on documents: goals and findings located in the file, folders walked
with include/exclude and .gitignore, config found per file, standard input, --jobs."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import REPO, Run

EXAMPLE = REPO / "docs" / "examples" / "pop-sanne.md"
POP = """# Mijn POP

Naam: Joris Bakker

## Leerdoelen

- Ik wil beter worden in Excel.
- Vóór 1 maart 2027 rond ik de cursus Excel gevorderd af met een certificaat.
"""


def write(path: Path, text: str = POP) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_example_document_is_located_and_judged(run: Run) -> None:
    result = run("check", str(EXAMPLE), "--no-color")
    assert result.status == 1
    first_goal = next(
        i for i, line in enumerate(EXAMPLE.read_text().splitlines()) if "Excel" in line
    )
    assert f"{EXAMPLE}:{first_goal + 1}:11: S001 [S] 'beter worden'" in result.out
    assert "Sanne de Vries" not in result.out  # personalia are not goals
    # goal 2 names a task done without help, goal 3 a certificate by a date: both SMART
    assert result.out.splitlines()[-1] == "1 of 3 goals in 1 file is not SMART."


def test_folder_walk_respects_include_exclude_and_gitignore(run: Run, tmp_path: Path) -> None:
    write(tmp_path / "team" / "anna.md")
    write(tmp_path / "team" / "notes.txt", "Ik wil beter worden in plannen.\n")
    write(tmp_path / "drafts" / "old.md")
    write(tmp_path / "build" / "copy.md")
    write(tmp_path / "code.py", "print('Ik wil beter worden in Excel.')\n")
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".gitignore", "drafts/\n")
    result = run("check", str(tmp_path), "--format", "json", "--exclude", "notes.txt")
    paths = [
        Path(f["path"]).relative_to(tmp_path).as_posix() for f in json.loads(result.out)["files"]
    ]
    assert paths == ["team/anna.md"]
    named = run("check", str(tmp_path / "drafts" / "old.md"), "--format", "json")
    assert len(json.loads(named.out)["files"]) == 1  # a named file is always read


def test_config_is_found_per_file(run: Run, tmp_path: Path) -> None:
    write(tmp_path / "a" / "pop.md")
    write(tmp_path / "b" / "pop.md")
    write(tmp_path / "a" / "smartcheck.toml", 'ignore = ["T"]\n')
    write(tmp_path / "b" / "pyproject.toml", '[tool.smartcheck]\nselect = ["T001"]\n')
    result = run("check", str(tmp_path), "--format", "concise")
    codes_a = {line.split()[1] for line in result.out.splitlines() if "/a/" in line}
    codes_b = {line.split()[1] for line in result.out.splitlines() if "/b/" in line}
    assert codes_a and not any(code.startswith("T") for code in codes_a)
    assert codes_b == {"T001"}


def test_per_file_ignores(run: Run, tmp_path: Path) -> None:
    write(tmp_path / "smartcheck.toml", '[per-file-ignores]\n"drafts/*.md" = ["S", "M"]\n')
    write(tmp_path / "drafts" / "pop.md")
    write(tmp_path / "final" / "pop.md")
    result = run("check", str(tmp_path), "--format", "concise")
    drafts = {line.split()[1] for line in result.out.splitlines() if "drafts" in line}
    final = {line.split()[1] for line in result.out.splitlines() if "final" in line}
    # P102 (plan advice: a course alone is no agreed support) is no S or M finding
    assert drafts == {"T001", "P102"} and {"S001", "T001", "P102"} <= final


def test_broken_config_is_an_error_and_the_other_files_are_still_checked(
    run: Run, tmp_path: Path
) -> None:
    write(tmp_path / "bad" / "pyproject.toml", "[tool.smartcheck\nselect = \n")
    write(tmp_path / "bad" / "pop.md")
    write(tmp_path / "good" / "pop.md")
    result = run("check", str(tmp_path / "bad" / "pop.md"), str(tmp_path / "good" / "pop.md"))
    assert result.status == 2
    assert "pyproject.toml" in result.err and "cannot be read" in result.err
    assert f"{tmp_path / 'good' / 'pop.md'}:7:" in result.out


def test_standard_input_with_a_file_name(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(POP.encode())))
    result = run("check", "-", "--stdin-filename", "team/pop.md", "--format", "json")
    (file,) = json.loads(result.out)["files"]
    assert file["path"] == "team/pop.md" and file["format"] == "markdown"
    assert [g["location"]["line"] for g in file["goals"]] == [7, 8]


def test_jobs_two_gives_the_same_output_as_jobs_one(tmp_path: Path) -> None:
    for i in range(4):
        write(tmp_path / f"pop{i}.md")
    outputs = []
    for jobs in ("1", "2"):
        from tests.cli.conftest import spawn

        proc = spawn(
            ["check", str(tmp_path), "--jobs", jobs, "--reference-date", "2026-11-23"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 1, err.decode()
        outputs.append(out.decode())
    assert outputs[0] == outputs[1]
    assert outputs[0].count("S001") == 4
