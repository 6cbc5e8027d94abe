"""Shared fixtures: a fixed reference date, checkers, and the ../shared data location."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from smartcheck import Checker, Config

REF = date(2026, 11, 23)
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SHARED_DATA = SHARED / "data"


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
