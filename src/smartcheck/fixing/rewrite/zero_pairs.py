"""A count brought to none, told around its noun: 'Geen valincidenten meer bij X'.

Dutch says a zero target with the negation before the thing and 'meer' after it ('geen
klachten meer over de schoonmaak', 'geen storingen meer op de lijn'; English 'no complaints
anymore'): the pack's gapped ``zero_targets`` ('geen & meer', 'no & anymore'). A goal made
of only that phrase had no reading: the comparative frames saw no comparative first, the
from-to frame contradicts a zero (seams/kept_words.py) and M failed on the 'meer'. Such a
target is an absolute (issue #12: an absolute becomes a bounded target): the count the
writer sets takes the negation's place and the partner goes ('hoogstens [aantal]
valincidenten bij X'; the pack's ``frames.bounded_count``), which nominal.py makes the
purpose of a concrete behaviour, as it does 'Nul klachten' and 'Nooit meer een X'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word
    from smartcheck.reading.goal import Goal

#: Word classes a noun phrase between the pair's parts is made of.
_NOUN_PHRASE = frozenset({"NOUN", "PROPN", "ADJ"})
#: Most words of that noun phrase ('geen vergeten bestellingen meer').
_MAX_NOUN_WORDS = 4


def zero_pair(piece: list[Word], style: RewriteStyle) -> int | None:
    """Where the partner of a gapped zero target opening ``piece`` stands, right after the
    noun phrase it counts ('Geen valincidenten *meer* bij ...': 2); None when the piece
    opens with no such pair around a noun phrase alone."""
    lower = [w.lower for w in piece]
    for target in style.zero_targets:
        if "&" not in target:
            continue
        first, _, second = (p.strip().lower() for p in target.partition("&"))
        if " " in first or " " in second or not lower or lower[0] != first:
            continue
        partner = next((n for n, w in enumerate(lower[1:], 1) if w == second), None)
        if partner is None or not 1 < partner <= _MAX_NOUN_WORDS + 1:
            continue
        phrase = piece[1:partner]
        if all(_in_noun_phrase(w) for w in phrase) and phrase[-1].pos in ("NOUN", "PROPN"):
            return partner
    return None


def _in_noun_phrase(word: Word) -> bool:
    """A word of a noun phrase: a noun or adjective, or a hyphenated part of one."""
    return word.pos in _NOUN_PHRASE or (word.text == "-" and not word.space_before)


def zero_pair_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the two parts of each zero pair stand that opens a phrase of ``goal`` (at its
    start, or after a stop, comma or colon): the bound replaces them on purpose, so the
    seam checks count neither the negation nor its partner lost."""
    if not any("&" in t for t in style.zero_targets):
        return []
    words = words_of(goal)
    spans: list[tuple[int, int]] = []
    for n, word in enumerate(words):
        if n and words[n - 1].text not in _PHRASE_STARTS:
            continue
        partner = zero_pair(words[n:], style)
        if partner is not None:
            spans += [(word.start, word.end), (words[n + partner].start, words[n + partner].end)]
    return spans


def zero_partner_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the partner of each zero pair stands, wherever the pair opens ('dat er geen
    klachten *meer* binnenkomen'): that 'meer' closes a count brought to none, no
    comparative that asks for a baseline and a target."""
    if not any("&" in t for t in style.zero_targets):
        return []
    words = words_of(goal)
    spans: list[tuple[int, int]] = []
    for n in range(len(words)):
        partner = zero_pair(words[n:], style)
        if partner is not None:
            spans.append((words[n + partner].start, words[n + partner].end))
    return spans


#: Marks after which a phrase opens.
_PHRASE_STARTS = frozenset({".", ",", ":", ";", "-", "\u2022"})
