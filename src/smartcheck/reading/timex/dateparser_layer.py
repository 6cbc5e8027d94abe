"""dateparser as a fallback, only on short spans after a marker that the patterns left over.

dateparser is slow with language detection, reads "zo" as Sunday, "every Friday" as a date
and gives month-only dates the reference day, so it only ever sees a few words after a
deadline/start marker that contain a digit, always with the goal's language and day-first
order, and only full day+month dates are accepted. Results are cached per span.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from smartcheck.reading.timex import dates

MAX_CALLS = 4  # per goal: bounds the time spent on hostile or very long input
MAX_WORDS = 6
_STOP = re.compile(r"[;:!?()\[\]\n]|[.,](?![0-9])")


@lru_cache(maxsize=4096)
def parse_span(span: str, lang: str, reference_date: date) -> tuple[str, date] | None:
    """The first full date dateparser finds at the start of ``span`` (text and day), cached."""
    try:
        from dateparser.search import search_dates
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    settings = {
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": datetime(reference_date.year, reference_date.month, reference_date.day),
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        found = search_dates(span, languages=[lang], settings=settings)
    except Exception:  # a third-party parser must never break linting
        return None
    for text, when in found or []:
        if span.find(text) <= 3 and any(ch.isdigit() for ch in text):
            return text, when.date()
    return None


def candidate(text: str, end: int) -> str | None:
    """The few words after a marker ending at ``end``, if they could hold a date."""
    window = text[end : end + 60]
    stop = _STOP.search(window)
    if stop:
        window = window[: stop.start()]
    words = window.split()[:MAX_WORDS]
    span = " ".join(words)
    return span if any(ch.isdigit() for ch in span) else None


def resolve_span(span: str, lang: str, reference_date: date) -> tuple[str, date, bool] | None:
    """(matched text, day, relative?) for a candidate span, or None."""
    hit = parse_span(span, lang, reference_date)
    if hit is None:
        return None
    matched, day = hit
    try:
        dates.check_year(day.year)
    except ValueError:
        return None
    explicit_year = re.search(r"(?<![0-9])[0-9]{4}(?![0-9])", matched) is not None
    return matched, day, not explicit_year
