"""Find lexicon entries (words and phrases from a rule pack) in a parsed goal.

Entries are plain strings so that non-programmers can edit rule packs:

- ``verbeteren``: one word; matches a token whose lower-case form *or* lemma is that word;
- ``beter worden``: a contiguous phrase, word by word as above;
- ``beter & worden``: all parts in the same sentence, in any order, within a few words of
  each other (Dutch verb-second word order puts "word ik ... beter" apart);
- ``*vaardigheid`` / ``communicatie*``: a word ending or starting with that text (compounds).

Matching on lemmas makes one entry cover inflections ("verbeter", "verbeterde").

Every key of a pack is compiled into one :class:`Lexicon`, so a Doc is read once for all
keys (:meth:`Lexicon.scan`) instead of once per key; the result, :class:`DocMatches`, is what
rules and the anatomy read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

WordTest = Callable[[str, str], bool]
Tokenize = Callable[[str], Sequence[str]]
#: Widest span, in tokens, of an 'a & b' match: wide enough for Dutch verb-second order
#: ("word ik volgend jaar beter"), narrow enough not to join words of different clauses.
AND_WINDOW = 7
#: Token forms whose candidate entries are remembered; past this the memo starts afresh, so
#: streaming goals with ever new words keeps memory flat.
_MEMO_LIMIT = 20_000


@dataclass(frozen=True)
class LexiconMatch:
    """One occurrence of an entry: char offsets into the goal and the entry that matched."""

    start: int
    end: int
    entry: str
    token_start: int
    token_end: int


def own_spans(match: LexiconMatch, doc: Doc) -> list[tuple[int, int]]:
    """The char spans of the entry's own words in ``match``: the whole match for a phrase,
    only the words of its parts for an 'a & b' entry. The words in the gap ("handle
    *difficult conversations* better") are the writer's content, not the entry's."""
    if " & " not in match.entry:
        return [(match.start, match.end)]
    tests = [_word_test(w) for w in match.entry.replace(" & ", " ").split()]
    return [
        (t.idx, t.idx + len(t.text))
        for t in doc[match.token_start : match.token_end]
        if any(test(t.lower_, t.lemma_.lower()) for test in tests)
    ]


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
    key: str
    text: str
    parts: tuple[tuple[str, ...], ...]


#: (entry index, part index): one part of one entry.
_Part = tuple[int, int]


def _compile(key: str, entry: str, tokenize: Tokenize) -> _Entry:
    parts = []
    for part in entry.split(" & "):
        words: list[str] = []
        for chunk in part.split():
            words.extend([chunk] if "*" in chunk else tokenize(chunk))
        if words:
            parts.append(tuple(w.lower() for w in words))
    return _Entry(key, entry, tuple(parts))


class DocMatches:
    """Every lexicon key's matches in one Doc, sorted by position per key."""

    __slots__ = ("_by_key",)

    def __init__(self, by_key: dict[str, list[LexiconMatch]]) -> None:
        self._by_key = by_key

    def get(self, key: str) -> list[LexiconMatch]:
        """The matches of ``key`` (a fresh list: callers may extend it)."""
        return list(self._by_key.get(key, ()))

    def keys(self) -> list[str]:
        """The keys that matched at least once."""
        return list(self._by_key)


class Lexicon:
    """All keys of a pack's lexicon in one index.

    Entries are indexed by their first word (wildcard entries by their suffix or prefix), so
    one pass over a Doc's tokens finds the candidate entries of every key at once; only the
    candidates are then checked word by word.
    """

    def __init__(self, lexicon: Iterable[tuple[str, Iterable[str]]], tokenize: Tokenize) -> None:
        """``lexicon``: (key, entries) pairs, e.g. a pack's ``lexicon.items()``."""
        self._entries = [
            _compile(key, entry, tokenize)
            for key, entries in lexicon
            for entry in entries
            if entry.strip()
        ]
        self._tests: dict[str, WordTest] = {}
        self._by_first: dict[str, list[_Part]] = {}
        self._by_suffix: dict[str, list[_Part]] = {}
        self._by_prefix: dict[str, list[_Part]] = {}
        self._memo: dict[str, tuple[_Part, ...]] = {}
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
        self._suffix_lengths = sorted({len(s) for s in self._by_suffix})
        self._prefix_lengths = sorted({len(p) for p in self._by_prefix})

    def __bool__(self) -> bool:
        return bool(self._entries)

    def scan(self, doc: Doc) -> DocMatches:
        """Every key's matches in ``doc``; overlapping matches are all kept."""
        if not self._entries or len(doc) == 0:
            return DocMatches({})
        keys = [(t.lower_, t.lemma_.lower() if t.lemma_ else t.lower_) for t in doc]
        if doc.has_annotation("SENT_START"):
            sentences = [(s.start, s.end) for s in doc.sents]
        else:
            sentences = [(0, len(doc))]
        found: dict[str, list[LexiconMatch]] = {}
        clauses = _clause_openings(doc)
        for s_start, s_end in sentences:
            hits = self._part_hits(keys, s_start, s_end)
            for e_index in sorted({e for e, _ in hits}):
                entry = self._entries[e_index]
                for a, b in self._assemble(entry, e_index, hits, clauses):
                    end_token = doc[b - 1]
                    match = LexiconMatch(
                        doc[a].idx, end_token.idx + len(end_token.text), entry.text, a, b
                    )
                    found.setdefault(entry.key, []).append(match)
        for matches in found.values():
            matches.sort(key=lambda m: (m.start, m.end, m.entry))
        return DocMatches(found)

    def _part_hits(
        self, keys: list[tuple[str, str]], start: int, end: int
    ) -> dict[_Part, list[tuple[int, int]]]:
        hits: dict[_Part, list[tuple[int, int]]] = {}
        tests = self._tests
        for i in range(start, end):
            lower, lemma = keys[i]
            candidates = self._candidates(lower)
            if lemma != lower:
                candidates = (*candidates, *self._candidates(lemma))
            for e_index, p_index in candidates:
                part = self._entries[e_index].parts[p_index]
                n = len(part)
                if i + n > end:
                    continue
                if n == 1 or all(tests[w](*keys[i + k]) for k, w in enumerate(part)):
                    spans = hits.setdefault((e_index, p_index), [])
                    if (i, i + n) not in spans:
                        spans.append((i, i + n))
        return hits

    def _candidates(self, form: str) -> tuple[_Part, ...]:
        """Entry parts whose first word may match a token with this form (its lower-case
        text or lemma): exact words by lookup, wildcards by the form's own endings and
        beginnings. Remembered per form; goals repeat their words a lot."""
        memo = self._memo
        found = memo.get(form)
        if found is not None:
            return found
        parts: list[_Part] = list(self._by_first.get(form, ()))
        size = len(form)
        for length in self._suffix_lengths:  # "*vaardigheid" also matches "vaardigheid"
            if length > size:
                break
            parts += self._by_suffix.get(form[size - length :], ())
        for length in self._prefix_lengths:
            if length > size:
                break
            parts += self._by_prefix.get(form[:length], ())
        found = tuple(parts)
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        memo[form] = found
        return found

    @staticmethod
    def _assemble(
        entry: _Entry,
        e_index: int,
        hits: dict[_Part, list[tuple[int, int]]],
        clauses: frozenset[int] = frozenset(),
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
            if end - start <= AND_WINDOW and not any(start < i < end for i in clauses):
                spans.append((start, end))
        return spans[:1]


def _clause_openings(doc: Doc) -> frozenset[int]:
    """Where a subordinate clause opens after a comma ('..., *zodat* mijn rapportages beter
    worden'): an 'a & b' entry's parts never lie on both sides of one ('maken, zodat ...
    beter' is no 'beter maken')."""
    return frozenset(t.i + 1 for t in doc[:-1] if t.text == "," and doc[t.i + 1].pos_ == "SCONJ")


class LexiconMatcher:
    """One key's entries on their own (for callers outside a checker, and tests)."""

    def __init__(self, entries: Iterable[str], tokenize: Tokenize) -> None:
        self._lexicon = Lexicon([("", tuple(entries))], tokenize)

    def __bool__(self) -> bool:
        return bool(self._lexicon)

    def find(self, doc: Doc) -> list[LexiconMatch]:
        """Every match in ``doc``, sorted by position; overlapping matches are all kept."""
        return self._lexicon.scan(doc).get("")
