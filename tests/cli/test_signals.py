"""Nothing lost: on SIGTERM or SIGINT the files already checked stay reported (a JSON
document that still parses), a one-line notice, exit 3; a closed pipe ends quietly."""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import spawn

GOAL = "- Ik wil beter worden in Excel, versie {i}.\n"


def _folder(tmp_path: Path, files: int = 300) -> Path:
    for i in range(files):
        (tmp_path / f"pop{i:03}.md").write_text(
            "# POP\n\n## Leerdoelen\n\n" + GOAL.format(i=i), encoding="utf-8"
        )
    return tmp_path


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_interrupt_keeps_what_was_checked(tmp_path: Path, signum: int) -> None:
    folder = _folder(tmp_path)
    proc = spawn(
        ["check", str(folder), "--format", "json", "--reference-date", "2026-11-23"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    head = proc.stdout.readline() + proc.stdout.readline()  # the header and the first file
    proc.send_signal(signum)
    rest = proc.stdout.read()  # (communicate() would skip what readline already buffered)
    err = proc.stderr.read()
    proc.wait(timeout=120)
    assert proc.returncode == 3, err.decode()
    data = json.loads(head + rest)
    assert data["summary"]["interrupted"] is True
    assert 1 <= len(data["files"]) < 300
    notice = [line for line in err.decode().splitlines() if "interrupted" in line]
    assert len(notice) == 1 and f"after {len(data['files'])} of 300" in notice[0]
    assert "Traceback" not in err.decode()


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    folder = _folder(tmp_path, files=60)
    proc = spawn(
        ["check", str(folder), "--reference-date", "2026-11-23"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `smartcheck check . | head -1`
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err
    assert proc.returncode == 3
