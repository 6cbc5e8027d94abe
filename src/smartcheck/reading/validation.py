"""Check a goal text before any parsing, so bad input fails early with a clear message."""

from __future__ import annotations

import numbers
import re
from collections.abc import Collection
from datetime import date, datetime

from smartcheck.configuration.languages import BUILTIN_CODES, Lang
from smartcheck.errors import (
    InvalidArgumentError,
    InvalidGoalError,
    UnsupportedLanguageError,
    describe_value,
)

# Lone surrogates are what undecodable bytes become in Python (errors="surrogateescape");
# they cannot be encoded, so spaCy's string store and JSON output would fail on them.
_SURROGATE = re.compile("[\\ud800-\\udfff]")
REPLACEMENT = "\ufffd"

# Reference dates are bounded so that every deadline computation (a year ahead, a horizon of
# a few years) stays inside Python's calendar; no POP is written outside this range.
EARLIEST_REFERENCE = date(1900, 1, 1)
LATEST_REFERENCE = date(9000, 12, 31)


def is_missing(value: object) -> bool:
    """None, NaN, pandas' NA or NaT: an empty spreadsheet cell, not a goal (pandas is not
    imported for this; its missing markers are recognised by type name)."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return True
    return isinstance(value, numbers.Number) and bool(value != value)  # NaN, numpy's too


def validate_text(text: object, max_length: int) -> str:
    """Return ``text`` if it can be checked; raise InvalidGoalError naming the problem."""
    if is_missing(text):
        raise InvalidGoalError(f"goal is missing ({describe_value(text)}): no text to check")
    if not isinstance(text, str):
        raise InvalidGoalError(f"goal must be a string, got {describe_value(text)}")
    text = safe_text(text)
    if not text.strip():
        raise InvalidGoalError(f"goal {text!r} is empty or only whitespace")
    if len(text) > max_length:
        raise InvalidGoalError(
            f"goal of {len(text)} characters (starting {text[:40]!r}) is longer than the "
            f"maximum of {max_length}; split it into separate goals or raise max_length"
        )
    return text


def validate_lang(lang: object, languages: Collection[Lang] = BUILTIN_CODES) -> Lang:
    """A registered language code, normalised ('NL' -> 'nl'); ``languages`` are the codes
    the checker knows (the built-in ones plus any a plugin registers)."""
    if not isinstance(lang, str) or lang.strip().lower() not in languages:
        raise UnsupportedLanguageError(
            f"language {lang!r} is not supported; use one of {', '.join(languages)} "
            "or lang=None to detect it"
        )
    return lang.strip().lower()


def safe_text(text: str) -> str:
    """``text`` as a plain ``str`` that can be encoded: a ``str`` subclass (numpy's string
    scalars) becomes ``str``, each lone surrogate becomes U+FFFD. Both keep the length, so
    every offset into the result is an offset into the caller's text."""
    plain = str.__str__(text)
    return _SURROGATE.sub(REPLACEMENT, plain) if _SURROGATE.search(plain) else plain


def validate_reference_date(value: object) -> date:
    """The date deadlines are judged against: a ``date`` (a ``datetime`` counts by its date),
    or today for None; anything else, or a date outside the supported range, is an
    InvalidArgumentError."""
    if value is None:
        return date.today()
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        raise InvalidArgumentError(
            f"reference_date must be a datetime.date, got {describe_value(value)}"
        )
    if not EARLIEST_REFERENCE <= value <= LATEST_REFERENCE:
        raise InvalidArgumentError(
            f"reference_date {value.isoformat()} is outside the supported range "
            f"{EARLIEST_REFERENCE.isoformat()} to {LATEST_REFERENCE.isoformat()}"
        )
    return value


def validate_positive(name: str, value: object) -> int:
    """A whole number of at least one (``batch_size``, ``n_process``)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError(
            f"{name} must be at least 1 (a whole number), got {describe_value(value)}"
        )
    return value


def validate_choice(name: str, value: object, choices: Collection[str]) -> str:
    """One of a fixed set of strings (``errors="report" | "raise"``)."""
    if not isinstance(value, str) or value not in choices:
        raise InvalidArgumentError(
            f"{name} must be one of {', '.join(map(repr, choices))}, got {describe_value(value)}"
        )
    return value
