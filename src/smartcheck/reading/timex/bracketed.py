"""A month in brackets after what it dates: 'Vóór de Boekenweek (maart)', 'Before the trade
fair (March 2027)', 'Na de verbouwing (april)'.

Writers name a moment the tables do not know (a fair, a campaign week, a convention) and put
its month in brackets after it. The marker and the bracket together are the goal's time
(JUDGING T: an event-anchored deadline, here with its calendar month given): read apart, the
named moment is no known event and a bare month is no time, so the goal failed T and its
rewrite put a second deadline beside the one the writer gave ('Vóór de Boekenweek (maart)
richt ik vóór [datum] ...'). Only a phrase no other rule read is taken: a known event with
its month in brackets ('Voor de start van het seizoen (april)') keeps its event reading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.reading.timex.model import Relation
from smartcheck.reading.timex.numbers import norm
from smartcheck.reading.timex.patterns import YEAR, B, Grammar
from smartcheck.reading.timex.resolve import Resolution

if TYPE_CHECKING:
    from smartcheck.reading.timex.resolve import Resolver

#: How many words may stand between the marker and the bracket ('de tattoo convention in
#: Amsterdam'): a noun phrase with a short modifier, never a clause.
_WORDS = 5
#: Marker classes that date what follows them; a weak 'op', 'in', 'on', 'at' only places it.
_CLASSES = frozenset({"before", "after", "start"})

_PATTERNS: dict[int, tuple[Grammar, re.Pattern[str]]] = {}


def _pattern(grammar: Grammar) -> re.Pattern[str]:
    """The grammar's bracketed-month pattern (built once per grammar)."""
    cached = _PATTERNS.get(id(grammar))
    if cached is not None and cached[0] is grammar:
        return cached[1]
    markers = sorted((m for m, c in grammar.marker_class.items() if c in _CLASSES), key=len)
    months = sorted(grammar.months, key=len)
    alt_markers = "|".join(re.escape(m) for m in reversed(markers))
    alt_months = "|".join(re.escape(m) for m in reversed(months))
    source = (
        rf"{B}(?P<marker>{alt_markers})\s+(?P<anchor>(?:[^\W\d_][\w'\u2019-]*\s+){{1,{_WORDS}}})"
        rf"\(\s*(?P<mon>{alt_months})\.?(?:\s+(?P<y>{YEAR}))?\s*\)"
    )
    pattern = re.compile(source, re.UNICODE)
    _PATTERNS[id(grammar)] = (grammar, pattern)
    return pattern


def bracketed_months(
    lowered: str, grammar: Grammar, resolver: Resolver
) -> list[tuple[int, int, Resolution]]:
    """Spans of ``lowered`` (the goal's lower-cased text) from a marker to a month in
    brackets, each read as the event it names: the words between marker and bracket are its
    anchor, and the month (a real one: "(May)", never "(may)") dates it. The span ends before
    the bracket, as a known event's does ('Voor de start van het seizoen (april)')."""
    if not grammar.marker_class or not grammar.months:
        return []
    found = []
    for m in _pattern(grammar).finditer(lowered):
        month = resolver.resolve("month", m)
        if month is None or month.blocked:
            continue
        after = grammar.marker_class[norm(m["marker"])] in ("after", "start")
        anchor = (m.start("anchor"), m.start("anchor") + len(m["anchor"].rstrip()))
        relation: Relation = "after" if after else "by"
        # the event's phrase, as a known event's is: its bracketed month stays beside it
        found.append((m.start(), anchor[1], Resolution("event", anchor=anchor, relation=relation)))
    return found
