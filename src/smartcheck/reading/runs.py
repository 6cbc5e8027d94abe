"""Bound the work spaCy does on a goal: long runs of symbols are shortened before parsing.

spaCy's tokenizer peels punctuation and symbols off a whitespace-delimited chunk one at a
time, copying the rest of the chunk each time, so a chunk holding a long run of ``$``, ``€``,
``(``, ``,`` or emoji costs time quadratic in the run (seconds for a 5,000-character goal).
Every later stage is linear or worse in the number of tokens such a run becomes. No goal says
more with 17 symbols in a row than with 16, so a run longer than :data:`RUN_LIMIT` keeps only
its first and last :data:`RUN_KEEP` characters in the judged text. The characters are dropped
through the surface's offset map (``reading.surface``), so every span still points into the
user's own text and a span over the shortened run covers the whole run there.
"""

from __future__ import annotations

__all__ = ["RUN_KEEP", "RUN_LIMIT", "is_run_character", "shorten_runs"]

#: A run of more than this many symbol characters (spaces between them included) is shortened.
RUN_LIMIT = 16
#: Characters kept at each end of a shortened run.
RUN_KEEP = RUN_LIMIT // 2


def is_run_character(char: str) -> bool:
    """Neither a letter nor a digit (of any script): punctuation, symbols, emoji, combining
    marks and spaces. A run of these carries no words."""
    return not char.isalnum()


def shorten_runs(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """``chars`` (each character with its index in the original text) with every run of more
    than :data:`RUN_LIMIT` non-word characters cut to its first and last :data:`RUN_KEEP`.
    Linear in the text; a text without long runs comes back as the same list."""
    out: list[tuple[str, int]] = []
    copied = 0  # chars[:copied] are settled in ``out``
    size = len(chars)
    i = 0
    while i < size:
        if not is_run_character(chars[i][0]):
            i += 1
            continue
        start = i
        while i < size and is_run_character(chars[i][0]):
            i += 1
        if i - start > RUN_LIMIT:
            out.extend(chars[copied : start + RUN_KEEP])
            copied = i - RUN_KEEP
    if copied == 0:
        return chars
    out.extend(chars[copied:])
    return out
