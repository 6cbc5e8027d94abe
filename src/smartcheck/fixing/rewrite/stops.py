"""Where a sentence of a goal text ends.

A stop (. ! ? ;) before a space ends a sentence, except the period of an abbreviation
with the sentence going on after it ('gesprekken met studenten die bijv. een negatief
advies krijgen', 'difficult calls, e.g. customers who ...', 'incl. the VAT module'): cut
there, one part ends in 'die bijv.' and the next opens mid-clause ('Een negatief advies
krijgen'). An abbreviation is a word with a period inside ('o.a.', 'e.g.', 'i.e.') or one
of the pack's ``abbreviations`` written with one final period ('bijv', 'incl', 'etc'); the
sentence goes on when a lower-case word or a number follows. A capital after one may open
the next sentence ('..., enz. Daarnaast wil ik ...'), so it still ends there, unless the
abbreviation is one that opens what follows (the pack's ``opening_abbreviations``: 'bijv.',
'o.a.', 'e.g.', 'i.e.', 'incl.'): an example, an explanation or an inclusion comes after
it, never a new sentence ('een andere tuin, bijv. Kew of Meise?', 'a buddy, i.e. Priya or
Tom'). So are the pack's ``bound_abbreviations``, bound to the word after them: a title
before a name ('shadowing Dr. Okafor's group', 'met dhr. Bakker') and an abbreviation before
its number ('art. 13f', 'nr. 4'). The style's ``abbreviations`` carry those openers
(:class:`Abbreviations`), so every split that is given them reads the same list as the
reader's (reading.sentence_ends).

Nothing inside a bracket ends the sentence around it ('(reparaties, accu's, enz. Ook ...)',
'(travel, books, laptops... )'), and an ellipsis ('...', '…') ends one only before a capital:
before a lower-case word or a number it trails off inside the sentence ('tried... but').

Every rewriter module that cuts a text into sentences asks this module (:func:`sentences`,
:func:`sentence_spans`; ``capital``: only before a capital or a placeholder, as a candidate's
sentences open), so none cuts at an abbreviation the others read as one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from itertools import pairwise
from typing import Protocol, TypeVar

from smartcheck.reading.sentence_ends import opener_forms as opener_forms
from smartcheck.reading.sentence_ends import opens, shouted

#: Marks that end a sentence (a token of its own in a parse).
SENTENCE_MARKS = frozenset({".", "!", "?"})


class _Texted(Protocol):
    @property
    def text(self) -> str: ...


W = TypeVar("W", bound=_Texted)


class Abbreviations(frozenset[str]):
    """A pack's abbreviations written with one final period ('bijv', 'etc'), lower case, and
    ``openers``: the ones that open what follows, without their final period ('bijv', 'o.a',
    'e.g'; module doc)."""

    openers: frozenset[str]

    def __new__(cls, words: Iterable[str] = (), openers: Iterable[str] = ()) -> Abbreviations:
        made = super().__new__(cls, words)
        made.openers = frozenset(openers)
        return made

    def __init__(self, words: Iterable[str] = (), openers: Iterable[str] = ()) -> None:
        super().__init__()


def closes_opener(text: str, at: int, openers: Collection[str]) -> bool:
    """The period at ``at`` in ``text`` closes one of ``openers`` ('bijv.', 'e.g.'): no
    sentence ends there, whatever follows (for splits of their own, beside
    :func:`sentence_ends`)."""
    if not openers or text[at : at + 1] != ".":
        return False
    before = _WORD_BEFORE.search(text[:at])
    return before is not None and opens(before.group(1), openers)


def openers_of(abbreviations: Iterable[str]) -> frozenset[str]:
    """The openers ``abbreviations`` carry (none for a plain collection)."""
    return abbreviations.openers if isinstance(abbreviations, Abbreviations) else frozenset()


_STOP = re.compile(r"[.!?;\u2026](?=\s+\S)")
#: The stop is the last of an ellipsis ('...', '…').
_ELLIPSIS = re.compile(r"(?:\.\.\.|\u2026)$")
#: A candidate's sentence opens with a capital or the rewriter's placeholder ('[datum]').
_CAPITAL = re.compile(r"\s+[A-Z\u00c0-\u00de\[]")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.]*)$")


def sentence_ends(
    text: str,
    abbreviations: Collection[str] = (),
    *,
    marks: str = ".!?;",
    capital: bool = False,
) -> list[int]:
    """The offsets just after each stop in ``text`` that ends a sentence (not the last one's,
    when the text ends with it): one of ``marks`` (an ellipsis counts as a period), outside
    brackets, no abbreviation's that goes on, and with ``capital`` only before a capital or
    a placeholder (module doc)."""
    known = {a.lower() for a in abbreviations}
    openers = openers_of(abbreviations)
    inside = _bracketed(text)
    ends: list[int] = []
    for m in _STOP.finditer(text):
        at = m.start()
        ellipsis = _ELLIPSIS.search(text, 0, m.end()) is not None
        if (m.group() if not ellipsis else ".") not in marks:
            continue
        if any(a < at < b for a, b in inside):
            continue  # '(bijv. X. Of Y)': the bracket's stop, no sentence's
        if capital and not _CAPITAL.match(text, m.end()):
            continue
        if ellipsis:
            if not text[m.end() :].lstrip()[:1].isupper():
                continue  # 'tried... but', '... 3': the sentence trails on
        elif m.group() == "." and _abbreviation_goes_on(text, at, known, openers):
            continue
        ends.append(m.end())
    return ends


def sentences(
    text: str, abbreviations: Collection[str] = (), *, marks: str = ".!?;", capital: bool = False
) -> list[str]:
    """``text`` cut into its sentences, each stripped, none empty."""
    return [text[a:b] for a, b in sentence_spans(text, abbreviations, marks=marks, capital=capital)]


def sentence_spans(
    text: str, abbreviations: Collection[str] = (), *, marks: str = ".!?;", capital: bool = False
) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` stands (start, end), stripped, none empty
    (:func:`sentence_ends`)."""
    cuts = [0, *sentence_ends(text, abbreviations, marks=marks, capital=capital), len(text)]
    spans = []
    for a, b in pairwise(cuts):
        piece = text[a:b]
        if piece.strip():
            start = a + len(piece) - len(piece.lstrip())
            spans.append((start, b - (len(piece) - len(piece.rstrip()))))
    return spans


def written_ellipses(text: str, original: str) -> str:
    """``text`` with each ellipsis the writer wrote ('laptops...)', 'tried ... but', 'is
    something else... a bit') as one mark '…', so that no check reads it as a doubled period
    or a mark after a space of the rewriter's."""
    if "..." not in original:
        return text
    return re.sub(r"(?<=\w) ?\.\.\.(?=[)\s,;:]|$)", "\u2026", text)


def _bracketed(text: str) -> list[tuple[int, int]]:
    """Where a round bracket opens and where it closes, for each closed pair in ``text``."""
    pairs: list[tuple[int, int]] = []
    opened: list[int] = []
    for n, char in enumerate(text):
        if char == "(":
            opened.append(n)
        elif char == ")" and opened:
            pairs.append((opened.pop(), n))
    return pairs


def _abbreviation_goes_on(
    text: str, at: int, known: set[str], openers: Collection[str] = ()
) -> bool:
    """The period at ``at`` closes an abbreviation and a lower-case word or a number follows,
    or anything follows an abbreviation that opens what follows."""
    before = _WORD_BEFORE.search(text[:at])
    if before is None:
        return False
    after = text[at + 1 :].lstrip()
    if opens(before.group(1), openers):
        return bool(after)
    word = before.group(1).lower()
    if "." not in word and word not in known:
        return False
    if "." not in word and shouted(before.group(1)):
        return False  # 'NAIL ART. take the course': a shouted word, no 'art.' of an article
    return bool(after) and (after[0].islower() or after[0].isdigit())


def word_sentences(words: Sequence[W], openers: Collection[str] = ()) -> list[list[W]]:
    """``words`` (anything with a ``text``) cut into sentences, each with its closing mark;
    a last sentence without one counts too, an empty one does not. A stop the tokenizer
    split from one of ``openers`` ('incl', '.') ends none when a word follows."""
    found: list[list[W]] = []
    start = 0
    for n, word in enumerate(words):
        if word.text == "." and 0 < n < len(words) - 1 and opens(words[n - 1].text, openers):
            continue
        if word.text in SENTENCE_MARKS:
            found.append(list(words[start : n + 1]))
            start = n + 1
    if start < len(words):
        found.append(list(words[start:]))
    return found
