"""Check a goal text before any parsing, so bad input fails early with a clear message."""

from __future__ import annotations

import numbers
from collections.abc import Collection

from smartcheck.configuration.languages import BUILTIN_CODES, Lang
from smartcheck.errors import InvalidGoalError, UnsupportedLanguageError, describe_value


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
