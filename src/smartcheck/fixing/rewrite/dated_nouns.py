"""A time that dates the noun before it: 'Voor de zaaironde in week 8 heb ik ...', 'Before
the spring fair in March I will ...'.

The time engine knows only the events of its lists; an event it does not know ('de
zaaironde', 'the spring fair'), named after a word of time and dated by the time right
after it, leaves that time as the goal's deadline. Its explicit date then went in the
time's place ('Voor de zaaironde vóór 28 februari 2027'): a second deadline beside the
event, and the event's own time lost. The parser tells the shape: the time hangs on the
noun (a noun modifier), and the noun on a word of time of the pack's table ('voor',
'before'). Such a time stays as written; it says when the event is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.reading.goal import Goal
    from smartcheck.reading.timex.table import TimeTable

#: Word classes of the event a time can date.
_NOUNS = frozenset({"NOUN", "PROPN"})


def noun_dated_spans(goal: Goal, table: TimeTable) -> list[tuple[int, int]]:
    """The spans of the goal's deadlines that date the noun right before them."""
    doc = goal.doc
    if doc is None:
        return []
    leads = {
        w.lower()
        for w in (*table.markers.before, *table.markers.deadline, *table.events.markers.weak)
    }
    spans = []
    for deadline in goal.deadlines:
        inside = [t for t in doc if deadline.start <= t.idx < deadline.end]
        root = next((t for t in inside if not deadline.start <= t.head.idx < deadline.end), None)
        if root is None or root.dep_ != "nmod" or root.head.pos_ not in _NOUNS:
            continue
        noun = root.head
        if noun.i >= inside[0].i:
            continue
        if any(c.dep_ == "case" and c.lower_ in leads for c in noun.children):
            spans.append((deadline.start, deadline.end))
    return spans
