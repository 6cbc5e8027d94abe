"""Times that date an event the writer names as an example or in an aside, not the goal:
'beter omgaan met de nasleep van een zware inzet *(zoals de zoekactie in augustus)*',
'stay calm with angry callers, *like the outage in June*'.

The time engine reads text: a month after a plain preposition is a deadline ('in augustus'
-> before 31 August), and the rewrite then dates the example ('(zoals de zoekactie)' with
'Vóór 31 augustus 2027' in front, 'like the flood by 31 March 2027'). Right after a word
that names an example (the pack's ``example_event_leads``: 'zoals', 'like', 'such as') and
the event's name (an article or the writer's possessive, then a word or two), the month
says when that event was; the goal has no deadline there. Like event_dates.py (the writer's
own past event: 'na mijn crash in augustus') only a plain preposition dates: 'zoals de
audit, vóór juni' stays a deadline. A lead that is a verb of a wish ('I would like the
course in June', 'I'd like ...': the pack's ``modal_verbs`` that hold it, or the writer's
subject before it) names no example.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from smartcheck.configuration.packs import RulePack
    from smartcheck.reading.timex import TimeExpression

#: How many words the event's name may take after its article ('de zoekactie', 'the
#: night shift outage').
_EVENT_WORDS = 3


def example_dates_dropped(
    times: tuple[TimeExpression, ...], text: str, pack: RulePack
) -> tuple[TimeExpression, ...]:
    """``times`` of ``text`` without the months that date an example event (module
    docstring)."""
    leads = pack.words("example_event_leads")
    if not leads or not times:
        return times
    owners = (*pack.time.articles, *pack.words("first_person_possessive"))
    blockers = _wish_words(leads, pack.words("modal_verbs"), pack.words("first_person_subject"))
    lead = "|".join(re.escape(w.lower()) for w in sorted(leads, key=len, reverse=True))
    owner = "|".join(re.escape(w.lower()) for w in owners)
    weak = {w.lower() for w in pack.time.events.markers.weak}
    if not owner or not weak:
        return times
    event = re.compile(
        rf"(?:^|(?<=[\s(,;:]))(?P<before>[\w']+\s+)?(?:{lead})\s+(?:{owner})\s+"
        rf"(?:[^\W\d_][\w-]*\s+){{1,{_EVENT_WORDS}}}$",
        re.I,
    )
    return tuple(t for t in times if not _dates_example(t, text, event, weak, blockers))


def _wish_words(leads: Iterable[str], modals: Iterable[str], writer: Iterable[str]) -> set[str]:
    """Words that make a lead a verb when they stand right before it: the word before it in
    a modal of the pack ('*would* like to'), and the writer's subject ('I like ...')."""
    out = {w.lower() for w in writer}
    for modal in modals:
        words = modal.lower().split()
        for n, word in enumerate(words[1:], 1):
            if word in {lead.lower() for lead in leads}:
                out.add(words[n - 1])
    return out


def _dates_example(
    time: TimeExpression,
    text: str,
    event: re.Pattern[str],
    weak: set[str],
    blockers: set[str],
) -> bool:
    words = time.text.lower().split()
    if time.kind != "deadline" or not words or words[0] not in weak:
        return False
    found = event.search(text[: time.start])
    if found is None:
        return False
    before = (found.group("before") or "").strip().lower()
    return before.removesuffix("'d") not in blockers
