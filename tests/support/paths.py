"""Where the repository and ../shared are, for tests and the accuracy scripts."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def checkout_path(*parts: str) -> Path:
    """A path relative to the repository root (``..`` reaches ``../shared``)."""
    return REPO.joinpath(*parts)
