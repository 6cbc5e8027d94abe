"""Bad input through the command line: each bad file gets one clear line naming it and the
problem, the run exits 2 at the end, and every other file is still checked and reported."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import Run, cli_env

GOOD = "# POP\n\n## Leerdoelen\n\n- Ik wil beter worden in Excel.\n"


def _bad_files(folder: Path) -> dict[str, str]:
    """name -> a word the error line must hold."""
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "unknown.txt").write_bytes(b"Leerdoel: ik wil" + b"\x81\x8d\x8f\x90\x9d" * 20)
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not a zip file")
    with zipfile.ZipFile(folder / "notword.docx", "w") as archive:
        archive.writestr("hello.txt", "no document.xml here")
    os.symlink("loop-b.md", folder / "loop-a.md")
    os.symlink("loop-a.md", folder / "loop-b.md")
    os.mkfifo(folder / "pipe.md")
    return {
        "binary.txt": "binary",
        "unknown.txt": "encoding",
        "corrupt.docx": "docx",
        "notword.docx": "docx",
        "loop-a.md": "loop",
        "loop-b.md": "loop",
        "pipe.md": "fifo",
    }


def test_each_bad_file_gets_one_line_and_the_good_one_is_checked(run: Run, tmp_path: Path) -> None:
    expected = _bad_files(tmp_path)
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    result = run("check", str(tmp_path), *[str(tmp_path / n) for n in ("pipe.md",)])
    assert result.status == 2
    lines = result.err.splitlines()
    for name, word in expected.items():
        mine = [line for line in lines if f"{tmp_path / name}" in line]
        assert len(mine) == 1, (name, lines)
        assert word in mine[0].lower(), mine[0]
        assert "Traceback" not in mine[0]
    assert f"{tmp_path / 'good.md'}:5:10: S001" in result.out


def test_a_folder_of_a_thousand_documents(run: Run, tmp_path: Path) -> None:
    for i in range(1000):
        (tmp_path / f"pop{i:04}.md").write_text(
            f"# POP {i}\n\n## Reflectie\n\nDit jaar leerde ik veel ({i}).\n", encoding="utf-8"
        )
    (tmp_path / "pop0500.md").write_bytes(b"\x00\x01binary")
    (tmp_path / "zz-good.md").write_text(GOOD, encoding="utf-8")
    result = run("check", str(tmp_path), "--format", "json")
    data = json.loads(result.out)
    assert data["summary"]["files"] == 1001 and data["summary"]["errors"] == 1
    assert data["summary"]["goals"] == 1
    assert result.status == 2
    assert [line for line in result.err.splitlines() if "pop0500.md" in line]


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A world-readable temporary folder (pytest's own is private to its user)."""
    folder = Path(tempfile.mkdtemp(prefix="smartcheck-unreadable-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_unreadable_file(open_folder: Path) -> None:
    """Permission denied needs a user the file system refuses: as root, the check runs as
    'nobody' in a world-readable folder (when this Python can run as nobody at all)."""
    folder = open_folder
    folder.chmod(0o755)
    secret = folder / "secret.md"
    secret.write_text(GOOD, encoding="utf-8")
    secret.chmod(0o000)
    good = folder / "good.md"
    good.write_text(GOOD, encoding="utf-8")
    good.chmod(0o644)

    def demote() -> None:
        if os.geteuid() == 0:
            os.setgid(65534)
            os.setuid(65534)

    command = [sys.executable, "-m", "smartcheck"]
    try:
        probe = subprocess.run(
            [*command, "--version"],
            env=cli_env(),
            preexec_fn=demote,
            capture_output=True,
            check=False,
        )
    except OSError:  # the interpreter itself lives where 'nobody' may not go
        probe = None
    if probe is None or probe.returncode != 0:
        pytest.skip("this Python and checkout cannot be run as 'nobody' (root-only paths)")
    result = subprocess.run(
        [*command, "check", str(secret), str(good)],
        env=cli_env(),
        preexec_fn=demote,
        capture_output=True,
        text=True,
        check=False,
        cwd=folder,
    )
    assert result.returncode == 2
    (line,) = [x for x in result.stderr.splitlines() if "secret.md" in x]
    assert "permission denied" in line
    assert "good.md:5:10: S001" in result.stdout


def test_huge_file_and_zip_bomb(run: Run, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # 50 MB of text
        line = b"Ik wil beter worden in Excel.\n"
        handle.write(line * (50 * 1024 * 1024 // len(line)))
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (80 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.status == 2
    (big_line,) = [x for x in result.err.splitlines() if "big.txt" in x]
    (bomb_line,) = [x for x in result.err.splitlines() if "bomb.docx" in x]
    assert "MB" in big_line and "zip bomb" in bomb_line
    assert f"{tmp_path / 'good.md'}:5:10: S001" in result.out
