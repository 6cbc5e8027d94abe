"""Find lexicon entries (words and phrases from a rule pack) in a parsed goal.

Entries are plain strings so that non-programmers can edit rule packs:

- ``verbeteren``: one word; matches a token whose lower-case form *or* lemma is that word;
- ``beter worden``: a contiguous phrase, word by word as above;
- ``beter & worden``: all parts in the same sentence, in any order, within a few words of
  each other (Dutch verb-second word order puts "word ik ... beter" apart);
- ``*vaardigheid`` / ``communicatie*``: a word ending or starting with that text (compounds).

Matching on lemmas makes one entry cover inflections ("verbeter", "verbeterde").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

WordTest = Callable[[str, str], bool]
#: Widest span, in tokens, of an 'a & b' match: wide enough for Dutch verb-second order
#: ("word ik volgend jaar beter"), narrow enough not to join words of different clauses.
AND_WINDOW = 7


@dataclass(frozen=True)
class LexiconMatch:
    """One occurrence of an entry: char offsets into the goal and the entry that matched."""

    start: int
    end: int
    entry: str
    token_start: int
    token_end: int


def _word_test(word: str) -> WordTest:
    word = word.lower()
    if len(word) > 1 and word.startswith("*"):
        suffix = word[1:]
        return lambda lower, lemma: lower.endswith(suffix) or lemma.endswith(suffix)
    if len(word) > 1 and word.endswith("*"):
        prefix = word[:-1]
        return lambda lower, lemma: lower.startswith(prefix) or lemma.startswith(prefix)
    return lambda lower, lemma: lower == word or lemma == word


@dataclass(frozen=True)
class _Entry:
    text: str
    parts: tuple[tuple[str, ...], ...]


class LexiconMatcher:
    """Matches one lexicon key's entries against Docs.

    Entries are indexed by their first word, so a Doc is scanned once per key whatever the
    size of the lexicon; only entries that start with a wildcard are tried at every token.
    """

    def __init__(self, entries: Iterable[str], tokenize: Callable[[str], Sequence[str]]) -> None:
        self._entries = [self._compile(entry, tokenize) for entry in entries if entry.strip()]
        self._tests: dict[str, WordTest] = {}
        self._by_first: dict[str, list[tuple[int, int]]] = {}
        self._by_suffix: dict[str, list[tuple[int, int]]] = {}
        self._by_prefix: dict[str, list[tuple[int, int]]] = {}
        self._last: tuple[Doc, list[LexiconMatch]] | None = None
        for e_index, entry in enumerate(self._entries):
            for p_index, part in enumerate(entry.parts):
                for word in part:
                    self._tests.setdefault(word, _word_test(word))
                first = part[0]
                if len(first) > 1 and first.startswith("*"):
                    self._by_suffix.setdefault(first[1:], []).append((e_index, p_index))
                elif len(first) > 1 and first.endswith("*"):
                    self._by_prefix.setdefault(first[:-1], []).append((e_index, p_index))
                else:
                    self._by_first.setdefault(first, []).append((e_index, p_index))

    @staticmethod
    def _compile(entry: str, tokenize: Callable[[str], Sequence[str]]) -> _Entry:
        parts = []
        for part in entry.split(" & "):
            words: list[str] = []
            for chunk in part.split():
                words.extend([chunk] if "*" in chunk else tokenize(chunk))
            if words:
                parts.append(tuple(w.lower() for w in words))
        return _Entry(entry, tuple(parts))

    def __bool__(self) -> bool:
        return bool(self._entries)

    def find(self, doc: Doc) -> list[LexiconMatch]:
        """Every match in ``doc``, sorted by position; overlapping matches are all kept.

        Several rules ask for the same key on the same goal, so the last Doc's result is
        kept (goals are checked one after another).
        """
        last = self._last  # one read: another thread may replace it
        if last is not None and last[0] is doc:
            return list(last[1])
        found = self._find(doc)
        self._last = (doc, found)
        return list(found)

    def _find(self, doc: Doc) -> list[LexiconMatch]:
        if not self._entries or len(doc) == 0:
            return []
        keys, sentences = _token_keys(doc)
        found: list[LexiconMatch] = []
        for s_start, s_end in sentences:
            hits = self._part_hits(keys, s_start, s_end)
            for e_index in sorted({e for e, _ in hits}):
                for a, b in self._assemble(self._entries[e_index], e_index, hits):
                    end_token = doc[b - 1]
                    found.append(
                        LexiconMatch(
                            doc[a].idx,
                            end_token.idx + len(end_token.text),
                            self._entries[e_index].text,
                            a,
                            b,
                        )
                    )
        found.sort(key=lambda m: (m.start, m.end, m.entry))
        return found

    def _part_hits(
        self, keys: list[tuple[str, str]], start: int, end: int
    ) -> dict[tuple[int, int], list[tuple[int, int]]]:
        hits: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for i in range(start, end):
            for e_index, p_index in self._candidates(*keys[i]):
                part = self._entries[e_index].parts[p_index]
                n = len(part)
                if i + n > end:
                    continue
                if all(self._tests[w](*keys[i + k]) for k, w in enumerate(part)):
                    spans = hits.setdefault((e_index, p_index), [])
                    if (i, i + n) not in spans:
                        spans.append((i, i + n))
        return hits

    def _candidates(self, lower: str, lemma: str) -> list[tuple[int, int]]:
        """Entry parts whose first word may match this token: exact words by lookup,
        wildcards by looking up the token's own endings and beginnings."""
        found: list[tuple[int, int]] = []
        for form in {lower, lemma}:
            found += self._by_first.get(form, [])
            if self._by_suffix:  # "*vaardigheid" also matches "vaardigheid" itself
                for k in range(len(form)):
                    found += self._by_suffix.get(form[k:], [])
            if self._by_prefix:
                for k in range(1, len(form) + 1):
                    found += self._by_prefix.get(form[:k], [])
        return found

    @staticmethod
    def _assemble(
        entry: _Entry, e_index: int, hits: dict[tuple[int, int], list[tuple[int, int]]]
    ) -> list[tuple[int, int]]:
        per_part = [hits.get((e_index, p), []) for p in range(len(entry.parts))]
        if not all(per_part):
            return []
        if len(per_part) == 1:
            return per_part[0]
        # For each hit of the first part, the nearest hit of every other part; the parts must
        # lie within AND_WINDOW tokens of each other (same phrase, any order).
        spans = []
        for first in per_part[0]:
            chosen = [first] + [min(h, key=lambda s: abs(s[0] - first[0])) for h in per_part[1:]]
            start, end = min(s[0] for s in chosen), max(s[1] for s in chosen)
            if end - start <= AND_WINDOW:
                spans.append((start, end))
        return spans[:1]


_keys_cache: list[tuple[Doc, list[tuple[str, str]], list[tuple[int, int]]]] = []


def _token_keys(doc: Doc) -> tuple[list[tuple[str, str]], list[tuple[int, int]]]:
    """(lower form, lemma) per token and the sentence bounds, computed once per Doc for all
    lexicon keys (the cache holds the last Doc only)."""
    cached = _keys_cache[0] if _keys_cache else None  # one read: threads may replace it
    if cached is not None and cached[0] is doc:
        return cached[1], cached[2]
    keys = [(t.lower_, t.lemma_.lower() if t.lemma_ else t.lower_) for t in doc]
    if doc.has_annotation("SENT_START"):
        sentences = [(s.start, s.end) for s in doc.sents]
    else:
        sentences = [(0, len(doc))]
    _keys_cache[:] = [(doc, keys, sentences)]
    return keys, sentences
