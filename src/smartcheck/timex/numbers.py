"""Number words: "drie", "drieëntwintig", "twenty-four", "anderhalf", "a couple of", "2,5".

Built once per table from its word lists, so a number in any supported spelling becomes the
same float and the patterns can use one regex fragment for "a count".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from smartcheck.timex.table import TimeTable

DIGITS = r"[0-9]{1,6}(?:[.,][0-9]{1,2})?"


def norm(text: str) -> str:
    """The lookup key for matched words: case-folded, single spaces, no edge hyphens."""
    return " ".join(text.casefold().replace("\u2019", "'").split()).strip("- ")


def phrase_regex(phrases: Iterable[str]) -> str:
    """An alternation of phrases, longest first, flexible about whitespace between words."""
    unique = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    parts = []
    for phrase in unique:
        words = [re.escape(w) for w in phrase.split()]
        parts.append(r"\s+".join(words))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def number_words(table: TimeTable) -> dict[str, float]:
    """Every number word the table allows, compounds included ("vierentwintig": 24)."""
    words: dict[str, float] = {norm(k): v for k, v in table.numbers.items()}
    for tens_word, tens in table.tens.items():
        for unit_word, unit in table.compound_units.items():
            for joiner in table.compound_joiners:
                if table.compound_order == "unit_first":
                    word = f"{unit_word}{joiner}{tens_word}"
                else:
                    word = f"{tens_word}{joiner}{unit_word}"
                words.setdefault(norm(word), float(tens + unit))
    return words


def number_regex(table: TimeTable) -> str:
    """A fragment matching one count: digits or any number word of the table."""
    return "(?:" + DIGITS + "|" + phrase_regex(number_words(table)) + ")"


def parse_number(text: str, words: dict[str, float]) -> float | None:
    """The value of a matched count, or None when it is not a number we know."""
    key = norm(text)
    if key in words:
        return words[key]
    try:
        return float(key.replace(",", "."))
    except ValueError:
        return None
