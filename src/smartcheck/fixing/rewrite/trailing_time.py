"""A deadline told in its own short sentence after the goal ('... zetten. Klaar voor de
zomer.', '... the same way. Done by end of Q2.', 'Deadline: eind maart.').

The judging reads it as the goal's deadline (T passes), so the rewrite adds no second one;
the sentence stays as the writer wrote it, after the rewritten goal. A safe fix's explicit
date ('By 31 March 2027') would leave it a date with no verb: it is not applied there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word

if TYPE_CHECKING:
    from smartcheck.reading.goal import Goal

#: Words beside the time in such a sentence ('Klaar', 'Done', 'Deadline:', 'Alles'): more
#: and it says something else too, and is a sentence of its own.
_AT_MOST_BESIDE = 2
_STOPS = frozenset(".!?")


def deadline_sentences(words: list[Word], goal: Goal) -> list[tuple[int, int]]:
    """The text spans of the sentences after the first that hold one deadline or event
    and at most two other words."""
    spans: list[tuple[int, int]] = []
    times = [e for e in goal.deadlines if e.kind in ("deadline", "event")]
    for sentence in _later_sentences(words):
        start, end = sentence[0].start, sentence[-1].end
        inside = [e for e in times if start <= e.start and e.end <= end]
        if len(inside) != 1:
            continue
        expr = inside[0]
        beside = [w for w in sentence if w.is_word and not (expr.start <= w.start < expr.end)]
        if len(beside) <= _AT_MOST_BESIDE:
            spans.append((start, end))
    return spans


def _later_sentences(words: list[Word]) -> list[list[Word]]:
    """The sentences after the first, each without its closing mark."""
    found: list[list[Word]] = [[]]
    for word in words:
        if word.text in _STOPS:
            found.append([])
        else:
            found[-1].append(word)
    return [s for s in found[1:] if any(w.is_word for w in s)]
