"""A time hedged or asked after the aim: the time of the step, committed.

Writers name the step they wish for and then, unsure, when: "Ik zou graag een week
meelopen met de planning, want ... Misschien kan dat in de zomer als het rustiger is.",
"I'd like to spend a day with the buyers. Maybe that could be in March?", "... Misschien
na de inventarisatie.". The aim alone names no time and its wish or the hedge fails A; the
time, hedged, commits to nothing. A coach commits the step at that time: "Ik ga in de
zomer, als het rustiger is, een week meelopen met de planning, want ...", "In March, I will
spend a day with the buyers." The hedge, the asking modal ('kan dat', 'that could be') and
the question mark go; the condition told with the time ('als het rustiger is') stays with it,
and sentences told between the aim and the time stay as written after the step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_times import time_at
from smartcheck.fixing.rewrite.means import unwished
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.words import Word, capitalise, closed, join

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def hedged_time(
    sentences: Sequence[list[Word]],
    times: Sequence[tuple[int, int]],
    style: RewriteStyle,
    subordinators: frozenset[str],
) -> tuple[str, tuple[str, ...]] | None:
    """The aim of ``sentences`` (the first, opened with the writer's wish) committed at the
    time the last one hedges or asks, and the sentences between them kept as written;
    None when the text holds no such pair (see the module docstring)."""
    if len(sentences) < 2 or not style.asked_step:
        return None
    aim, last = sentences[0], sentences[-1]
    if any(a <= w.start < b for w in aim for a, b in times):
        return None  # the aim has a time of its own: the later one is no missing part
    said = [w for w in aim if w.text not in SENTENCE_MARKS]
    told = unwished(said, style)
    if told == said or not told:
        return None  # no wish of the writer's opens the aim: no step to commit
    when = _hedged(last, times, style, subordinators)
    if when is None:
        return None
    time, condition = when
    step = timed_step(told, time, condition, style)
    between = tuple(_written(s) for s in sentences[1:-1])
    return step, between


def timed_step(told: list[Word], time: str, condition: str, style: RewriteStyle) -> str:
    """The step ``told`` (the writer's words without the wish) committed at ``time``, the
    condition told with it kept beside it ('In de zomer, als ..., ga ik ...')."""
    told = list(told)
    while told and told[-1].text in (",", ";", ":"):
        told.pop()
    hedges = style.one_word_hedges
    means = join([w for w in told if w.lower not in hedges], lead=False)
    # the time in front, the step after it ('In de zomer, als ..., ga ik een week meedraaien
    # ...', 'In the summer, when ..., I will spend ...'): a condition inside the step's
    # verb cluster would part the commitment from its verb
    opening = style.asked_step.split(" ", 2)
    if style.word_order == "v2" and len(opening) == 3:  # verb second: 'ga ik'
        opening[0], opening[1] = opening[1], opening[0]
    step_words = " ".join(opening)
    if style.word_order != "v2":
        step_words = capitalise(step_words)  # 'I will'
    timed = f"{capitalise(time)}, {condition}," if condition else capitalise(time)
    comma = "" if condition or style.word_order == "v2" else ","
    return closed(f"{timed}{comma} {step_words.format(means=means)}")


def _hedged(
    sentence: list[Word],
    times: Sequence[tuple[int, int]],
    style: RewriteStyle,
    subordinators: frozenset[str],
) -> tuple[str, str] | None:
    """The time ``sentence`` hedges or asks ('Misschien kan dat in de zomer als het
    rustiger is.', 'Maybe in March?') and the condition told after it; None for any other
    sentence."""
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    found = time_at(sentence, times, style, subordinators)
    if found is None:
        return None
    at, end = found
    time = join(said[at:end], lead=False)
    time = time[:1].lower() + time[1:] if not time[1:2].isupper() else time
    return time, join(said[end:], lead=False) if end < len(said) else ""


def _written(sentence: list[Word]) -> str:
    return closed(capitalise(join(sentence)))
