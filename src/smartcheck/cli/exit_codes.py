"""Exit codes: a contract for CI and pre-commit."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """0 nothing at or above the threshold; 1 findings at or above it; 2 a usage, config or
    input error (every other file was still checked and reported); 3 interrupted; 4 an
    internal error (a bug: please report it)."""

    OK = 0
    NOT_SMART = 1
    USAGE_ERROR = 2
    INTERRUPTED = 3
    INTERNAL_ERROR = 4
