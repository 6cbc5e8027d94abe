"""Finding a frame's words in a candidate: the words before or after its slot, where a word
sequence starts, the clause after it.

The frames come from the pack (``style.frames``), so the checks look for their words, never
for fixed strings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def frame_words(frame: str | None, before: bool = True) -> list[str]:
    """The words of a frame before (or after) its ``{clause}``, lower case."""
    if not frame or "{clause}" not in frame:
        return []
    head, tail = frame.split("{clause}", 1)
    return (head if before else tail).lower().split()


def find_words(tokens: list[Token], words: list[str]) -> list[int]:
    """Where the word sequence ``words`` starts in ``tokens``."""
    n = len(words)
    return [
        i
        for i in range(len(tokens) - n + 1)
        if n and [t.lower_ for t in tokens[i : i + n]] == words
    ]


def clause_after(tokens: list[Token], start: int) -> list[Token]:
    """The tokens from ``start`` to the next comma, semicolon or sentence end."""
    end = next((n for n in range(start, len(tokens)) if tokens[n].text in ",;:.!?"), len(tokens))
    return tokens[start:end]


def ends_in(token: Token, phrase: list[str]) -> bool:
    """Do the words up to ``token`` spell ``phrase`` ('in plaats van')?"""
    start = token.i - len(phrase) + 1
    return start >= 0 and [t.lower_ for t in token.doc[start : token.i + 1]] == phrase


def gapped(phrase: str) -> str:
    """A regular expression for a phrase of whole words; '&' skips up to four words."""
    parts = [r"\s+".join(re.escape(w) for w in part.split()) for part in phrase.split("&")]
    return r"\b" + r"(?:\s+\S+){0,4}?\s+".join(parts) + r"\b"


def ends_frame(token: Token, words: list[str]) -> bool:
    """``token`` is the last of the frame's ``words`` ('to' of 'in order to')."""
    start = token.i - len(words) + 1
    if not words or start < 0:
        return False
    return [t.lower_ for t in token.doc[start : token.i + 1]] == words
