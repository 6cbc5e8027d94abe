"""A time hedged or asked after a comma, at the end of the step the writer wishes.

Writers name the step and then, in the same sentence, hedge when: "I want to shadow the
night planner for a week, maybe in March?", "Ik zou graag een dag meedraaien op de
spoedpost, misschien in mei?", "Would like to do a rotation with the roof crew for a few
months, maybe Q2 2027.". Asked, the time commits to nothing, and the question mark turns the
whole goal into a question. A coach commits the step at that time: "In March, I will shadow
the night planner for a week." The hedge, the asking words and the question mark go; the
condition told with the time stays with it (hedged_time.py). An aim told before the step
without a subject ('Learn pitched roofs - tiles, slates.') is the step's purpose ('..., so
that I can learn pitched roofs - tiles, slates.'); other sentences stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_means import purpose_clause
from smartcheck.fixing.rewrite.asked_times import time_at
from smartcheck.fixing.rewrite.frame import bare_act
from smartcheck.fixing.rewrite.hedged_time import timed_step
from smartcheck.fixing.rewrite.means import goal_sentences, unwished
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.words import Word, capitalise, closed, join

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Marks after which the time is hedged ('..., maybe in March?', '... - maybe next year?').
_CUTS = frozenset({",", "-", "\u2013", "\u2014"})

#: Most words of a sentence kept as written after the step (a short note, no goal).
MAX_KEPT_WORDS = 8


def tail_timed(
    goal: Goal, ctx: RuleContext, style: RewriteStyle, wished: bool = False
) -> str | None:
    """The goal with its step committed at the time hedged after its comma, the sentences
    around it kept (an aim before it without a subject as its purpose); None when no
    sentence ends in such a time, or the step is no wish of the writer's. ``wished``: the
    step told as the writer's wish at that time instead (the pack's ``timed_wish``: 'Next
    year, I want to become team leader'), for the frames to commit; an outcome others
    decide then becomes the purpose of the writer's behaviour, as for any wish of it."""
    if not style.asked_step or goal.doc is None or (wished and not style.timed_wish):
        return None
    sentences = goal_sentences(goal, style)
    times = [(d.start, d.end) for d in goal.deadlines]
    openers = frozenset(w.lower() for w in ctx.pack.words("subordinators"))
    for n, sentence in enumerate(sentences):
        found = _step_and_time(sentence, times, style, openers, goal.lang)
        if found is None:
            continue
        told, time, condition = found
        after = sentences[n + 1 :]
        if any(len([w for w in s if w.is_word]) > MAX_KEPT_WORDS for s in after):
            return None  # a longer sentence after it may be a goal of its own
        if wished and condition:
            return None  # 'in the summer, when it is quieter': the commitment keeps it
        step = _wished_at(told, time, style) if wished else timed_step(told, time, condition, style)
        before = [_written(s) for s in sentences[:n]]
        if n == 1:
            purpose = _subjectless_aim(sentences[0], style)
            if purpose is not None:
                step = closed(step.rstrip(".") + style.asked_purpose.format(aim=purpose))
                before = []
        return " ".join([*before, step, *(_written(s) for s in after)])
    return None


def _step_and_time(
    sentence: list[Word],
    times: Sequence[tuple[int, int]],
    style: RewriteStyle,
    openers: frozenset[str],
    lang: str,
) -> tuple[list[Word], str, str] | None:
    """The wished step before the comma, without the wish, and the time (with its
    condition) hedged after it ('..., maybe in March?'); None for any other sentence."""
    hedges = style.one_word_hedges
    cut = next(
        (
            k
            for k, w in enumerate(sentence[:-1])
            if k and w.text in _CUTS and sentence[k + 1].lower in hedges
        ),
        None,
    )
    if cut is None:
        return None
    tail = sentence[cut + 1 :]
    found = time_at(tail, times, style, openers)
    if found is None:
        return None
    said = [w for w in tail if w.text not in SENTENCE_MARKS]
    at, end = found
    time = join(said[at:end], lead=False)
    if _numbered_period(said[at]) and style.form_period:
        time = style.form_period.format(when=time)  # 'maybe Q2 2027': 'in Q2 2027'
    elif said[at].pos != "PROPN" and not time[1:2].isupper():
        time = time[:1].lower() + time[1:]
    condition = join(said[end:], lead=False) if end < len(said) else ""
    step = _subject_restored([w for w in sentence[:cut] if w.text not in SENTENCE_MARKS], style)
    told = unwished(step, style)
    if not told:
        return None
    if told == step:  # no wish of the writer's opens the step: only a bare act is committed
        if not bare_act(step, style, lang) or _bare_credential(step, style):
            return None
        first = step[0]
        if first.pos != "PROPN" and first.text[1:] == first.text[1:].lower():
            first = first.with_text(first.lower)  # 'Become ...'; not 'LOTUS-certificaat'
        told = [first, *step[1:]]
    return told, time, condition


def _bare_credential(step: list[Word], style: RewriteStyle) -> bool:
    """Does the step name a credential ('Heftruckcertificaat halen', 'Get my HGV licence')?
    The readings of a credential (asked_steps.py) commit it with the writer's own ('mijn')
    where the step lacks it, and keep the time the writer hedged: it is left to them."""
    endings = tuple(e.lower() for e in style.credential_endings)
    return any(w.lower.endswith(endings) for w in step)


def _wished_at(told: list[Word], time: str, style: RewriteStyle) -> str:
    """The step ``told`` as the writer's wish at ``time`` (the pack's ``timed_wish``)."""
    words = list(told)
    while words and words[-1].text in (",", ";", ":"):
        words.pop()
    means = join([w for w in words if w.lower not in style.one_word_hedges], lead=False)
    return closed(capitalise(style.timed_wish.format(time=time, means=means)))


def _numbered_period(first: Word) -> bool:
    """The time opens with a period named by its number and no preposition ('Q2 2027',
    '2027'): it is the period the step is done in."""
    return first.pos != "ADP" and (
        bool(re.fullmatch(r"[A-Za-z]\d{1,2}", first.text)) or first.text[:1].isdigit()
    )


def _subject_restored(step: list[Word], style: RewriteStyle) -> list[Word]:
    """A wish told without its subject ('Would like to do a rotation ...'; the pack's
    ``dropped_subjects``) with the writer put back ('I would like to do ...'), so the wish
    reads as the writer's; the step as written otherwise."""
    lowered = [w.lower for w in step]
    for opening, whole in sorted(style.dropped_subjects.items(), key=lambda o: -len(o[0])):
        size = len(opening.split())
        if lowered[:size] == opening.split() and size < len(step):
            restored = [Word(text=t) for t in whole.split()]
            return [*restored, *step[size:]]
    return step


def _subjectless_aim(sentence: list[Word], style: RewriteStyle) -> str | None:
    """An aim told without a subject or wish ('Learn pitched roofs - tiles, slates.',
    'Schuine daken leren.') as the words of its purpose clause; None otherwise."""
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    subjects = {s.lower() for s in style.subjects}
    if not said or any(w.lower in subjects for w in said) or unwished(said, style) != said:
        return None
    return purpose_clause(said, style)


def _written(sentence: list[Word]) -> str:
    return closed(capitalise(join(sentence)))
