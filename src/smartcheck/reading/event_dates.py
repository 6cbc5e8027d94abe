"""Times that date the writer's own past event, not the goal: 'weer vliegen na mijn crash
*in augustus*', 'back to full shifts since my surgery *in May*'.

The time engine reads text: a month after a plain preposition is a deadline ('in augustus'
-> before 31 August). Right after an event of the writer's that the goal follows ('na mijn
crash', 'since my surgery', 'after my burnout': the pack's ``past_event_leads`` and a
possessive of the writer's, then the event's noun), the month says when that event was; the
goal has no deadline there, and a rewrite must not date the event ('na mijn crash vóór 31
augustus 2027'). After a word whose event is always past ('sinds', 'since': the pack's
``since_leads``) the event need not be the writer's: any definite determiner opens it ('sinds
het incident in februari', 'since the merger in 2024'). A time opened by a deadline word
('na mijn verlof vóór juni') stays one: only a plain preposition (the time table's weak event
markers: 'in', 'op', 'on') dates.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from smartcheck.reading.example_dates import example_dates_dropped

if TYPE_CHECKING:
    from collections.abc import Iterable

    from smartcheck.configuration.packs import RulePack
    from smartcheck.reading.timex import TimeExpression

#: How many words the event's name may take between the possessive and the time.
_EVENT_WORDS = 2


def dated_events_dropped(
    times: tuple[TimeExpression, ...], text: str, pack: RulePack
) -> tuple[TimeExpression, ...]:
    """``times`` of ``text`` read with ``pack``'s words, without the dates of the writer's
    events (:func:`without_event_dates`) and of the events named as an example
    (example_dates.py)."""
    times = example_dates_dropped(times, text, pack)
    prepositions = pack.words("prepositions")
    times = without_event_dates(  # 'sinds het incident in februari': anyone's, always past
        times,
        text,
        pack.words("since_leads"),
        pack.words("definite_determiners"),
        pack.time.events.markers.weak,
        prepositions,
    )
    return without_event_dates(
        times,
        text,
        pack.words("past_event_leads"),
        pack.words("first_person_possessive"),
        pack.time.events.markers.weak,
        prepositions,
    )


def without_event_dates(
    times: tuple[TimeExpression, ...],
    text: str,
    leads: Iterable[str],
    owners: Iterable[str],
    plain: Iterable[str],
    prepositions: Iterable[str] = (),
) -> tuple[TimeExpression, ...]:
    """``times`` without the deadlines that date the writer's event right before them. The
    event's name may carry one phrase of its own after a preposition ('since the move *to
    the new depot* in March', 'sinds de fusie *met Zorggroep Noord* in 2024')."""
    weak = {w.lower() for w in plain}
    if not times or not weak:
        return times
    event = _event_pattern(tuple(leads), tuple(owners), tuple(prepositions))
    if event is None:
        return times
    return tuple(t for t in times if not _dates_event(t, text, event, weak))


@lru_cache(maxsize=64)
def _event_pattern(
    leads: tuple[str, ...], owners: tuple[str, ...], prepositions: tuple[str, ...]
) -> re.Pattern[str] | None:
    """The event's words before a time, built once per pack's lists (the seam check reads
    every candidate's times with it)."""
    lead = "|".join(re.escape(w.lower()) for w in leads)
    owner = "|".join(re.escape(w.lower()) for w in owners)
    if not lead or not owner:
        return None
    name = rf"(?:[^\W\d_][\w-]*\s+){{1,{_EVENT_WORDS}}}"
    of = "|".join(re.escape(w.lower()) for w in prepositions if " " not in w)
    phrase = rf"(?:(?:{of})\s+{name}(?:{name})?)?" if of else ""
    return re.compile(rf"\b(?:{lead})\s+(?:{owner})\s+{name}{phrase}$", re.I)


def _dates_event(time: TimeExpression, text: str, event: re.Pattern[str], weak: set[str]) -> bool:
    words = time.text.lower().split()
    if time.kind != "deadline" or not words or words[0] not in weak:
        return False
    return event.search(text[: time.start]) is not None
