"""The progress bar: drawn on a terminal after the first second, cleared before results are
written, never drawn when disabled (not a terminal) or for a single input."""

from __future__ import annotations

import io

import pytest

from smartcheck.cli import progress as progress_module
from smartcheck.cli.progress import Progress


def test_bar_is_drawn_and_cleared(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([0.0, 2.0, 3.0])
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: next(clock))
    stream = io.StringIO()
    bar = Progress(4, enabled=True, stream=stream)
    bar.advance()
    bar.advance()
    assert stream.getvalue().endswith("2/4 files")
    bar.clear()
    assert stream.getvalue().endswith("\r\033[K")


@pytest.mark.parametrize(("total", "enabled"), [(100, False), (1, True)])
def test_no_bar(total: int, enabled: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: 10.0)
    stream = io.StringIO()
    bar = Progress(total, enabled=enabled, stream=stream)
    bar.advance()
    bar.clear()
    assert stream.getvalue() == ""
