"""Headless Chromium for the tests that render HTML: a screenshot and the DOM after layout.

The browser is Debian's ``chromium`` package, started per call with a throw-away profile and
every network-facing feature off, so nothing is fetched."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def chromium() -> str:
    """The chromium executable, or skip the test saying what is missing."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("needs a headless browser: Debian's 'chromium' package is not installed")


def _run(page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [chromium(), *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def screenshot(page: Path, out: Path, size: str = "1000,900") -> Path:
    """Render ``page`` and save a PNG of the window."""
    _run(page, out.parent / "profile-shot", f"--window-size={size}", f"--screenshot={out}")
    return out


def dump_dom(page: Path) -> str:
    """The DOM of ``page`` after the browser parsed and laid it out, serialised."""
    return _run(page, page.parent / "profile-dom", "--dump-dom").stdout
