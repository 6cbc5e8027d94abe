"""Lengths up to now: "ik ben nu twee jaar in dienst", "I've led the team for a year".

They frame nothing the goal still has to do (the engine gives them no time expression), but a
rewrite that puts a deadline before their clause ("Vóór [datum] ben ik nu twee jaar ...")
commits the writer to what is already so; this finds them so such a rewrite can be refused.
"""

from __future__ import annotations

from datetime import date

from smartcheck.reading.timex.engine import find_time_expressions, grammar_for
from smartcheck.reading.timex.numbers import lower_same_length
from smartcheck.reading.timex.resolve import Resolver
from smartcheck.reading.timex.table import TimeTable, load_time_table


def lengths_so_far(
    text: str, lang: str, reference_date: date, table: TimeTable | None = None
) -> list[tuple[int, int]]:
    """The character spans of every length up to now in ``text``, sorted; none overlaps a
    time expression of the goal ("nu drie maanden lang" frames the goal ahead)."""
    table = table if table is not None else load_time_table(lang)
    grammar = grammar_for(table)
    lowered = lower_same_length(text)
    spans = [m.span() for m in grammar.so_far_spans.finditer(lowered)]
    resolver = Resolver(grammar, reference_date, text)
    for rule in grammar.rules:
        if rule.name == "duration":
            spans += [m.span() for m in rule.regex.finditer(lowered) if resolver.so_far(m)]
    times = find_time_expressions(text, lang, reference_date, table)
    return sorted({(a, b) for a, b in spans if not any(a < t.end and t.start < b for t in times)})
