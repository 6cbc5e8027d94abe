"""A second deadline beside an event the goal names by its month: 'By [date], I will
deliver the briefing on my own by the June board meeting, ...', 'Vóór [datum] ga ik ...
uitleggen vóór de septemberstart, ...'.

An event named with its month ('the September intake', 'the June board meeting', 'de
septemberstart') is a deadline the writer set: they know its date. The time engine knows
only the events of its lists, so such a goal may read as having no deadline, and the frame
adds its own before it: two deadlines in one sentence (issue #12). The event's deadline is
the goal's; a rewrite must use it or ask its date ('... by the June board meeting
([date])'), never add another. Judged on the text: a deadline word of the time table, an
article and a month's name that opens the event's name, written so in the goal and kept in
the candidate, with the date placeholder elsewhere in the candidate.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def month_event_beside_deadline(
    candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """The goal's month-named event kept in ``candidate`` beside the date placeholder."""
    date = style.placeholders.date
    if date not in candidate:
        return []
    pattern = _event_pattern(ctx)
    if pattern is None:
        return []
    low = " ".join(candidate.split()).lower()
    seams: list[Seam] = []
    for found in pattern.finditer(" ".join(goal.text.split()).lower()):
        event = found.group(0)
        if event not in low:
            continue
        rest = low.replace(f"{event} ({date.lower()})", event)  # its date asked: no second
        if date.lower() in rest:
            detail = f"{date} beside the event {event!r}"
            seams.append(Seam("two_deadlines", detail, ("month-event",)))
    return seams


def _event_pattern(ctx: RuleContext) -> re.Pattern[str] | None:
    """A deadline word, an article and a word that opens with a month's name ('by the june
    board', 'vóór de septemberstart'), with the event's next word."""
    table = ctx.pack.time
    weak = {w.lower() for w in table.events.markers.weak}
    markers = [m for m in (*table.markers.deadline, *table.markers.before) if m.lower() not in weak]
    months = [n for names in table.months for n in names]
    if not markers or not months or not table.articles:
        return None

    def either(words: list[str] | tuple[str, ...]) -> str:
        return "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))

    return re.compile(
        rf"\b(?:{either(markers)})\s+(?:{either(table.articles)})\s+"
        rf"(?:{either(months)})(?:[^\W\d_]+|\s+[^\W\d_][\w-]*)"
    )
