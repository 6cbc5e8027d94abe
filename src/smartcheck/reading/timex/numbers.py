"""Number words: "drie", "drieëntwintig", "twenty-four", "anderhalf", "a couple of", "2,5".

Built once per table from its word lists, so a number in any supported spelling becomes the
same float and the patterns can use one regex fragment for "a count".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from smartcheck.configuration.grammar import digits_value
from smartcheck.reading.timex.table import TimeTable

DIGITS = r"[0-9]{1,6}(?:[.,][0-9]{1,2})?"


def lower_same_length(text: str) -> str:
    """``text`` in lower case with every character at the same offset.

    ``str.lower`` can only lengthen a string ("İ" -> "i̇"); if it did, such characters are
    kept as they are so that match offsets stay valid in the original text.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def norm(text: str) -> str:
    """The lookup key for matched words: case-folded, single spaces, no edge hyphens."""
    return " ".join(text.casefold().replace("\u2019", "'").split()).strip("- ")


_SPACE = " "
_END = ""


def _trie_regex(node: dict[str, Any]) -> str:
    """Regex for a trie node: children tried before stopping, so longer phrases win."""
    ends = _END in node
    branches = []
    for key in sorted(k for k in node if k != _END):
        head = r"\s+" if key == _SPACE else re.escape(key)
        branches.append(head + _trie_regex(node[key]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body


def phrase_regex(phrases: Iterable[str]) -> str:
    """An alternation of phrases as a trie (fast to scan), preferring the longest phrase.

    Whitespace between words matches any run of whitespace; letters are matched as given
    (callers compile with IGNORECASE, so the trie is built on lower case).
    """
    root: dict[str, Any] = {}
    for phrase in phrases:
        words = phrase.lower().split()
        if not words:
            continue
        node = root
        for char in _SPACE.join(words):
            node = node.setdefault(char, {})
        node[_END] = {}
    return "(?:" + _trie_regex(root) + ")" if root else "(?!)"


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


def parse_number(
    text: str, words: dict[str, float], decimal_mark: str | None = None
) -> float | None:
    """The value of a matched count, or None when it is not a number we know; with the
    language's ``decimal_mark`` the other mark groups thousands ("1.000 uur")."""
    key = norm(text)
    if key in words:
        return words[key]
    return digits_value(key, decimal_mark)
