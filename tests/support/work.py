"""Work counted in calls, not seconds: steady on a loaded machine (used by
tests/robustness/test_bounds.py and benchmarks/long_goals.py)."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

from smartcheck import Checker


def calls_to_check(checker: Checker, text: str, reference_date: date) -> int:
    """Python-level calls (and C calls made from Python) while ``text`` is checked in Dutch."""
    calls = 0

    def count(frame: Any, event: str, arg: Any) -> None:
        nonlocal calls
        calls += event in ("call", "c_call")

    sys.setprofile(count)
    try:
        checker.check(text, lang="nl", reference_date=reference_date)
    finally:
        sys.setprofile(None)
    return calls
