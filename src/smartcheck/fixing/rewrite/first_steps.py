"""A far aim hedged with a vague or ranged time, then the first step the writer takes now.

Writers name where they want to end up one day and, unsure when, hedge it with a range or a
question: "I'd like to grow into the senior role eventually, maybe in 3-5 years? For now I
want to understand the contracts side better.", "Over een paar jaar misschien teamleider
worden? Voorlopig wil ik eerst ...". The far aim, hedged, commits to nothing and its time is
no deadline; the step after the opener ('for now', 'voorlopig') is what the writer can
commit to now. A coach commits the step, bounded by a date the writer sets, and keeps the
far aim as its purpose: "I want to understand the contracts side better, so that I can grow
into the senior role." The hedge, the question mark and the far time go (the step gets its
own [date]); the opener goes with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_means import purpose_clause
from smartcheck.fixing.rewrite.means import goal_sentences, unwished
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.words import Word, capitalise, closed, join

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def first_step(goal: Goal, style: RewriteStyle) -> str | None:
    """The step told after a far aim, as the writer's sentence with the aim as its purpose
    ('I want to X, so that I can Y.'), for the rewrite to commit and date; None when the
    text is no such pair (two sentences: a wished aim with a hedged or asked time, then a
    step opened by one of the pack's ``first_step_openers``)."""
    if not style.first_step_openers or not style.asked_purpose:
        return None
    sentences = goal_sentences(goal, style)
    if len(sentences) != 2:
        return None
    times = [(d.start, d.end) for d in goal.deadlines]
    aim = _far_aim(sentences[0], times, style)
    step = _step(sentences[1], style)
    if aim is None or step is None:
        return None
    purpose = purpose_clause(aim, style)
    if purpose is None:
        return None
    return closed(capitalise(step) + style.asked_purpose.format(aim=purpose))


def first_step_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """The opener of the step after a far aim ('For now', 'Voorlopig'): the committed step
    leaves it out, so a rewrite may too."""
    if first_step(goal, style) is None:
        return []
    said = [w for w in goal_sentences(goal, style)[1] if w.text not in SENTENCE_MARKS]
    size = _opener_size([w.lower for w in said], style)
    return [(said[0].start, said[size - 1].end)] if size else []


def _opener_size(lowered: list[str], style: RewriteStyle) -> int | None:
    """How many words the longest of the pack's ``first_step_openers`` at the front takes."""
    return next(
        (
            len(o.split())
            for o in sorted(style.first_step_openers, key=lambda o: -len(o.split()))
            if lowered[: len(o.split())] == o.split()
        ),
        None,
    )


def _far_aim(
    sentence: list[Word], times: list[tuple[int, int]], style: RewriteStyle
) -> list[Word] | None:
    """The aim's words without the writer's wish, the hedge and its time ('grow into the
    senior role'); None when no wish opens it, or it hedges or asks no time."""
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    told = unwished(said, style)
    if told == said or not told:
        return None
    hedges = style.one_word_hedges
    timed = [w for w in told if any(a <= w.start < b for a, b in times)]
    asked = sentence[-1].text == "?" or any(w.lower in hedges for w in told)
    if not timed or not asked:
        return None
    # a word of the wish the wish left behind ('Ik wil later *graag* ...') goes with it
    wishing = {c for c in (*style.cluster_drop, *style.fillers) if " " not in c}
    wishing |= set(style.intensifiers)
    kept = [w for w in told if w not in timed and w.lower not in hedges | wishing]
    while kept and kept[-1].text in (",", ";", ":", "-"):
        kept.pop()
    if any(w.text == "," for w in kept) or not any(w.is_word for w in kept):
        return None  # more than the aim and its time: a clause of its own
    return kept


def _step(sentence: list[Word], style: RewriteStyle) -> str | None:
    """The step after the opener ('For now I want to X.' -> 'I want to X'; Dutch 'Voorlopig
    wil ik X.' -> 'Ik wil X'), or None when no opener opens it or no subject follows."""
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    size = _opener_size([w.lower for w in said], style)
    if size is None:
        return None
    rest = said[size:]
    if rest and rest[0].text == ",":
        rest = rest[1:]
    subjects = {s.lower() for s in style.subjects}
    if len(rest) < 3:
        return None
    if style.word_order == "v2" and rest[1].lower in subjects:
        rest = [rest[1], rest[0], *rest[2:]]  # 'wil ik' after the opener: 'ik wil'
    if rest[0].lower not in subjects:
        return None
    return join(rest, lead=False)
