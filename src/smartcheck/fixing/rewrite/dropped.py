"""A diary-style goal that leaves out its subject: 'Wil meer tijd besteden aan ...',
'Hoping to finish my certificate next year', 'Struggle with keeping my inbox under control'.

The writer is the subject, as in a diary. The frames need one: kept as written, the opening
reads broken in any frame ('By [date], would like to ...', '..., om zou graag ... voor te
zitten'). So the rewriter reads the goal with its subject put back ('Ik wil meer tijd
besteden ...', 'I hope to finish ...': the pack's ``rewrite.dropped_subjects``) and rewrites
that, as any goal the writer told in the first person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.compiled import compiled
from smartcheck.fixing.rewrite.stops import sentence_spans
from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def opening_span(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where a subjectless opening stands at the start of a sentence of the goal ('Keen
    to', 'Hoping to', '... vastleg. *moet* uitgebreider noteren'): a wish, hope or duty the
    writer's commitment replaces, never lost words."""
    spans = []
    for start, _ in sentence_spans(goal.text, style.abbreviations):
        opening = _opening(goal.text[start:], style)
        if opening is not None:
            spans.append((start, start + len(opening)))
    return spans


def _opening(text: str, style: RewriteStyle) -> str | None:
    """The pack's subjectless opening ``text`` starts with (the longest), or None."""
    lower = text.lstrip().lower()
    for opening in sorted(style.dropped_subjects, key=len, reverse=True):
        if compiled(rf"{re.escape(opening)}\b").match(lower) is not None:
            return opening
    return None


def with_subject(text: str, style: RewriteStyle) -> str | None:
    """``text`` with the subject its opening leaves out put back, or None when it opens
    with none of the pack's subjectless openings. The longest opening wins ('zou graag'
    before 'zou'); the opening must end at a word's end ('wil' is not 'wilde')."""
    opening = _opening(text, style)
    if opening is None:
        return None
    stripped = text.lstrip()
    return capitalise(style.dropped_subjects[opening] + stripped[len(opening) :])
