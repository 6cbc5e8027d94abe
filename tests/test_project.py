"""The project's own hygiene, run with the suite so CI checks it: lint, types, the wheel's
contents. These run the real tools on the real tree; they are not mocks."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, check=False
    )


def _require(module: str) -> None:
    if shutil.which(module) is None and _run(module, "--version").returncode != 0:
        pytest.fail(f"{module} is not installed: it is part of the 'test' extra")


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "src", "tests", "benchmarks", "models"),
        ("ruff", "format", "--check", "src", "tests", "benchmarks", "models"),
        ("mypy", "--strict", "src"),
    ],
    ids=["ruff-check", "ruff-format", "mypy-strict"],
)
def test_code_is_clean(command: tuple[str, ...]) -> None:
    _require(command[0])
    result = _run(*command)
    assert result.returncode == 0, result.stdout + result.stderr


def test_wheel_ships_no_evaluation_scripts(tmp_path: Path) -> None:
    """The wheel holds the library, its rule packs and pipelines; the accuracy scripts and
    their matching helpers stay in benchmarks/ and tests/."""
    result = _run("hatchling", "build", "-t", "wheel", "-d", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "smartcheck/_data/rules/nl.yaml" in names
    assert any(n.startswith("smartcheck/_data/pipelines/nl/") for n in names)
    offenders = [
        n
        for n in names
        if n.endswith(".py")
        and any(word in Path(n).stem for word in ("evaluate", "_eval", "accuracy", "benchmark"))
    ]
    assert offenders == []
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)
