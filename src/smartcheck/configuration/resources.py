"""Where the shipped data lives, installed or in a source checkout.

In a wheel, the top-level ``rules/`` and ``models/pipelines/`` folders are copied into
``smartcheck/_data/``; in a source checkout (editable install, tests) they are read from the
repository root. Both are found the same way, so code never cares which.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # the smartcheck package


@cache
def data_dir(kind: str) -> Path | None:
    """The folder holding shipped ``rules`` or ``pipelines``, or None if there is none."""
    installed = _PACKAGE_DIR / "_data" / kind
    if installed.is_dir():
        return installed
    repo_root = _PACKAGE_DIR.parents[1]
    checkout = repo_root / ("rules" if kind == "rules" else f"models/{kind}")
    return checkout if checkout.is_dir() else None


def rules_dir() -> Path:
    found = data_dir("rules")
    if found is None:  # pragma: no cover - a broken installation
        raise FileNotFoundError("smartcheck's rule packs are missing from this installation")
    return found


def pipeline_dir(lang: str) -> Path | None:
    """The shipped spaCy pipeline folder for ``lang``, if the installation has one."""
    base = data_dir("pipelines")
    if base is None:
        return None
    candidate = base / lang
    return candidate if (candidate / "config.cfg").is_file() else None
