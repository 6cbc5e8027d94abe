"""A second time beside an event the writer set as the deadline: 'Vóór de zomersluiting kan
ik tot [datum] zelfstandig ...', 'Before the spring fair, by [date], I will ...'.

A writer who opens a deadline at an event ('vóór de zomersluiting', 'vóór de jaarwisseling',
'before the spring fair', 'ahead of the line move') set the goal's deadline: they know when
the event is. The time engine knows only the events of its lists, so T may fail on such a
goal and the frame adds its own time: two deadlines, or an until-date inside the event's
deadline, which a reader cannot square. The event is kept as written and no date goes
beside it (docs: event anchors); when no other rewrite is whole the structured fallback
asks the date. Judged on the text: a word of the pack's ``event_deadline_leads``, an
article and the event's noun, opening a sentence of the goal (after a label at most) and
kept in the candidate, with the date placeholder elsewhere (a date asked in brackets is the
event's). After the verb such a phrase is often the moment of the act ('Write the notes
before the break'), no deadline.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def date_beside_event(
    candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """The goal's event deadline kept in ``candidate`` beside the date placeholder."""
    date = style.placeholders.date.lower()
    if date not in candidate.lower():
        return []
    pattern = _event_pattern(ctx)
    if pattern is None:
        return []
    low = " ".join(candidate.split()).lower()
    text = goal.text.lower()
    routines = [e.start for e in goal.deadlines if e.kind == "recurring"]
    for found in pattern.finditer(text):
        event = " ".join(found.group(0).split())
        if event not in low or _in_routine(text, found.start(), routines):
            continue
        if not _fronted(text, found.start()):
            continue  # 'tag the crates before the van leaves': a moment of the act
        if date in low.replace(f"({date})", ""):  # a date asked in brackets is the event's
            detail = f"{style.placeholders.date} beside the event deadline {event!r}"
            return [Seam("two_deadlines", detail, ("event",))]
    return []


def _event_pattern(ctx: RuleContext) -> re.Pattern[str] | None:
    """A lead word of an event deadline, an article and the start of the event's noun
    ('vóór de zomersluiting', 'before the spring')."""
    leads = ctx.pack.words("event_deadline_leads")
    articles = ctx.pack.time.articles
    if not leads or not articles:
        return None

    def either(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))

    return re.compile(rf"(?<![\w-])(?:{either(leads)})\s+(?:{either(articles)})\s+[^\W\d_]+")


def _fronted(text: str, at: int) -> bool:
    """Does the phrase at ``at`` open its sentence of ``text`` (after a label at most:
    'Leerdoel: vóór de zomersluiting kan ik ...')? A deadline fronted frames the goal; one
    after the verb is often the moment of the act ('Write the notes before the break')."""
    start = max(text.rfind(mark, 0, at) for mark in ".!?:") + 1
    return not text[start:at].strip(" -*•\n\t")


def _in_routine(text: str, at: int, routines: list[int]) -> bool:
    """Does a routine's time stand in the sentence of ``text`` around ``at`` ('every morning
    I check the pallets before the shift starts': a moment of the routine, no deadline)?"""
    start = max(text.rfind(mark, 0, at) for mark in ".!?") + 1
    ends = [e for e in (text.find(mark, at) for mark in ".!?") if e >= 0]
    end = min(ends) if ends else len(text)
    return any(start <= r < end for r in routines)
