"""Running the command line in-process (``main``) or as a real process (``smartcheck``)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from smartcheck.cli import main

REPO = Path(__file__).resolve().parents[2]
DATE = ["--reference-date", "2026-11-23"]


@dataclass
class Result:
    status: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """``run("check", "pop.md")``: main() in this process, with the reference date set."""

    def invoke(*args: str, date: bool = True) -> Result:
        argv = list(args)
        if date and argv and argv[0] == "check":
            argv[1:1] = DATE
        status = main(argv)
        captured = capsys.readouterr()
        return Result(status, captured.out, captured.err)

    return invoke


def cli_env() -> dict[str, str]:
    """The environment for a smartcheck subprocess: this checkout's source first."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), env.get("PYTHONPATH", "")])
    env.pop("FORCE_COLOR", None)
    return env


def spawn(args: Sequence[str], **kwargs: object) -> subprocess.Popen[bytes]:
    """``python -m smartcheck ARGS`` as a real process (signals, pipes, exit codes)."""
    return subprocess.Popen(  # type: ignore[call-overload,no-any-return]
        [sys.executable, "-m", "smartcheck", *args], env=cli_env(), **kwargs
    )
