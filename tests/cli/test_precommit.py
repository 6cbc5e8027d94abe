"""The pre-commit hook end to end: a temporary git repository with a POP document, the hook
run through ``pre-commit try-repo`` against this checkout; it fails on a vague goal and
passes once the goal is SMART.

Offline: pre-commit builds the hook's environment with ``pip install`` of this checkout;
the environment variables below make that virtualenv see the packages already installed
(``VIRTUALENV_SYSTEM_SITE_PACKAGES``) and forbid pip any index (``PIP_NO_INDEX``), with the
build backend taken from the same place (no build isolation). Nothing is downloaded."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli.conftest import REPO

VAGUE = "I want to get better at Excel."


def _smart_goal() -> str:
    due = date.today() + timedelta(days=120)  # always ahead, always within the horizon
    when = f"{due.day} {due.strftime('%B')} {due.year}"
    return f"I will pass the forklift exam and get my certificate by {when}."


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _try_repo(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        PRE_COMMIT_HOME=str(home),
        PIP_NO_INDEX="1",
        PIP_NO_BUILD_ISOLATION="0",  # pip's spelling for "no build isolation"
        VIRTUALENV_SYSTEM_SITE_PACKAGES="1",
        PRE_COMMIT_COLOR="never",
    )
    env.pop("PYTHONPATH", None)  # the hook must run the copy pre-commit installed
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(REPO),
            "smartcheck",
            "--files",
            "pop.md",
        ],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_hook_fails_on_a_vague_goal_and_passes_once_smart(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.fail("git is needed for pre-commit (it is part of the CI machine)")
    if not (REPO / ".git").exists():
        pytest.skip("pre-commit try-repo needs this checkout to be a git repository")
    repo = tmp_path / "team"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "test@example.org")
    _git(repo, "config", "user.name", "Test")
    pop = repo / "pop.md"
    pop.write_text(f"# Development plan\n\n## Goals\n\n- {VAGUE}\n", encoding="utf-8")
    _git(repo, "add", "pop.md")
    _git(repo, "commit", "-qm", "POP")
    home = tmp_path / "pre-commit-home"

    failing = _try_repo(repo, home)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "pop.md:5:3: T001" in failing.stdout, failing.stdout

    pop.write_text(f"# Development plan\n\n## Goals\n\n- {_smart_goal()}\n", encoding="utf-8")
    _git(repo, "commit", "-qam", "SMART")
    passing = _try_repo(repo, home)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout
