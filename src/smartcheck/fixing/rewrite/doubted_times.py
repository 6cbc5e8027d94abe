"""A time the writer rules out after the goal: a doubt about when, no deadline.

"Get my barista certificate. I know the exam is hard, so maybe not this year.", "Mijn
VCA halen, maar waarschijnlijk niet dit jaar.": the negated time says when the goal will
*not* be done; it names no moment by which it is (JUDGING T). Committed as written the rewrite
promises "..., not this year" or keeps it as the deadline's place. The piece (a comma, maybe a
conclusion or contrast word and a hedge, the negation and the time, maybe an adverb after it,
up to the sentence's end) goes; the goal without it is rewritten, which asks for the date
('[datum]'), and the writer's other remarks stay. The seam check and the measure count the
piece dropped on purpose (:func:`doubted_time_spans`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def doubted_time_spans(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """Character spans of the pieces that rule a time out ('..., so maybe not this year'),
    from their comma to the end of their sentence."""
    doc = goal.doc
    if doc is None:
        return []
    negations = {w.lower() for w in ctx.pack.words("negations")}
    joiners = {w.lower() for w in (*style.voice_tails, *style.reservation_contrasts)}
    spans = []
    for deadline in goal.deadlines:
        first = next((t for t in doc if t.idx >= deadline.start), None)
        if first is None or first.i == 0 or doc[first.i - 1].lower_ not in negations:
            continue
        k = first.i - 2
        while k >= 0 and (doc[k].lower_ in style.one_word_hedges or doc[k].lower_ in joiners):
            k -= 1
        if k <= 0 or doc[k].text != ",":
            continue
        end = _sentence_end(doc[first.i :], deadline.end)
        if end is not None:
            spans.append((doc[k].idx, end))
    return spans


def without_doubted_time(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The goal's text without the pieces that rule a time out, or None when it has none
    (or nothing would be left)."""
    spans = doubted_time_spans(goal, ctx, style)
    if not spans:
        return None
    text = goal.text
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    text = text.strip()
    return text if any(ch.isalpha() for ch in text) else None


def _sentence_end(tokens: Span, time_end: int) -> int | None:
    """Where the piece ends: after the time and any adverbs after it ('though', 'wel'),
    before the sentence's mark; None when other words follow in the sentence."""
    end = time_end
    for t in tokens:
        if t.idx < time_end:
            continue
        if t.text in SENTENCE_MARKS:
            return end
        if t.pos_ != "ADV":
            return None
        end = t.idx + len(t.text)
    return end
