"""Deadlines beside the goal: the T rules and R's time check read them the same way."""

from __future__ import annotations

from itertools import pairwise

from smartcheck.reading.goal import ContextField, Goal
from smartcheck.reading.timex import TimeExpression


def context_deadlines(goal: Goal) -> list[tuple[ContextField, TimeExpression]]:
    """Time expressions in the goal's deadline fields (a 'Wanneer klaar' cell, a
    ``deadline:`` key): they count for T when the goal text itself names no time."""
    return [(f, e) for f in goal.context if f.name == "deadline" for e in f.deadlines]


def governing(goal: Goal) -> tuple[TimeExpression | None, ContextField | None]:
    """The deadline that governs the goal: its own, else the one in its deadline field."""
    if goal.deadline is not None:
        return goal.deadline, None
    for field, expr in context_deadlines(goal):
        if expr.due is not None:
            return expr, field
    return None, None


#: Words of the event's object before a bracket that dates it ('voor de start van *het nieuwe
#: model* (SOP in oktober)'), and of a label inside the bracket before the time.
_OBJECT_WORDS = 6
_LABEL_WORDS = 3


def dated_events(goal: Goal) -> list[tuple[TimeExpression, TimeExpression]]:
    """Each event deadline with the time right after it that dates it ('voor mijn
    beoordelingsgesprek in maart', 'before my annual review in April'), or in a bracket
    after its object ('voor de start van het nieuwe model (SOP in oktober)', 'before the
    audit (planned for May)'): one deadline, the event's, whose month the time engine reads
    as a second one."""
    found = []
    for event, nxt in pairwise(goal.deadlines):
        if event.kind != "event" or event.relation == "after" or nxt.kind != "deadline":
            continue
        if _dates(goal.text, event, nxt):
            found.append((event, nxt))
    return found


def _dates(text: str, event: TimeExpression, time: TimeExpression) -> bool:
    """Whether ``time`` stands right after ``event``, or alone in a bracket after a few
    words of the event's object (with at most a short label before it: 'SOP', 'gepland')."""
    gap = text[event.end : time.start]
    if not gap.strip():
        return True
    head, bracket, label = gap.partition("(")
    if not bracket or ")" in label or any(p in head for p in ",.;:!?"):
        return False
    if len(head.split()) > _OBJECT_WORDS or len(label.split()) > _LABEL_WORDS:
        return False
    return text[time.end :].lstrip().startswith(")")
