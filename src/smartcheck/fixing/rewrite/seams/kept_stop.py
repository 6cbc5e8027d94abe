"""The words that ask a habit to stop, kept in the committed sentence.

'I skip the warm-up before a shift, which needs to stop' read as written commits the writer
to the habit and tells the stop as a remark on it ('By [date], I will skip the warm-up ...,
which needs to stop'). Only the bounded habit answers the stop (stopped_habits.py); a stop
kept in a sentence of context told after the rewrite commits nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.stopped_habits import habit_stop_spans

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def stop_committed(candidate: str, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A rewrite that keeps the words asking the goal's habit to stop in its dated sentence
    ('By [date], I will skip the warm-up ..., which needs to stop'): it commits the writer to
    the habit and tells the stop as a remark on it. Only the bounded habit answers the stop;
    a stop kept in a sentence of context told after the rewrite ('Soms word ik uitgescholden
    en dat wil ik niet meer.') commits nothing."""
    spans = habit_stop_spans(goal, style)
    if not spans:
        return []
    asked = goal.text[spans[0][0] : spans[0][1]].lstrip(" ,").lower()
    told = " ".join(asked.split()[-3:])  # 'has to stop', 'moet stoppen', whatever opens it
    date = style.placeholders.date
    for sentence in re.split(r"(?<=[.!?])\s+", candidate):
        kept = re.search(rf"(?<!\w){re.escape(told)}(?!\w)", sentence.lower())
        if told and kept and date in sentence:  # the stop in the committed sentence
            return [Seam("contradiction", f"the habit asked to stop is committed: {told!r}")]
    return []
