"""Shared fixtures: a fixed reference date, checkers, and the ../shared data location."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from smartcheck import Checker, Config
from tests.offline import allow_network, block_network

REF = date(2026, 11, 23)
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SHARED_DATA = SHARED / "data"


@pytest.fixture(scope="session", autouse=True)
def _offline() -> Iterator[None]:
    """Every test runs with sockets limited to this machine (see tests/offline.py)."""
    block_network()
    yield
    allow_network()


def shared_file(name: str) -> Path:
    """A file from ../shared/data, or skip the test with the reason."""
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"needs ../shared/data/{name} (development data beside the repo), absent")
    return path


@pytest.fixture(scope="session")
def checker() -> Checker:
    """The default checker (shipped pipelines when present)."""
    return Checker()


@pytest.fixture(scope="session")
def blank_checker() -> Checker:
    """A checker on spacy.blank pipelines: no parse, word lists only."""
    return Checker(Config(model={"nl": "blank", "en": "blank"}))


@contextmanager
def installed_plugin(
    folder: Path, module: str, source: str, group: str, entry: str
) -> Iterator[None]:
    """Install a one-module plugin the way pip would: the module plus a dist-info folder
    whose entry_points.txt puts ``entry`` ("name = module:object") in ``group``."""
    (folder / f"{module}.py").write_text(source, encoding="utf-8")
    dist = folder / f"{module}-1.0.dist-info"
    dist.mkdir()
    name = module.replace("_", "-")
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(f"[{group}]\n{entry}\n", encoding="utf-8")
    sys.path.insert(0, str(folder))
    try:
        yield
    finally:
        sys.path.remove(str(folder))
        sys.modules.pop(module, None)
