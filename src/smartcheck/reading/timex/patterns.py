"""The regex grammar, built once per table: markers x number words x units x calendar words.

Each rule is one compiled regex with named groups; :mod:`resolve` turns a match into a date.
Only bounded repetition is used (no nested open-ended quantifiers), so matching stays linear
on long or hostile input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from smartcheck.reading.timex.numbers import norm, number_regex, number_words, phrase_regex
from smartcheck.reading.timex.table import TimeTable, Unit

YEAR = r"[0-9]{4}(?![0-9])"
B = r"(?<!\w)"  # word start: \b misreads "z.s.m." and "'s"
E = r"(?!\w)"


@dataclass(frozen=True)
class Rule:
    """One pattern: its name (which resolver handles it) and its compiled regex."""

    name: str
    regex: re.Pattern[str]


@dataclass
class Grammar:
    """Compiled rules plus the lookup tables the resolvers need, for one TimeTable."""

    table: TimeTable
    rules: list[Rule] = field(default_factory=list)
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, float] = field(default_factory=dict)
    units: dict[str, Unit] = field(default_factory=dict)
    singular_units: frozenset[str] = frozenset()
    period_units: dict[str, Unit] = field(default_factory=dict)
    marker_class: dict[str, str] = field(default_factory=dict)
    duration_class: dict[str, str] = field(default_factory=dict)
    positions: dict[str, str] = field(default_factory=dict)
    relative: dict[str, int] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    day_words: dict[str, int] = field(default_factory=dict)
    period_ends: dict[str, Unit] = field(default_factory=dict)
    day_ordinals: dict[str, int] = field(default_factory=dict)
    periods: dict[str, str] = field(default_factory=dict)
    markers_regex: re.Pattern[str] = re.compile("(?!)")
    count_unit_regex: re.Pattern[str] = re.compile("(?!)")
    case_sensitive: dict[str, str] = field(default_factory=dict)  # "may" -> "May"


def _alt(words: Iterable[str]) -> str:
    """Alternation of ``words`` (lower case: the engine matches on lower-cased text)."""
    return phrase_regex(words)


def _lookup(groups: dict[str, Iterable[str]]) -> dict[str, str]:
    return {norm(word): key for key, words in groups.items() for word in words}


def build_grammar(t: TimeTable) -> Grammar:
    """Compile every rule of the grammar from the table's word lists."""
    g = Grammar(table=t)
    g.months = {norm(n): i + 1 for i, names in enumerate(t.months) for n in names}
    g.months.update(
        {norm(n): i + 1 for i, names in enumerate(t.month_abbreviations) for n in names}
    )
    g.weekdays = {norm(n): i for i, names in enumerate(t.weekdays) for n in names}
    g.numbers = number_words(t)
    g.units = {norm(k): v for k, v in t.units.items()}
    g.period_units = {norm(k): v for k, v in t.period_units.items()}
    g.singular_units = frozenset(g.period_units)
    m = t.markers
    g.marker_class = _lookup(
        {"deadline": m.deadline, "before": m.before, "start": m.start, "after": m.after}
    )
    g.duration_class = _lookup({"deadline": t.durations.deadline, "start": t.durations.start})
    p = t.positions
    g.positions = _lookup({"begin": p.begin, "mid": p.mid, "end": p.end})
    r = t.relative
    g.relative = {
        norm(w): off for off, ws in ((0, r.this), (1, r.next), (-1, r.previous)) for w in ws
    }
    g.ordinals = {norm(k): v for k, v in t.ordinals.items()}
    g.day_words = {norm(k): v for k, v in t.day_words.items()}
    g.period_ends = {norm(k): v for k, v in t.period_ends.items()}
    g.periods = {norm(n): key for key, entry in t.periods.items() for n in entry.names}

    g.case_sensitive = {norm(w): w for w in t.case_sensitive}
    month_full = _alt([n for names in t.months for n in names])
    month_abbr = _alt([n for names in t.month_abbreviations for n in names])
    month_any = rf"(?:{month_full}{E}|{month_abbr}{E}\.?)"
    short_year = r"['\u2019][0-9]{2}(?![0-9])"
    weekday = _alt([n for names in t.weekdays for n in names])
    marker = _alt(g.marker_class)
    pos = _alt(g.positions)
    rel = _alt(g.relative)
    art = _alt(t.articles)
    of = _alt(t.of_words)
    num = number_regex(t)
    units = _alt(g.units)
    punits = _alt(g.period_units)
    year_words = _alt([w for w, u in g.period_units.items() if u == "year"])
    week_unit = _alt([w for w, u in g.period_units.items() if u == "week"])
    ordinal = _alt(g.ordinals)
    day_suffix = _alt(t.day_ordinal_suffixes)
    particles = _alt(t.particles)
    year_tail = (
        rf"(?:(?:,|\s+{of})?\s+(?P<y>{YEAR}|{short_year})|"
        rf"\s+(?:{of}\s+)?(?P<yrel>{rel})\s+(?P<yw>{year_words}){E})?"
    )
    pre = rf"{B}(?:(?P<marker>{marker})\s+)?(?:(?P<pos>{pos})(?:\s*-\s*|\s+))?"
    wd_lead = rf"(?:{weekday},?\s+)?"
    day_word = _alt(t.day_ordinal_words)
    g.day_ordinals = {norm(w): i + 1 for i, w in enumerate(t.day_ordinal_words)}
    day_unit = _alt([w for w, u in g.period_units.items() if u == "day"])
    day = (
        rf"(?:(?<![0-9.,/-])(?P<d>[0-3]?[0-9])(?:{day_suffix})?|(?P<dword>{day_word}))"
        rf"(?:\s+{day_unit})?"
    )

    rules: list[tuple[str, str]] = [
        (
            "numeric",
            rf"{pre}{wd_lead}(?<![0-9.,/-])(?:(?P<d>[0-3]?[0-9])(?P<sep>[-/.])(?P<m>[01]?[0-9])"
            rf"(?P=sep)(?P<y>[0-9]{{4}}|[0-9]{{2}})|(?P<iy>[0-9]{{4}})-(?P<im>[01]?[0-9])-"
            rf"(?P<id>[0-3]?[0-9]))(?![0-9]|[-/.][0-9])",
        ),
        (
            "daymonth",
            rf"{pre}{wd_lead}(?:{art}\s+)?{day}(?:\s+{of})?\s*(?P<mon>{month_any})"
            rf"{year_tail}",
        ),
        (
            "monthday" if t.month_first_dates else "disabled",
            rf"{pre}{wd_lead}(?P<mon>{month_any})\s+(?:{art}\s+)?(?<![0-9])"
            rf"(?P<d>[0-3]?[0-9])(?:{day_suffix})?(?![0-9])(?!\s*[:.][0-9])"
            rf"{year_tail}",
        ),
        (
            "daterange",
            rf"{B}(?:{_alt(t.date_ranges.start)}\s+)?(?<![0-9.,/-])[0-3]?[0-9](?:{day_suffix})?"
            rf"(?:\s+{month_any})?(?:\s+{YEAR})?\s*{_alt(t.date_ranges.end)}\s*{day}\s*"
            rf"(?P<mon>{month_any}){year_tail}",
        ),
        (
            "month",
            rf"{pre}(?:(?P<rel>{rel})\s+)?(?P<mon>{month_full}){E}"
            rf"{year_tail}",
        ),
        (
            "quarter",
            rf"{pre}(?:{art}\s+)?(?:(?P<rel>{rel})\s+)?(?:(?P<qp>{_alt(t.quarter_prefixes)})"
            rf"\s?(?P<qn>[1-4])|(?P<qord>{ordinal})\s+{_alt(t.quarter_words)}|"
            rf"{_alt(t.quarter_words)}\s+(?P<qn2>[1-4])|(?P<hp>{_alt(t.half_prefixes)})"
            rf"(?P<hn>[12])|(?P<hord>{ordinal})\s+{_alt(t.half_words)}){E}"
            rf"(?:\s*[-/']?\s*(?P<y>{YEAR})|\s+(?:{of}\s+)?(?:(?P<y2>{YEAR})|(?:{art}\s+)?"
            rf"(?:(?P<yrel>{rel})\s+)?(?P<yw>{year_words}){E}))?",
        ),
        (
            "year",
            rf"{pre}(?:(?:{art}\s+)?(?P<yw>{year_words})\s+)?(?P<y>{YEAR})"
            r"(?!\s*(?:[€$%£]|euro|eur\b|dollar)|[.,/-][0-9])",
        ),
        (
            "relperiod",
            rf"{pre}(?:(?P<pre>{particles})\s+)?(?:(?P<rel>{rel})\s+(?P<unit>{punits})|"
            rf"{art}\s+(?P<unit0>{punits})){E}(?:\s+(?P<post>{particles}){E})?",
        ),
        (
            "weekday",
            rf"{pre}(?:(?P<rel>{rel})\s+(?:(?P<wk>{week_unit})\s+)?)?(?P<wd>{weekday}){E}"
            rf"(?:\s+(?P<rel2>{rel})\s+{week_unit}{E})?",
        ),
        ("dayword", rf"{pre}(?P<dw>{_alt(g.day_words)}){E}"),
        ("periodend", rf"{pre}(?P<pe>{_alt(g.period_ends)}){E}"),
        (
            "isoweek",
            rf"{pre}{_alt(t.week_words)}\s*(?P<wn>[0-9]{{1,2}})(?![0-9])"
            rf"(?:(?:\s+{of}|,)?\s+(?P<y>{YEAR})|\s*[-/]\s*(?P<y3>{YEAR}))?",
        ),
        (
            "period",
            rf"{pre}(?:{art}\s+)?(?:(?P<rel>{rel})\s+)?(?P<per>{_alt(g.periods)}){E}"
            rf"(?:(?:\s+{of})?\s+(?P<y>{YEAR})(?:\s*[-/]\s*{YEAR})?)?",
        ),
    ]
    dur = _alt(g.duration_class)
    coming = _alt(t.durations.coming)
    half = _alt(t.half_suffixes)
    suffix = _alt(t.durations.suffixes)
    joiner = _alt(t.range_joiners)
    tail = rf"(?:\s+(?P<half>{half}))?(?:\s*{suffix})?{E}"
    rules += [
        (
            "duration",
            rf"{B}(?P<dm>{dur})\s+(?:{art}\s+)?(?:(?P<coming>{coming})\s+)?(?:(?P<lo>{num})\s*{joiner}\s*)?"
            rf"(?P<num>{num})\s+(?:(?P<half0>{half})\s+)?(?P<unit>{units}){E}{tail}",
        ),
        (
            "duration_coming",
            rf"{B}(?:(?P<dm>{dur})\s+)?(?:(?P<art>{art})\s+)?(?P<coming>{coming})\s+"
            rf"(?:(?P<num>{num})\s+)?(?P<unit>{units}){E}{tail}",
        ),
        (
            "duration_from_now",
            rf"{B}(?P<num>{num})\s+(?P<unit>{units}){E}(?:\s+(?P<half>{half}))?\s+"
            rf"(?P<fn>{_alt(t.durations.from_now)}){E}",
        ),
        (
            "fuzzy",
            rf"{B}(?:(?P<dm>{dur})\s+)?(?:{art}\s+)?(?:(?P<coming>{coming})\s+)?"
            rf"{_alt(t.fuzzy_quantifiers)}\s+{units}{E}",
        ),
    ]
    rules += _recurring_rules(t, g, num, units, weekday)
    rules.append(("vague", rf"{B}{_alt(t.vague)}{E}"))
    flags = re.UNICODE  # no IGNORECASE: it makes scanning ~3x slower; text is lowered instead
    g.rules = [Rule(n, re.compile(src, flags)) for n, src in rules if n != "disabled"]
    g.markers_regex = re.compile(rf"{B}(?P<marker>{marker})\s+", flags)
    g.count_unit_regex = re.compile(rf"{B}(?:{num})\s*{units}{E}", flags)
    return g


def _recurring_rules(
    t: TimeTable, g: Grammar, num: str, units: str, weekday: str
) -> list[tuple[str, str]]:
    rc = t.recurring
    counts = _alt(rc.counts)
    articles = {"a", "an"}
    count_nums = _alt([w for w in g.numbers if w not in articles and g.numbers[w] >= 1])
    count = rf"(?:{counts}|(?:[0-9]{{1,3}}(?:[.,][0-9]{{3}})*|{count_nums})(?:\s*[x\u00d7])?)"
    unit_or_part = rf"(?:{units}|{_alt(rc.day_parts)})"
    weekday_plurals = [
        f"{name}{suffix}"
        for names in t.weekdays
        for name in names
        for suffix in (*rc.weekday_plural_suffixes, *rc.weekday_compounds)
    ]
    weekday = _alt([n for names in t.weekdays for n in names] + weekday_plurals)
    rate_free = _alt([w for w, u in g.units.items() if u not in ("hour", "minute")])
    freq_target = rf"(?:{rate_free}|{_alt(rc.day_parts)})"
    per = _alt(rc.per)
    return [
        ("recurring", rf"{B}{_alt(rc.words)}{E}"),
        ("recurring", rf"{B}[^\W\d_]{{0,12}}{_alt(rc.suffixes)}{E}"),
        (
            "recurring",
            rf"{B}{_alt(rc.every)}\s+(?:(?:{_alt(rc.other)}|{num})\s+)?"
            rf"(?:{unit_or_part}|{weekday}){E}(?:\s*(?:,|&|\+|en|and)\s*{weekday}{E}){{0,6}}",
        ),
        (
            "recurring",
            rf"{B}{count}\s+(?:[^\W\d_]+\s+){{0,2}}?{per}\s+{freq_target}{E}",
        ),
        ("recurring", rf"{B}an?\s+[^\W\d_]+\s+(?:a|per)\s+{units}{E}"),
        (
            "recurring",
            rf"{B}{_alt(rc.alternate)}\s+(?:(?:{num}|{_alt(rc.other)})\s+)?{unit_or_part}{E}",
        ),
        (
            "recurring",
            rf"{B}(?:{_alt(rc.weekday_plural_prefixes)}\s+)?{_alt(weekday_plurals)}{E}",
        ),
    ]
