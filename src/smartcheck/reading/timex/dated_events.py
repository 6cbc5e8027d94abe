"""An event followed by the month or season it falls in is one anchor, not two times.

"Klaar voor de bokbierperiode in oktober", "vóór het jaargesprek in het voorjaar", "before
the Christmas rush in December": the calendar phrase says when the event is, so the goal's
deadline is the event (before it), not the end of that month or season. Read apart, the
month would govern and the rewrite would turn it into "vóór 31 oktober", past the event.
A full date after the event ("voor het jaargesprek op 3 maart") is left alone: it dates the
moment exactly and stays the deadline.
"""

from __future__ import annotations

from smartcheck.reading.timex.numbers import norm
from smartcheck.reading.timex.resolve import Resolution

Candidate = tuple[int, int, int, Resolution]  # start, end, rule index, resolution
_BROAD = ("month", "quarter", "season", "year")  # a day or week dates the moment exactly


def join_dated_events(text: str, kept: list[Candidate], dating: frozenset[str]) -> list[Candidate]:
    """Merge an event ending in its noun with a following month or season ("in oktober"):
    the expression spans both, its anchor stays the event ("de bokbierperiode")."""
    if not dating or len(kept) < 2:
        return kept
    out: list[Candidate] = []
    i = 0
    while i < len(kept):
        cand = kept[i]
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        if nxt is not None and _dates_event(text, cand, nxt, dating):
            out.append((cand[0], nxt[1], cand[2], cand[3]))
            i += 2
            continue
        out.append(cand)
        i += 1
    return out


def _dates_event(text: str, event: Candidate, when: Candidate, dating: frozenset[str]) -> bool:
    res, other = event[3], when[3]
    if res.kind != "event" or res.anchor is None or res.anchor[1] != event[1]:
        return False  # only a noun phrase at the end of the event ("voordat X begint" is not)
    if other.kind != "deadline" or other.granularity not in _BROAD:
        return False
    if text[event[1] : when[0]].strip():
        return False
    first = text[when[0] : when[1]].split(maxsplit=1)[0]
    return norm(first) in dating
