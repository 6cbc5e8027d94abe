"""An invalid byte in a goal given on the command line or on stdin is checked like any
character (it becomes U+FFFD), never a traceback or an internal error."""

from __future__ import annotations

import os
import subprocess

from tests.cli.conftest import DATE, spawn

GOAL = "Vóór 1 juni 2027 geef ik een presentatie van twintig minuten aan het team."


def _run(args: list[str | bytes], stdin: bytes | None = None) -> tuple[int, bytes, bytes]:
    process = spawn(
        [os.fsdecode(a) if isinstance(a, bytes) else a for a in args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = process.communicate(stdin, timeout=300)
    return process.returncode, out, err


def test_an_invalid_byte_in_a_text_argument_is_checked() -> None:
    goal = GOAL.encode().replace(b"ik ", b"ik \xff ")
    status, _out, err = _run(
        ["check", *DATE, "--lang", "nl", "--format", "concise", "--text", goal]
    )
    assert b"internal error" not in err and b"Traceback" not in err
    assert status == 0, err


def test_an_invalid_byte_on_stdin_is_checked() -> None:
    goal = GOAL.encode().replace(b"ik ", b"ik \xff ") + b"\n"
    status, out, err = _run(["check", *DATE, "--lang", "nl", "--format", "concise", "-"], goal)
    assert b"internal error" not in err and b"Traceback" not in err
    assert status == 0, (out, err)
