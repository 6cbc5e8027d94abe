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
from smartcheck.reading.timex.table import Recurring, TimeTable, Unit

YEAR = r"[0-9]{4}(?![0-9])"
#: A calendar year written as a word ('2027' in 'the 2027 harvest', 'In Q2 2027'): one shared
#: test for the event reading (resolve.py) and the past-date reading (reading/past_dates.py).
YEAR_WORD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A year written after a day and month: four digits or more, so "1 januari 10000" is read as
#: a date in the year 10000 (implausible, so no date) rather than "1 januari" of next year.
TAIL_YEAR = r"[0-9]{4,}(?![0-9])"
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
    previous_of: frozenset[str] = frozenset()  # words before a previous period: no time
    articles: frozenset[str] = frozenset()  # 'the', 'de', 'het'
    ordinals: dict[str, int] = field(default_factory=dict)
    day_words: dict[str, int] = field(default_factory=dict)
    period_ends: dict[str, Unit] = field(default_factory=dict)
    day_ordinals: dict[str, int] = field(default_factory=dict)
    periods: dict[str, str] = field(default_factory=dict)
    markers_regex: re.Pattern[str] = re.compile("(?!)")
    count_unit_regex: re.Pattern[str] = re.compile("(?!)")
    case_sensitive: dict[str, str] = field(default_factory=dict)  # "may" -> "May"
    event_nouns: dict[str, str] = field(default_factory=dict)  # noun -> periods/activities/...
    event_markers: dict[str, str] = field(default_factory=dict)  # marker -> class
    occasion_links: frozenset[str] = frozenset()  # "van", "of" after an occasion noun
    event_weak: frozenset[str] = frozenset()
    event_moment: frozenset[str] = frozenset()  # weak markers that anchor a moment alone
    event_governed: frozenset[str] = frozenset()  # verbs taking such a marker as their object
    event_skill: frozenset[str] = frozenset()  # "better" in "better at the review": no moment
    event_means: frozenset[str] = frozenset()  # markers that say by what means before an activity
    event_edges: dict[str, str] = field(default_factory=dict)  # edge words -> start/end
    event_connectives: dict[str, str] = field(default_factory=dict)  # -> by/after
    event_offsets: frozenset[str] = frozenset()
    event_verbs: dict[str, str] = field(default_factory=dict)  # verb -> start/end
    every: frozenset[str] = frozenset()
    per_item: frozenset[str] = frozenset()  # "elke", "every": a duration after it is per item
    shares: tuple[str, ...] = ()  # "% van", "% of": a share of items, so per item too
    per_item_days: frozenset[str] = frozenset()  # "alle", "all": per item before days only
    per_item_days_most: float = 0  # the most days such a time per item lasts
    response_days: float = 0  # a duration this short after the verb is a response time
    length_markers: frozenset[str] = frozenset()  # "for": a duration after it is the act's length
    noun_determiners: frozenset[str] = frozenset()  # a bare weekday after one is a modifier
    event_free_stop: frozenset[str] = frozenset()  # words a free modifier never is
    event_indefinite: frozenset[str] = frozenset()  # "een", "a": a generic event, no moment
    habitual: re.Pattern[str] = re.compile("(?!)")  # "altijd", "van de week": a habit
    situation_subjects: frozenset[str] = frozenset()  # "het", "it": a clause of the situation
    situation_demands: frozenset[str] = frozenset()  # "moet", "must": a demand, no situation
    writer_subjects: frozenset[str] = frozenset()  # "ik", "I": the writer's own clause
    purpose: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = ()  # opener, closer
    weekday_markers: frozenset[str] = frozenset()  # "op", "on": also before plural weekdays
    until: re.Pattern[str] = re.compile("(?!)")  # "tot ", "until ": a routine's end
    so_far: re.Pattern[str] = re.compile("(?!)")  # right after a duration: "nu", "now"
    so_far_markers: frozenset[str] = frozenset()  # "for": a length, past after a perfect
    so_far_spans: re.Pattern[str] = re.compile("(?!)")  # "nu twee jaar", "three years now"
    perfect: frozenset[str] = frozenset()  # "have", "i've"
    not_perfect: frozenset[str] = frozenset()  # "will", "to": beside "have", no perfect


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
    g.length_markers = frozenset(norm(w) for w in t.durations.lengths)
    p = t.positions
    g.positions = _lookup({"begin": p.begin, "start": p.start, "mid": p.mid, "end": p.end})
    r = t.relative
    g.relative = {
        norm(w): off for off, ws in ((0, r.this), (1, r.next), (-1, r.previous)) for w in ws
    }
    g.previous_of = frozenset(norm(w) for w in (*r.previous_of, *t.articles))
    g.articles = frozenset(norm(w) for w in t.articles)
    g.ordinals = {norm(k): v for k, v in t.ordinals.items()}
    g.day_words = {norm(k): v for k, v in t.day_words.items()}
    g.period_ends = {norm(k): v for k, v in t.period_ends.items()}
    g.periods = {norm(n): key for key, entry in t.periods.items() for n in entry.names}

    g.case_sensitive = {norm(w): w for w in t.case_sensitive}
    g.per_item = frozenset(norm(w) for w in t.recurring.per_item)
    g.shares = tuple(norm(w) for w in t.recurring.shares)
    g.per_item_days = frozenset(norm(w) for w in t.recurring.per_item_days)
    g.per_item_days_most = t.recurring.per_item_days_most
    g.response_days = t.recurring.response_days
    g.noun_determiners = frozenset(norm(w) for w in t.recurring.noun_determiners)
    _habits(t, g)
    month_full = _alt([n for names in t.months for n in names])
    month_abbr = _alt([n for names in t.month_abbreviations for n in names])
    month_any = rf"(?:{month_full}{E}|{month_abbr}{E}\.?)"
    short_year = r"['\u2019][0-9]{2}(?![0-9])"
    weekday = _alt([n for names in t.weekdays for n in names])
    marker = _alt(g.marker_class)
    pos = _alt(g.positions)
    rel = _alt(g.relative)
    spans = {norm(w) for w in t.durations.coming}  # 'komende': a span from today
    period_next = _alt([w for w in t.relative.next if norm(w) not in spans] or ["(?!)"])
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
        rf"(?:(?:,|\s+{of})?\s+(?P<y>{TAIL_YEAR}|{short_year})|"
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
            # after a position the article may stand before the relative word ("het einde
            # van het volgende kwartaal"): a calendar period, never a span from today
            rf"{pre}(?:(?P<pre>{particles})\s+)?(?:(?(pos)(?:{art}\s+)?)(?P<rel>{rel})\s+"
            rf"(?P<unit>{punits})|"
            rf"{art}\s+(?P<unit0>{punits})){E}(?:\s+(?P<post>{particles}){E})?",
        ),
        (
            "relperiod_before",
            # "voor het nieuwe jaar", "before the following year": a deadline word, an article
            # and a word that names the next calendar period (not a span from today: the
            # durations' "coming" words, "voor het komende jaar" = for the coming year)
            rf"{B}(?P<marker>{_alt(m.before)})\s+{art}\s+(?P<rel>{period_next})\s+"
            rf"(?P<unit>{punits}){E}",
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
    g.so_far_spans = _so_far_spans(t, num, units, month_full)
    rules.append(("vague", rf"{B}{_alt(t.vague)}{E}"))
    rules += _event_rules(t, g, num, units, rel)
    flags = re.UNICODE  # no IGNORECASE: it makes scanning ~3x slower; text is lowered instead
    g.rules = [Rule(n, re.compile(src, flags)) for n, src in rules if n != "disabled"]
    g.markers_regex = re.compile(rf"{B}(?P<marker>{marker})\s+", flags)
    g.count_unit_regex = re.compile(rf"{B}(?:{num})\s*{units}{E}", flags)
    return g


def _habits(t: TimeTable, g: Grammar) -> None:
    """The word lists that tell a habit, a purpose clause and a length up to now."""
    rc, so_far = t.recurring, t.durations.so_far
    units = [u for u in g.units if u[:1].isalpha()]
    parts = [rf"{B}{_alt(rc.habitual)}{E}"] if rc.habitual else []
    if rc.habitual_prefixes:
        # "weekoverzicht", but never a unit itself ("weekend", "weken")
        parts.append(rf"{B}(?!{_alt(units)}{E}){_alt(rc.habitual_prefixes)}[^\W\d_]{{3,}}")
    if parts:
        g.habitual = re.compile("|".join(parts))
    pairs = []
    for entry in rc.purpose:
        opener, _, closer = (part.strip() for part in entry.partition("..."))
        pairs.append(
            (
                re.compile(rf"{B}{_alt([opener])}{E}"),
                re.compile(rf"{B}{_alt([closer])}{E}") if closer else None,
            )
        )
    g.purpose = tuple(pairs)
    g.weekday_markers = frozenset(norm(w) for w in rc.weekday_plural_prefixes)
    g.situation_subjects = frozenset(norm(w) for w in rc.situation_subjects)
    g.situation_demands = frozenset(norm(w) for w in rc.situation_demands)
    g.writer_subjects = frozenset(norm(w) for w in t.events.verbs.subjects)
    if rc.until:
        g.until = re.compile(rf"{_alt(rc.until)}\s")
    if so_far.words:
        g.so_far = re.compile(rf"\s+{_alt(so_far.words)}{E}")  # matched on lower case
    g.so_far_markers = frozenset(norm(w) for w in so_far.markers)
    g.perfect = frozenset(norm(w) for w in so_far.perfect)
    g.not_perfect = frozenset(norm(w) for w in so_far.not_perfect)


def _so_far_spans(t: TimeTable, num: str, units: str, month_full: str) -> re.Pattern[str]:
    """A length up to now without a marker: "nu twee jaar", "sinds 2023", "three years now"."""
    so_far = t.durations.so_far
    parts = []
    if so_far.leads:
        since = rf"(?:{num}\s+{units}|{YEAR}|{month_full}(?:\s+{YEAR})?)"
        parts.append(rf"{_alt(so_far.leads)}\s+{since}")
    if so_far.words:
        parts.append(rf"(?:{num})\s+{units}\s+{_alt(so_far.words)}")
    if not parts:
        return re.compile("(?!)")
    return re.compile(rf"{B}(?:{'|'.join(parts)}){E}")


def _recurring_rules(
    t: TimeTable, g: Grammar, num: str, units: str, weekday: str
) -> list[tuple[str, str]]:
    rc = t.recurring
    counts = _alt(rc.counts)
    articles = {"a", "an"}
    count_nums = _alt([w for w in g.numbers if w not in articles and g.numbers[w] >= 1])
    digits = r"[0-9]{1,3}(?:[.,][0-9]{3})*(?:[.,][0-9]{1,2})?"  # "1.500", "2,5"
    count = rf"(?:{counts}|(?:{digits}|{count_nums})(?:\s*[x\u00d7])?)"
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
    within = _alt([w for w in t.durations.deadline if w not in rc.per])
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
            # the words between never include a duration's marker: "25 books *within* a
            # month" is a deadline, "25 books a month" a rate
            rf"{B}{count}\s+(?:(?!(?:{within})\s)[^\W\d_]+\s+){{0,2}}?{per}\s+{freq_target}{E}",
        ),
        ("recurring", rf"{B}an?\s+[^\W\d_]+\s+(?:a|per)\s+{units}{E}"),
        *_occasion_rules(rc),
        (
            "recurring",
            rf"{B}{_alt(rc.alternate)}\s+(?:(?:{num}|{_alt(rc.other)})\s+)?{unit_or_part}{E}",
        ),
        (
            "recurring",
            rf"{B}(?:{_alt(rc.weekday_plural_prefixes)}\s+)?{_alt(weekday_plurals)}{E}",
        ),
    ]


def _occasion_rules(rc: Recurring) -> list[tuple[str, str]]:
    """An occasion of the work that recurs: "elke dienst", "every lesson", "in elk
    teamoverleg", "every client meeting": one word before the occasion, or a compound ending
    in it, names which one."""
    if not rc.occasions or not rc.per_item:
        return []
    occasion = _alt(rc.occasions)
    return [
        (
            "recurring",
            rf"{B}{_alt(rc.per_item)}\s+(?:[^\W\d_]+\s+)?[^\W\d_]{{0,14}}{occasion}{E}",
        )
    ]


def _occasion_offset_rule(
    t: TimeTable, g: Grammar, num: str, units: str, rel: str
) -> list[tuple[str, str]]:
    """An offset from an occasion of the work: "binnen een week na het gesprek", "within two
    days of the meeting" (``recurring.occasions``, or a compound ending in one). Such a noun
    anchors a time only after an offset ("na het gesprek" alone stays no time), so it is a
    rule of its own and no event noun; "elk overleg" after the offset is a routine."""
    ev, rc = t.events, t.recurring
    if not rc.occasions or not g.event_offsets:
        return []
    occasion = rf"(?:[^\W\d_]{{1,24}}-?)?{_alt(rc.occasions)}"
    det = _alt([*ev.determiners, *rc.every])
    free = rf"(?:[^\W\d_][\w'\u2019-]*\s+){{0,{ev.modifiers}}}"
    leading = _alt([*t.durations.deadline, *t.markers.deadline])
    offsets = _alt(g.event_offsets)
    return [
        (
            "event",
            rf"{B}(?P<dm>{leading})\s+(?P<num>{num})\s+(?P<unit>{units})\s+"
            rf"(?=(?P<om>{offsets})\s)(?P<em2>{offsets})\s+"
            rf"(?P<anchor>(?:(?P<det>{det})\s+)?(?:(?P<rel>{rel})\s+)?{free}"
            rf"(?P<noun>{occasion})){E}",
        )
    ]


def _event_rules(t: TimeTable, g: Grammar, num: str, units: str, rel: str) -> list[tuple[str, str]]:
    """Event anchors: "voor het einde van mijn proeftijd", "zodra de cursus is afgerond".

    Two shapes share one anchor (determiner, relative word, up to ``modifiers`` free words and
    a period/event noun): a noun phrase after a marker or an edge word (rule ``event``), and a
    clause after a connective with a start or end verb (rule ``event_clause``). Both may
    start with an offset ("drie maanden nadat ...", "two weeks before the end of ...").
    They come after every calendar rule, so a calendar reading of the same span wins.
    """
    ev = t.events
    nouns = {
        "periods": ev.periods,
        "activities": ev.activities,
        "moments": ev.moments,
        "changes": ev.changes,
        "occasions": ev.occasions,
    }
    calendar = [n for entry in t.periods.values() for n in entry.names]
    g.event_nouns = {norm(n): cls for cls, words in nouns.items() for n in words}
    g.event_nouns.update({norm(n): "periods" for n in calendar})
    if not g.event_nouns:
        return []
    m = t.markers
    g.event_markers = _lookup(
        {
            "deadline": m.deadline,
            "before": m.before,
            "start": m.start,
            "after": (*m.after, *ev.markers.after),
            "by": ev.markers.by,
        }
    )
    g.event_weak = frozenset(norm(w) for w in ev.markers.weak)
    g.event_moment = frozenset(norm(w) for w in ev.markers.moment)
    g.event_governed = frozenset(norm(w) for w in ev.markers.governed)
    g.event_skill = frozenset(norm(w) for w in ev.markers.skill)
    g.event_means = frozenset(norm(w) for w in ev.markers.means)
    g.occasion_links = frozenset(norm(w) for w in ev.occasion_links)
    g.event_indefinite = frozenset(norm(w) for w in ev.indefinite)
    g.event_edges = _lookup({"start": ev.edges.start, "end": ev.edges.end})
    g.event_connectives = _lookup({"by": ev.connectives.by, "after": ev.connectives.after})
    g.event_offsets = frozenset(norm(w) for w in ev.connectives.offset)
    g.event_verbs = _lookup({"start": ev.verbs.start, "end": ev.verbs.end})
    g.every = frozenset(norm(w) for w in t.recurring.every)
    whole = {norm(w) for w in ev.whole_words}
    g.event_free_stop = frozenset(
        [norm(w) for w in ev.determiners]
        + list(g.months)
        + list(g.weekdays)
        + list(g.units)
        + list(g.numbers)
    )
    if ev.compounds:
        head = (
            rf"(?:(?:[^\W\d_]{{1,24}}-?)?{_alt(set(g.event_nouns) - whole)}"
            rf"|{_alt(whole & set(g.event_nouns))})"
        )
    else:
        head = _alt(g.event_nouns)
    det = _alt(ev.determiners)
    # a determiner opens another phrase, never a modifier of this one ("voor de audit een
    # cursus doen": the anchor is "de audit", not "de audit een cursus")
    free = rf"(?:(?!(?:{det})\s)[^\W\d_][\w'\u2019-]*\s+){{0,{ev.modifiers}}}"
    # a year right after the determiner names which one the event is ("by the end of the
    # 2027 harvest", "before the 2026 audit"), as a month there does
    year = r"(?:(?:19|20)\d\d\s+)?"
    anchor = (
        rf"(?P<anchor>(?:(?P<det>{det})\s+{year})?(?:(?P<rel>{rel})\s+)?{free}"
        rf"(?P<noun>{head})){E}"
    )
    marker = _alt([*g.event_markers, *g.event_weak, *g.event_offsets])
    edge = _alt(g.event_edges)
    leading = _alt([*t.durations.deadline, *m.deadline])
    offset = (
        rf"(?:(?:(?P<dm>{leading})\s+)?(?P<num>{num})\s+(?P<unit>{units})"
        rf"\s+(?=(?P<om>{_alt(g.event_offsets)})\s))?"
    )
    lead = (
        rf"(?:(?:(?P<em>{marker})\s+)?(?P<edge>{edge})\s+|(?P<em2>{marker})\s+"
        rf"|(?=(?:{det}\s+)?(?:{rel})\s))"
    )
    verbs = _alt(g.event_verbs)
    aux = _alt(ev.verbs.aux)
    subj = _alt(ev.verbs.subjects)
    particle = _alt(ev.verbs.particles)
    conn = _alt(g.event_connectives)
    subject = rf"(?:(?P<subj>{subj})\s+(?:{aux}\s+){{0,2}})?"
    # The verb is required, so one rule has it before the anchor and one after it.
    before = rf"(?P<conn>{conn})\s+{subject}(?P<pre>{verbs})\s+(?:{particle}\s+)?{anchor}"
    after = (
        rf"(?P<conn>{conn})\s+{subject}(?:{particle}\s+)?{anchor}"
        # "de cursus Spaans", "tot verpleegkundige", but never into the main clause ("I will")
        rf"(?:\s+(?!(?:{subj}|{aux}){E})[^\W\d_][\w'\u2019-]*){{0,3}}?"
        rf"(?:\s+{aux}){{0,2}}\s+(?P<post>{verbs}){E}(?:\s+{aux}{E})?"
    )
    length = (
        rf"(?P<anchor>(?P<det>{det})\s+{free}(?P<noun>{head})){E}\s+"
        rf"{_alt(ev.lengths)}\s+(?P<num>{num})\s+(?P<unit>{units}){E}"
    )
    any_noun = (
        rf"(?P<anchor>(?P<det>{det})\s+(?:(?P<rel>{rel})\s+)?"
        rf"(?P<noun>(?!(?:{subj}|{aux}){E})[^\W\d_][\w'\u2019-]{{2,}})){E}"
    )
    generic = (
        rf"(?P<conn>{_alt(ev.connectives.generic)})\s+{subject}{any_noun}"
        rf"(?:\s+(?!(?:{subj}|{aux}){E})[^\W\d_][\w'\u2019-]*){{0,3}}?"
        rf"(?:\s+{aux}){{0,2}}\s+(?P<post>{verbs}){E}(?:\s+{aux}{E})?"
    )
    marked = rf"(?:(?:(?P<em>{marker})\s+)?(?P<edge>{edge})\s+|(?P<em2>{marker})\s+)"
    return [
        ("event", rf"{B}{offset}{lead}{anchor}"),
        *_month_named_rules(t, g, marked, det),
        *_occasion_offset_rule(t, g, num, units, rel),
        ("event_length", rf"{B}{length}"),
        ("event_clause", rf"{B}{offset}{after}"),
        ("event_clause", rf"{B}{offset}{before}"),
        ("event_clause", rf"{B}{generic}"),
    ]


def _month_named_rules(t: TimeTable, g: Grammar, marked: str, det: str) -> list[tuple[str, str]]:
    """Occasions named by their month: "by the March sale", "in de stilstand van september".

    The month says when, so any noun names the occasion, whether or not the lists know it
    (a sale, a shutdown, a board meeting). A marker or an edge word must stand before it
    ("the March figures" alone are a thing). With the month first, the name runs to the last
    word before punctuation or a word of the clause (a subject, an auxiliary, a marker, or
    the pack's ``name_ends``); with the month after, a link word joins it ("van maart").
    """
    ev = t.events
    if not g.months:
        return []
    month = _alt([n for names in t.months for n in names])
    word = r"[^\W\d_][\w'\u2019-]*"
    stops = _alt(
        [
            *ev.verbs.subjects,
            *ev.verbs.aux,
            *ev.determiners,
            *g.event_markers,
            *g.event_weak,
            *g.event_offsets,
            *g.event_connectives,
            *g.event_verbs,
            *ev.name_ends,
        ]
    )
    name_word = rf"(?!(?:{stops}){E}){word}"
    ends = rf"(?=\s*(?:[^\w\s'\u2019-]|$)|\s+(?:{stops}){E})"
    first = (
        rf"(?P<anchor>(?P<det>{det})\s+(?P<mon>{month})\s+"
        rf"(?:{name_word}\s+){{0,{ev.modifiers}}}?(?P<noun>{name_word})){ends}"
    )
    rules = [("event_month", rf"{B}{marked}{first}")]
    if ev.month_links:
        after = (
            rf"(?P<anchor>(?P<det>{det})\s+(?:{name_word}\s+){{0,{ev.modifiers}}}?"
            rf"(?P<noun>{name_word})\s+{_alt(ev.month_links)}\s+(?P<mon>{month})){E}"
        )
        rules.append(("event_month", rf"{B}{marked}{after}"))
    return rules
