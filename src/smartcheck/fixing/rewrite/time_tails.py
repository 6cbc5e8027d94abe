"""An approximation told right after a time: 'in the next 18 months *or so*', 'binnen een
jaar *of zo*'.

When the rewrite writes the time as its date ('by 23 May 2028'), the approximation is left
over and reads broken ('by 23 May 2028 or, agreed with ..., so'): it goes with the time. The
phrases are the pack's ``rewrite.time_tails``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def tail_after(words: list[Word], inside: list[int], tails: tuple[str, ...]) -> list[int]:
    """The indices of an approximation right after the time at ``inside`` (indices into
    ``words``), or none."""
    if not inside:
        return []
    after = inside[-1] + 1
    for tail in sorted(tails, key=len, reverse=True):
        parts = tail.lower().split()
        span = list(range(after, after + len(parts)))
        if span[-1] < len(words) and [words[i].lower for i in span] == parts:
            return span
    return []


def time_tail_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where an approximation after one of the goal's times stands: it goes with the time
    the rewrite dates, never lost words."""
    words = words_of(goal)
    found = []
    for time in goal.deadlines:
        inside = [i for i, w in enumerate(words) if w.inside(time.start, time.end)]
        tail = tail_after(words, inside, style.time_tails)
        if tail:
            found.append((words[tail[0]].start, words[tail[-1]].end))
    return found
