"""A vague length of a step ('for a few weeks', 'een paar weken lang'): how long, no deadline.

"Perhaps go along with the salesman for a few weeks" tells how long the writer does a step.
The reader calls "for a few weeks" a vague time; a rewrite that drops it as a deadline
that fails T loses the writer's duration, and the seam check must not count it as a second
deadline beside the date the rewrite asks for.
"""

from __future__ import annotations

from smartcheck.reading.timex import TimeExpression


def told_length(text: str, lengths: frozenset[str]) -> bool:
    """A time phrase opened or closed by a word of length (the pack's ``durations.lengths``:
    '*for* a few weeks', 'een paar weken *lang*', '*gedurende* enkele weken')."""
    lowered = " ".join(text.lower().split())
    return any(lowered.startswith(f"{w} ") or lowered.endswith(f" {w}") for w in lengths)


def vague_length(expr: TimeExpression, lengths: frozenset[str]) -> bool:
    """A vague time told as a length of a step, not as when the goal is done."""
    return expr.kind == "vague" and told_length(expr.text, lengths)
