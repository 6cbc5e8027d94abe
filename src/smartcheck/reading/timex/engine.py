"""find_time_expressions: run the patterns, keep the longest non-overlapping matches, then
let dateparser look only at what is left after a marker.

Grammars are compiled once per TimeTable (keyed by the table object) and kept, so a call
costs only the regex scans.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from datetime import date
from itertools import pairwise

from smartcheck.reading.timex import dateparser_layer
from smartcheck.reading.timex.bracketed import bracketed_months
from smartcheck.reading.timex.model import Anchor, Kind, TimeExpression
from smartcheck.reading.timex.numbers import lower_same_length, norm
from smartcheck.reading.timex.patterns import Grammar, build_grammar
from smartcheck.reading.timex.resolve import SENTENCE_END, Resolution, Resolver
from smartcheck.reading.timex.table import TimeTable, load_time_table

_GRAMMARS: dict[int, tuple[TimeTable, Grammar]] = {}
_LETTERS = re.compile(r"[^\W\d_]+")
_DAY_JOINER = re.compile(
    r"\s*(?:,|&|\+|en|and)\s*"
)  # as between the days of "elke maandag en donderdag"
_MAX_GRAMMARS = 16

Candidate = tuple[int, int, int, Resolution]  # start, end, rule index, resolution


def grammar_for(table: TimeTable) -> Grammar:
    """The compiled grammar of ``table`` (built on first use, then reused)."""
    cached = _GRAMMARS.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    if len(_GRAMMARS) >= _MAX_GRAMMARS:
        _GRAMMARS.pop(next(iter(_GRAMMARS)))
    grammar = build_grammar(table)
    _GRAMMARS[id(table)] = (table, grammar)
    return grammar


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first (ties: earlier rule, earlier start); drop anything overlapping a keeper."""
    starts: list[int] = []  # kept spans, sorted and disjoint, so two neighbours decide overlap
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        i = bisect.bisect_right(starts, cand[0])
        if i > 0 and kept[i - 1][1] > cand[0]:
            continue
        if i < len(kept) and kept[i][0] < cand[1]:
            continue
        starts.insert(i, cand[0])
        kept.insert(i, cand)
    return kept


def _weekly(text: str, lowered: str, kept: list[Candidate], grammar: Grammar) -> list[Candidate]:
    """A bare weekday ("op vrijdag", "on Friday") in a sentence that also holds a routine, a
    start or a routine's end ("vanaf januari", "twee keer per week", "tot 1 juli") is that day
    of every week."""
    if not any(c[3].weekly for c in kept):
        return kept
    bounds = [0, *(m.end() for m in SENTENCE_END.finditer(text)), len(text)]

    def sentence(pos: int) -> int:
        return bisect.bisect_right(bounds, pos)

    routine = {
        sentence(c[0])
        for c in kept
        if c[3].kind in ("recurring", "start") or grammar.until.match(lowered, c[0])
    }
    days = [c for c in kept if c[3].weekly]
    routine |= {  # "op maandag en donderdag", "on Tuesday and Thursday": a list of days
        sentence(a[0]) for a, b in pairwise(days) if _DAY_JOINER.fullmatch(lowered, a[1], b[0])
    }
    return [
        (c[0], c[1], c[2], Resolution("recurring"))
        if c[3].weekly and sentence(c[0]) in routine
        else c
        for c in kept
    ]


def _dateparser_candidates(
    text: str, lowered: str, lang: str, ref: date, grammar: Grammar, kept: list[Candidate]
) -> list[Candidate]:
    """Dates after a leftover marker that only dateparser understands ("1 mrt. '27")."""
    found: list[Candidate] = []
    calls = 0
    month_words = set(grammar.months)
    starts = [k[0] for k in kept]
    for m in grammar.markers_regex.finditer(lowered):
        i = bisect.bisect_right(starts, m.start())
        if i > 0 and kept[i - 1][1] > m.start():
            continue  # the marker is already part of a found expression
        span = dateparser_layer.candidate(text, m.end())
        if span is None:
            continue
        words = set(_LETTERS.findall(span.lower()))
        if not words & month_words or grammar.count_unit_regex.search(span.lower()):
            continue  # month-less spans and durations ("2 weken") are not full dates
        calls += 1
        if calls > dateparser_layer.MAX_CALLS:
            break
        hit = dateparser_layer.resolve_span(span, lang, ref)
        if hit is None:
            continue
        matched, day, relative = hit
        offset = text.find(matched, m.end(), m.end() + 60)
        if offset < 0:
            continue
        end = offset + len(matched)
        if i < len(kept) and kept[i][0] < end:
            continue
        if any(not (end <= k[0] or m.start() >= k[1]) for k in found):
            continue
        marker = grammar.marker_class.get(norm(m["marker"]), "deadline")
        kind: Kind = "start" if marker in ("start", "after") else "deadline"
        found.append((m.start(), end, -1, Resolution(kind, day, "day", relative)))
    return found


def find_time_expressions(
    text: str,
    lang: str,
    reference_date: date,
    table: TimeTable | None = None,
) -> list[TimeExpression]:
    """Every time expression in ``text``, sorted by start and non-overlapping.

    Never raises on odd input: impossible or absurd dates are left out.
    """
    if not isinstance(text, str) or not text:
        return []
    grammar = grammar_for(table if table is not None else load_time_table(lang))
    resolver = Resolver(grammar, reference_date, text)
    lowered = lower_same_length(text)
    candidates: list[Candidate] = []
    for index, rule in enumerate(grammar.rules):
        candidates.extend(
            (*span, index, res) for span, res in _readings(rule.regex, lowered, resolver, rule.name)
        )
    kept = _weekly(text, lowered, _select(candidates), grammar)
    extra = _dateparser_candidates(text, lowered, lang, reference_date, grammar, kept)
    if extra:
        kept = sorted(kept + extra, key=lambda c: c[0])
    dated = [  # 'Vóór de Boekenweek (maart)': read only where nothing else was
        (start, end, len(grammar.rules), res)
        for start, end, res in bracketed_months(lowered, grammar, resolver)
        if all(end <= k[0] or start >= k[1] for k in kept)
    ]
    if dated:
        kept = sorted(kept + dated, key=lambda c: c[0])
    return [
        TimeExpression(
            text=text[start:end],
            start=start,
            end=end,
            kind=res.kind,
            due=res.due if res.kind in ("deadline", "start") else None,
            granularity=res.granularity if res.kind in ("deadline", "start") else None,
            source="dateparser" if index < 0 else "pattern",
            relative=res.relative,
            anchor=_anchor(text, res.anchor),
            relation=res.relation if res.kind == "event" else None,
        )
        for start, end, index, res in kept
        if not res.blocked
    ]


def _readings(
    regex: re.Pattern[str], lowered: str, resolver: Resolver, name: str
) -> Iterator[tuple[tuple[int, int], Resolution]]:
    """Each match of one rule that resolves, left to right.

    A match the resolver rejects does not hide a shorter one inside it: "better *at
    negotiation before the review*" is no moment (a skill), and the search goes on from its
    next word, where "before the review" is one."""
    pos = 0
    while (m := regex.search(lowered, pos)) is not None:
        res = resolver.resolve(name, m)
        if res is not None and m.end() > m.start() and not _compounded(res, lowered, m):
            yield (m.start(), m.end()), res
            pos = m.end()
        else:
            pos = m.start() + 1
        if pos > len(lowered):
            return


def _compounded(res: Resolution, lowered: str, m: re.Match[str]) -> bool:
    """A vague time written as part of a hyphenated compound ('de *ZSM*-locatie', 'an
    *ASAP*-list'): the word names a thing, no time of the goal."""
    before, after = lowered[max(0, m.start() - 2) : m.start()], lowered[m.end() : m.end() + 2]
    glued = (len(after) == 2 and after[0] == "-" and after[1].isalpha()) or (
        len(before) == 2 and before[1] == "-" and before[0].isalpha()
    )
    return res.kind == "vague" and glued


def _anchor(text: str, span: tuple[int, int] | None) -> Anchor | None:
    if span is None:
        return None
    return Anchor(text=text[span[0] : span[1]], start=span[0], end=span[1])


def governing_deadline(expressions: Sequence[TimeExpression]) -> TimeExpression | None:
    """The deadline the whole goal must be met by: the latest-due "deadline" expression.

    Starts, recurring and vague expressions never govern; ties go to the earliest in the text.
    """
    best: TimeExpression | None = None
    for expr in expressions:
        if expr.kind != "deadline" or expr.due is None:
            continue
        if best is None or best.due is None or expr.due > best.due:
            best = expr
    return best


def pointing_back(
    expressions: Sequence[TimeExpression], reference: date
) -> tuple[tuple[int, int], ...]:
    """The character spans of relative times that resolve before ``reference`` ('vorig
    jaar', 'last month', 'afgelopen week'): counted back from the day of writing, they tell
    when something happened, never a time the goal is due. A written date that passed ('vóór
    1 maart 2026') is a deadline that went by, not one of these."""
    return tuple(
        (e.start, e.end)
        for e in expressions
        if e.relative and e.kind == "deadline" and e.due is not None and e.due < reference
    )
