"""Turn one regex match into a kind and a due date, relative to the reference date.

Rules of resolution (documented in docs/time.md):
- a period resolves to an Interval; a position word (begin/medio/eind) narrows it;
- the marker decides which day counts: deadline -> last day, "vóór/before" -> the first day
  (the boundary: "vóór 1 maart" is due 1 March), start ("vanaf", "per") -> first day,
  after ("na") -> the day after;
- without a year, the first occurrence whose due date is not before the reference date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from smartcheck.reading.timex import dates
from smartcheck.reading.timex.dates import Interval
from smartcheck.reading.timex.model import Granularity, Kind, Relation
from smartcheck.reading.timex.numbers import norm, parse_number
from smartcheck.reading.timex.patterns import YEAR_WORD, Grammar

Builder = Callable[[int], Interval | None]
YearBuilder = Callable[[int], Interval]


@dataclass(frozen=True)
class Resolution:
    """What a match means: its kind, due date (if any), granularity and relativity."""

    kind: Kind
    due: date | None = None
    granularity: Granularity | None = None
    relative: bool = False
    blocked: bool = False  # an impossible date: occupies its span, yields no expression
    anchor: tuple[int, int] | None = None  # kind "event": the period or event it hangs on
    relation: Relation | None = None  # kind "event": "by" or "after"
    weekly: bool = False  # a bare weekday ("op vrijdag"): weekly if its sentence is a routine


BLOCKED = Resolution("vague", blocked=True)

# Event noun classes that a weak moment marker alone anchors in time ("bij de beoordeling",
# "voor de kerstdrukte", "voor de fusie"); activities need an edge or a relative word.
_TIMED_ALONE = frozenset({"moments", "periods", "changes", "occasions"})

_UNIT_SPAN: dict[str, tuple[float, float, Granularity]] = {
    "day": (0, 1, "day"),
    "week": (0, 7, "week"),
    "weekend": (0, 7, "week"),
    "fortnight": (0, 14, "week"),
    "month": (1, 0, "month"),
    "quarter": (3, 0, "quarter"),
    "year": (12, 0, "year"),
}
MAX_DURATION_YEARS = 200


def _group(m: re.Match[str], name: str) -> str | None:
    value: str | None = m.groupdict().get(name)
    return value


def _position(iv: Interval, pos: str) -> Interval:
    """The part of ``iv`` a position word picks ("begin april" = 1..10 April; "het begin
    van april" too)."""
    pos = "begin" if pos == "start" else pos
    first, last = iv.first, iv.last
    if iv.granularity == "day" or first == last:
        return iv
    if iv.granularity == "month":
        spans = {"begin": (1, 10), "mid": (15, 15), "end": (21, last.day)}
        lo, hi = spans[pos]
        return Interval(first.replace(day=lo), first.replace(day=hi), iv.granularity, iv.relative)
    if iv.granularity == "year":
        spans_y = {
            "begin": (date(first.year, 1, 1), date(first.year, 3, 31)),
            "mid": (date(first.year, 7, 1), date(first.year, 7, 1)),
            "end": (date(first.year, 10, 1), date(first.year, 12, 31)),
        }
        lo_d, hi_d = spans_y[pos]
        return Interval(lo_d, hi_d, iv.granularity, iv.relative)
    length = (last - first).days
    third = timedelta(days=length // 3)
    if pos == "begin":
        return Interval(first, first + third, iv.granularity, iv.relative)
    if pos == "end":
        return Interval(last - third, last, iv.granularity, iv.relative)
    middle = first + timedelta(days=length // 2)
    return Interval(middle, middle, iv.granularity, iv.relative)


class Resolver:
    """Resolves matches of one grammar against one reference date."""

    def __init__(self, grammar: Grammar, ref: date, text: str) -> None:
        self.g = grammar
        self.ref = ref
        self.text = text  # the original text: matches run on its lower-cased copy

    def month_number(self, m: re.Match[str], group: str = "mon") -> int:
        """The month of a matched name; KeyError if a case-sensitive name ("May") is not
        written as in the table ("I may")."""
        key = norm(m[group]).rstrip(".")
        exact = self.g.case_sensitive.get(key)
        start = m.start(group)
        if (
            exact is not None
            and self.text[start : start + len(exact)] != exact
            and not _dated(self.text, start, m.end(group))
            and not (self.anchored(m) and _closes(self.text, m.end(group)))
        ):
            raise KeyError(key)
        return self.g.months[key]

    # -- shared steps -------------------------------------------------------------------
    def marker(self, m: re.Match[str]) -> str:
        text = _group(m, "marker")
        return self.g.marker_class.get(norm(text), "deadline") if text else "deadline"

    def pos(self, m: re.Match[str]) -> str | None:
        text = _group(m, "pos")
        return self.g.positions.get(norm(text)) if text else None

    def anchored(self, m: re.Match[str], *names: str) -> bool:
        """Whether a marker, position or one of ``names`` makes a bare word a time."""
        return any(_group(m, n) for n in ("marker", "pos", *names))

    def finish(self, iv: Interval, m: re.Match[str]) -> Resolution:
        """Apply position and marker to a fixed interval."""
        return self._pick(iv, self.marker(m), self.pos(m))

    def _pick(self, iv: Interval, marker: str, pos: str | None) -> Resolution:
        if pos is not None:
            iv = _position(iv, pos)
        if marker == "start":
            due = iv.first
        elif marker == "after":
            due = iv.last + timedelta(days=1)
        elif marker == "before" and pos in (None, "start"):
            due = iv.first  # 'voor de start van het schooljaar': the day it starts
        else:
            due = iv.last
        kind: Kind = "start" if marker in ("start", "after") else "deadline"
        return Resolution(kind, due, iv.granularity, iv.relative)

    def next_occurrence(self, build: Builder, m: re.Match[str]) -> Resolution | None:
        """Without a year: the first occurrence whose due date is not in the past."""
        marker, pos = self.marker(m), self.pos(m)
        for year in range(self.ref.year - 1, self.ref.year + 4):
            try:
                iv = build(year)
            except ValueError:
                continue
            if iv is None:
                continue
            res = self._pick(iv, marker, pos)
            if res.due is not None and res.due >= self.ref:
                return Resolution(res.kind, res.due, res.granularity, True)
        return None

    def explicit_year(self, m: re.Match[str]) -> tuple[int | None, bool]:
        """The year a match names: "2027", "'27" or "volgend jaar" (then relative)."""
        if _group(m, "yw"):
            offset = self.g.relative.get(norm(_group(m, "yrel") or ""), 0)
            return dates.check_year(self.ref.year + offset), True
        return self.year_of(_group(m, "y")), False

    def year_of(self, text: str | None) -> int | None:
        if not text:
            return None
        digits = text.lstrip("'\u2019")
        year = int(digits)
        if len(digits) == 2:
            year += 2000
        return dates.check_year(year)

    # -- rules ----------------------------------------------------------------------------
    def numeric(self, m: re.Match[str]) -> Resolution | None:
        if _group(m, "iy"):
            y, mo, d = int(m["iy"]), int(m["im"]), int(m["id"])
        else:
            y, mo, d = self.year_of(m["y"]) or 0, int(m["m"]), int(m["d"])
        day = date(dates.check_year(y), mo, d)
        return self.finish(Interval(day, day, "day"), m)

    def daymonth(self, m: re.Match[str]) -> Resolution | None:
        word = _group(m, "dword")
        d = self.g.day_ordinals[norm(word)] if word else int(m["d"])
        mo = self.month_number(m)
        y, relative = self.explicit_year(m)
        if y is not None:
            day = date(y, mo, d)
            return self.finish(Interval(day, day, "day", relative), m)
        date(2000, mo, d)  # impossible in every year ("31 februari") -> ValueError

        def build(year: int) -> Interval:
            day = date(year, mo, d)
            return Interval(day, day, "day")

        return self.next_occurrence(build, m)

    def daterange(self, m: re.Match[str]) -> Resolution | None:
        """ "van 1 januari tot 1 april 2013": due on the range's last day."""
        return self.daymonth(m)

    def monthday(self, m: re.Match[str]) -> Resolution | None:
        return self.daymonth(m)

    def month(self, m: re.Match[str]) -> Resolution | None:
        if not self.anchored(m, "rel", "y", "yw"):
            return None
        mo = self.month_number(m)
        y, relative = self.explicit_year(m)
        if y is not None:
            iv = dates.month_interval(y, mo)
            return self.finish(Interval(iv.first, iv.last, iv.granularity, relative), m)
        return self.next_occurrence(lambda year: dates.month_interval(year, mo), m)

    def quarter(self, m: re.Match[str]) -> Resolution | None:
        prefix = _group(m, "qp") or _group(m, "hp")
        if prefix and prefix.upper() != "Q" and not self.anchored(m, "y", "rel", "y2", "yw"):
            return None
        make: Callable[[int, int], Interval]
        qord = _group(m, "qord")
        previous = qord is not None and self.g.relative.get(norm(qord)) == -1
        year = _group(m, "y") or _group(m, "y2") or _group(m, "yw")
        if previous and not year and not self._after_article(m, "qord"):
            return None  # 'last quarter' is the previous one, 'the last quarter' the 4th
        if _group(m, "qn") or _group(m, "qn2") or qord:
            n = int(_group(m, "qn") or _group(m, "qn2") or 0) or self.g.ordinals[norm(m["qord"])]
            make = dates.quarter_interval
        else:
            n = int(_group(m, "hn") or 0) or self.g.ordinals[norm(m["hord"])]
            if n > 2:
                return None
            make = dates.half_interval
        y = self.year_of(_group(m, "y") or _group(m, "y2"))
        if y is None and _group(m, "yw"):
            y = self.ref.year + self.g.relative.get(norm(_group(m, "yrel") or ""), 0)
            iv = make(y, n)
            return self.finish(Interval(iv.first, iv.last, iv.granularity, True), m)
        if y is not None:
            return self.finish(make(y, n), m)
        return self.next_occurrence(lambda year: make(year, n), m)

    def _after_article(self, m: re.Match[str], group: str) -> bool:
        """An article right before ``group`` ('the last quarter', 'het laatste kwartaal')."""
        before = self.text[: m.start(group)].split()
        return bool(before) and norm(before[-1]) in self.g.articles

    def year(self, m: re.Match[str]) -> Resolution | None:
        if not self.anchored(m, "yw"):
            return None
        y = dates.check_year(int(m["y"]))
        if not self.ref.year - 10 <= y <= self.ref.year + 100:
            return None
        return self.finish(dates.year_interval(y), m)

    def relperiod(self, m: re.Match[str]) -> Resolution | None:
        if _group(m, "unit0") and not _group(m, "pos"):
            return None
        unit = self.g.period_units[norm(_group(m, "unit") or m["unit0"])]
        if _group(m, "unit0") and unit in _CYCLES and self._in_purpose(m.start(), m.end()):
            # "zodat ik minder stress heb aan het eind van de maand": when the purpose holds
            # (a moment of every month), no time of the goal and no routine of its own
            return BLOCKED
        if _group(m, "unit0") and unit == "day":
            # "aan het eind van de dag", "at the start of the day": a moment of every day,
            # a daily routine, never today's date
            return Resolution("recurring")
        offset = self.g.relative.get(norm(_group(m, "rel") or ""), 0)
        if offset < 0 and not self.anchored(m) and self._previous_of(m):
            return None  # "de bankmutaties van de afgelopen week": what, not by when
        if offset == 0 and self.marker(m) == "before" and self.pos(m) is None:
            # "doel voor dit jaar", "voor dit kwartaal": the period now running cannot be
            # meant by its first day, long past; Dutch "voor" is "for" as well as "before",
            # and the goal is for the period: due at its end
            return self._pick(self.calendar_unit(unit, offset), "deadline", None)
        return self.finish(self.calendar_unit(unit, offset), m)

    def relperiod_before(self, m: re.Match[str]) -> Resolution | None:
        """'voor het nieuwe jaar': the next calendar period, due on its first day."""
        unit = self.g.period_units[norm(m["unit"])]
        return self.finish(self.calendar_unit(unit, self.g.relative.get(norm(m["rel"]), 1)), m)

    def _previous_of(self, m: re.Match[str]) -> bool:
        """A word before the period says which thing or a comparison ("van de afgelopen
        week", "than last year"), or a possessive after it ("last month's complaints"):
        then it names no time of the goal."""
        if re.match(r"['\u2019]s\b", self.text[m.end() :]):
            return True
        before = re.findall(r"[^\W\d_]+|[,.;:!?]", self.text[: m.start()])
        return bool(before) and norm(before[-1]) in self.g.previous_of

    def _in_purpose(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies in a purpose clause of its sentence: after an opener
        ("zodat", "so that") and, for a split one ("om ... te"), before its closer."""
        before, after = _sentence_around(self.text, start, end)
        for opener, closer in self.g.purpose:
            if opener.search(before.lower()) and (closer is None or closer.search(after.lower())):
                return True
        return False

    def calendar_unit(self, unit: str, offset: int) -> Interval:
        """This (0), next (1) or previous (-1) day/week/month/quarter/year."""
        ref = self.ref
        if unit == "day":
            day = ref + timedelta(days=offset)
            return Interval(day, day, "day", True)
        if unit in ("week", "weekend"):
            monday = dates.week_monday(ref) + timedelta(weeks=offset)
            first = monday + timedelta(days=5) if unit == "weekend" else monday
            return Interval(first, monday + timedelta(days=6), "week", True)
        if unit == "month":
            first = dates.add_months(ref.replace(day=1), offset)
            return Interval(first, dates.month_end(first.year, first.month), "month", True)
        if unit == "quarter":
            index = (ref.year * 4 + (ref.month - 1) // 3) + offset
            iv = dates.quarter_interval(index // 4, index % 4 + 1)
            return Interval(iv.first, iv.last, "quarter", True)
        iv = dates.year_interval(ref.year + offset)
        return Interval(iv.first, iv.last, "year", True)

    def weekday(self, m: re.Match[str]) -> Resolution | None:
        idx = self.g.weekdays[norm(m["wd"])]
        rel = _group(m, "rel")
        if rel is None and self._bare_weekday(m) and self._in_situation(m):
            return None  # '..., het ziet er op zaterdag niet uit': when the situation holds
        if rel is None and not self.anchored(m) and self._modifies_noun(m):
            return None  # "the Monday stand-up": a kind of meeting, no date
        offset = self.g.relative.get(norm(rel or ""), 0)
        if _group(m, "wk") or _group(m, "rel2"):
            week_offset = self.g.relative.get(norm(_group(m, "rel2") or rel or ""), 0)
            day = dates.week_monday(self.ref) + timedelta(weeks=week_offset, days=idx)
        elif rel is not None and offset == 0:
            day = self.ref + timedelta(days=(idx - self.ref.weekday()) % 7)
        elif offset < 0:  # "afgelopen vrijdag", "last Friday": the one before today, never
            day = self.ref - timedelta(days=(self.ref.weekday() - idx - 1) % 7 + 1)  # the next
        else:
            day = self.ref + timedelta(days=(idx - self.ref.weekday() - 1) % 7 + 1)
        res = self.finish(Interval(day, day, "day", True), m)
        if rel is None and self._bare_weekday(m):
            sentence = " ".join(_sentence_around(self.text, m.start(), m.end())).lower()
            if self.g.habitual.search(sentence):
                return Resolution("recurring")  # "op vrijdag stuur ik altijd ...": every Friday
            return Resolution(res.kind, res.due, res.granularity, res.relative, weekly=True)
        return res

    def _in_situation(self, m: re.Match[str]) -> bool:
        """Whether the match stands in a clause after a comma that a subject other than the
        writer opens ('..., het ziet er op zaterdag niet uit', '..., it is chaos on Fridays')
        and that has no writer and no demand in it ('..., het moet op vrijdag klaar zijn' is
        the goal's deadline): the situation told as a reason, not the goal's time."""
        start = max(self.text.rfind(p, 0, m.start()) for p in ",;")
        stop = max(self.text.rfind(p, 0, m.start()) for p in ".!?")
        if start < 0 or start < stop:
            return False  # the first clause of its sentence: the goal's own
        ends = [i for i in (self.text.find(p, m.end()) for p in ",;.!?") if i >= 0]
        words = [
            norm(w)
            for w in re.findall(
                r"[^\W\d_]+", self.text[start + 1 : min(ends, default=len(self.text))]
            )
        ]
        return (
            bool(words)
            and words[0] in self.g.situation_subjects
            and not self.g.writer_subjects.intersection(words)
            and not self.g.situation_demands.intersection(words)
        )

    def _bare_weekday(self, m: re.Match[str]) -> bool:
        """A weekday with no relative word and at most the marker of a plural weekday ("op
        vrijdag", "on Friday", "vrijdag"): a routine's day as well as a single date."""
        if _group(m, "wk") or _group(m, "rel2") or _group(m, "pos"):
            return False
        marker = _group(m, "marker")
        return marker is None or norm(marker) in self.g.weekday_markers

    def _modifies_noun(self, m: re.Match[str]) -> bool:
        """A bare weekday between a determiner and a noun ("the Monday stand-up", "de
        maandag-stand-up") names a kind of thing, not a day; so does one with a describing
        word between the phrase's opener and it ("on busy Friday pick-ups", "during long
        Saturday shifts"), where a day would follow its marker directly ("on Friday")."""
        before = self.text[: m.start("wd")].split()
        after = self.text[m.end("wd") :]
        if re.match(r"(?:-|\s+)[^\W\d_]", after) is None:
            return False
        if before and norm(before[-1]) in self.g.noun_determiners:
            return True
        return len(before) >= 2 and self._describing(before[-1]) and self._opens_phrase(before[-2])

    def _describing(self, word: str) -> bool:
        """A lower-case word that is no time word itself ("busy", "long", not "next", "late")."""
        lowered = norm(word)
        return (
            word.isalpha()
            and word.islower()
            and lowered not in self.g.relative
            and lowered not in self.g.positions
            and lowered not in self.g.marker_class
        )

    def _opens_phrase(self, word: str) -> bool:
        """A determiner or a one-word time marker ("the", "our", "on", "during")."""
        lowered = norm(word)
        return lowered in self.g.noun_determiners or lowered in self.g.marker_class

    def dayword(self, m: re.Match[str]) -> Resolution | None:
        day = self.ref + timedelta(days=self.g.day_words[norm(m["dw"])])
        return self.finish(Interval(day, day, "day", True), m)

    def periodend(self, m: re.Match[str]) -> Resolution | None:
        period = self.calendar_unit(self.g.period_ends[norm(m["pe"])], 0)
        return self.finish(Interval(period.last, period.last, period.granularity, True), m)

    def isoweek(self, m: re.Match[str]) -> Resolution | None:
        wn = int(m["wn"])
        if not 1 <= wn <= 53:
            return None
        y = self.year_of(_group(m, "y") or _group(m, "y3"))
        if y is not None:
            return self.finish(dates.iso_week(y, wn), m)
        return self.next_occurrence(lambda year: dates.iso_week(year, wn), m)

    def period_builder(self, key: str) -> YearBuilder:
        """The yearly interval of the seasons/holidays entry ``key``."""
        entry = self.g.table.periods[key]

        def build(year: int) -> Interval:
            if year in entry.years:
                first, last = entry.years[year]
            else:
                first = dates.day_spec(entry.start, year)
                last = dates.day_spec(entry.end, year)
                if last < first:
                    last = dates.day_spec(entry.end, year + 1)
            return Interval(first, last, "season")

        return build

    def period(self, m: re.Match[str]) -> Resolution | None:
        if not self.anchored(m, "rel", "y"):
            return None
        build = self.period_builder(self.g.periods[norm(m["per"])])
        y = self.year_of(_group(m, "y"))
        if y is not None:
            return self.finish(build(y), m)
        rel = _group(m, "rel")
        if rel and self.g.relative.get(norm(rel)) == 1:
            # "volgend schooljaar", "next summer": the first one that has not begun yet
            for year in range(self.ref.year, self.ref.year + 3):
                iv = build(year)
                if iv.first > self.ref:
                    res = self.finish(iv, m)
                    return Resolution(res.kind, res.due, res.granularity, True)
            return None
        if rel and self.g.relative.get(norm(rel)) == -1:
            # "vorige zomer", "last spring": the latest one that has ended
            for year in range(self.ref.year, self.ref.year - 3, -1):
                iv = build(year)
                if iv.last < self.ref:
                    res = self.finish(iv, m)
                    return Resolution(res.kind, res.due, res.granularity, True)
            return None
        return self.next_occurrence(build, m)

    # -- durations ------------------------------------------------------------------------
    def _duration(self, m: re.Match[str], kind: Kind) -> Resolution | None:
        unit = self.g.units[norm(m["unit"])]
        if unit not in _UNIT_SPAN:
            return None  # hours and minutes are lengths ("20 minuten"), never deadlines
        num_text = _group(m, "num")
        count = parse_number(num_text, self.g.numbers) if num_text else 1.0
        low_text = _group(m, "lo")
        low = parse_number(low_text, self.g.numbers) if low_text else None
        if low is not None and count is not None and low >= count:
            # not a range but one hyphenated number ("twenty-four"): read it whole
            count = parse_number(m.string[m.start("lo") : m.end("num")], self.g.numbers)
        if count is None or count <= 0:
            return None
        if _group(m, "half") or _group(m, "half0"):
            count += 0.5
        months, days, gran = _UNIT_SPAN[unit]
        if count * (months / 12 + days / 365) > MAX_DURATION_YEARS:
            return BLOCKED
        if self.so_far(m):
            return None  # "I've worked here for three years now": a length up to now
        if unit in ("day", "week") and self._per_item(m.start()):
            return Resolution("recurring")  # "elke factuur binnen twee dagen": a service level
        short = count * days <= self.g.per_item_days_most  # a service level, no POP deadline
        if unit == "day" and short and self._per_item(m.start(), self.g.per_item_days):
            return Resolution("recurring")  # "alle klachten binnen twee werkdagen": the same
        # "shadow X *for* a day": a length marker tells how long the act lasts, no response
        length = norm(_group(m, "dm") or "") in self.g.length_markers
        short_reply = unit == "day" and count * days <= self.g.response_days
        if short_reply and not length and self._after_verb(m):
            return Resolution("recurring")  # "tickets beantwoorden binnen een dag"
        due = dates.add_duration(self.ref, months * count, days * count)
        dates.check_year(due.year)
        return Resolution(kind, due, gran, True)

    def so_far(self, m: re.Match[str]) -> bool:
        """A length up to now: "nu"/"now" right after it, or a perfect in its clause before a
        length marker ("I have led the team for a year"); "I will have", "have to" are none."""
        if self.g.so_far.match(self.text[m.end() : m.end() + 40].lower()):
            return True
        dm = _group(m, "dm")
        if not dm or norm(dm) not in self.g.so_far_markers:
            return False
        clause = re.split(r"[,.;:!?]", self.text[: m.start()])[-1]
        words = re.findall(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?", clause.lower())
        for i, word in enumerate(words):
            if norm(word) not in self.g.perfect:
                continue
            near = {norm(w) for w in words[max(0, i - 1) : i] + words[i + 1 : i + 2]}
            if not near & self.g.not_perfect:
                return True
        return False

    def _per_item(self, start: int, words: frozenset[str] | None = None) -> bool:
        """Whether "elke"/"every"/"each" or a share of items ("90% van de", "half of the")
        comes earlier in the text: then a short duration is a time per item ("every essay
        within a week", "90% of complaints within five days"), not a deadline for the goal.
        ``words``: other words of items to look for, without the shares ("alle", "all")."""
        before = norm(self.text[:start])
        if words is not None:
            return bool(set(before.split()) & words)
        shares = (s.replace("%", " %") for s in self.g.shares)  # '90%' reads '90 %' below
        spaced = before.replace("%", " %")
        return bool(set(before.split()) & self.g.per_item) or any(s in spaced for s in shares)

    def _after_verb(self, m: re.Match[str]) -> bool:
        """The duration follows a subject, verb and object in its clause ("Ik beantwoord
        tickets binnen een dag"), so it bounds the task; a fronted one ("Binnen een week heb
        ik ...") or one right after the modal ("Ik wil binnen ...") is the goal's deadline.
        A line told without a subject needs only its verb and object ("Answer emails within
        one working day", "Tickets beantwoorden binnen een dag")."""
        clause = re.split(r"[,.;:!?]", self.text[: m.start()])[-1]
        words = clause.split()
        told_short = len(words) == 2 and norm(words[0]) not in self.g.writer_subjects
        return len(words) >= 3 or told_short

    def _duration_kind(self, m: re.Match[str]) -> Kind:
        dm = _group(m, "dm")
        return "start" if dm and self.g.duration_class.get(norm(dm)) == "start" else "deadline"

    def duration(self, m: re.Match[str]) -> Resolution | None:
        return self._duration(m, self._duration_kind(m))

    def duration_coming(self, m: re.Match[str]) -> Resolution | None:
        if not _group(m, "num"):
            if norm(m["unit"]) not in self.g.singular_units:
                return Resolution("vague")  # "in de komende weken": no number, no date
            if not _group(m, "art"):
                return None  # "komend jaar" is the calendar year (relperiod)
        return self._duration(m, self._duration_kind(m))

    def duration_from_now(self, m: re.Match[str]) -> Resolution | None:
        return self._duration(m, "deadline")

    def fuzzy(self, m: re.Match[str]) -> Resolution | None:
        if not (_group(m, "dm") or _group(m, "coming")):
            return None
        return Resolution("vague")

    def recurring(self, m: re.Match[str]) -> Resolution | None:
        if self._names_a_thing(m):
            return None  # "the monthly budget report": a kind of report, no routine
        words = norm(m.group(0)).split()
        days = any(w.startswith(d) for w in words for d in self.g.weekdays)  # 'zaterdagen'
        if days and self._in_situation(m):
            return None  # '..., they look terrible on Saturdays': no routine of the goal
        return Resolution("recurring")

    def _names_a_thing(self, m: re.Match[str]) -> bool:
        """A one-word frequency between a definite determiner and a noun ("the monthly
        budget report", "het wekelijkse overzicht") says which thing, not how often the goal's
        own verb happens; "a weekly blog post" still can be a routine."""
        if any(c.isspace() for c in m.group(0)):
            return False
        before = self.text[: m.start()].split()
        followed = re.match(r"(?:-|\s+)[^\W\d_]", self.text[m.end() :]) is not None
        if not before or not followed:
            return False
        det = norm(before[-1])
        return det in self.g.noun_determiners and det not in self.g.event_indefinite

    def vague(self, m: re.Match[str]) -> Resolution | None:
        return Resolution("vague")

    # -- event anchors ----------------------------------------------------------------------
    def event(self, m: re.Match[str]) -> Resolution | None:
        """ "voor het einde van mijn proeftijd", "by my next appraisal", "deze periode"."""
        marker_text = _group(m, "em") or _group(m, "em2")
        edge = self.g.event_edges.get(norm(_group(m, "edge") or "")) if _group(m, "edge") else None
        marker = self.g.event_markers.get(norm(marker_text)) if marker_text else None
        weak = marker_text is not None and norm(marker_text) in self.g.event_weak
        noun_class = self._noun_class(m)
        if noun_class == "occasions" and not self._of_something(m):
            return None  # "voor opening" is a moment of every day; "de opening van X" is one
        means = marker_text is not None and norm(marker_text) in self.g.event_means
        if means and noun_class == "activities" and not _group(m, "edge"):
            return None  # "through a course": by what means; "through the end of it" is a time
        offset = self._relative_word(m)
        offset_only = marker_text is not None and marker is None and not weak
        if offset_only and not (_group(m, "num") and _group(m, "dm")):
            return None  # "of" links an offset to the event: "within a month of ..."
        period = noun_class == "periods"
        if marker_text is None and edge is None and (offset is None or not period):
            return None  # a bare "de cursus" is an object, "deze periode" a time frame
        if marker_text is None and edge is not None and not period and _bare(m["edge"]):
            return None  # "start a course", "begin de opleiding": the goal's action, no moment
        if self._every(m):
            return Resolution("recurring")  # "bij iedere evaluatie": a routine, not a moment
        det = _group(m, "det")
        definite = det is not None and norm(det) not in self.g.event_indefinite
        # "bij de beoordeling", not "for a report" nor "feedback op mijn rapport"
        temporal = not weak or (
            norm(marker_text or "") in self.g.event_moment
            and not self._governed(m)
            and not self._after_skill(m)
        )
        # a moment of the cycle, a named stretch of time ("voor de kerstdrukte", "voor mijn
        # verlof") or a change the organisation goes through ("voor de reorganisatie") is a
        # time after "voor" or "bij"; an activity is not ("voor mijn studie" is a purpose)
        moment = noun_class in _TIMED_ALONE and definite and temporal
        if (
            weak
            and edge is None
            and not moment
            and (offset is None or (offset == 0 and not period))
        ):
            # "voor mijn studie" is a purpose, "voor de volgende cursus" and "bij de
            # beoordeling" are times (a moment of the cycle is a point in time)
            return None
        if offset is not None and offset < 0 and period:
            return Resolution("vague")  # 'in de afgelopen periode': some time that has passed
        marker = marker or "deadline"
        relation: Relation = "after" if marker in ("after", "start") else "by"
        return self._event_resolution(m, marker, edge, relation, offset)

    def event_month(self, m: re.Match[str]) -> Resolution | None:
        """ "by the March sale", "in de stilstand van september": an occasion its month names,
        after a marker or an edge word; "of the March meeting" links no time."""
        marker_text = _group(m, "em") or _group(m, "em2")
        marker = self.g.event_markers.get(norm(marker_text)) if marker_text else None
        weak = marker_text is not None and norm(marker_text) in self.g.event_weak
        if marker_text is not None and marker is None and not weak:
            return None
        if self._governed(m) or self._after_skill(m):
            return None  # "slaag voor de toets van maart", "better at the March report"
        if self._every(m):
            return Resolution("recurring")
        relation: Relation = "after" if marker in ("after", "start") else "by"
        return Resolution("event", anchor=(m.start("anchor"), m.end("anchor")), relation=relation)

    def event_clause(self, m: re.Match[str]) -> Resolution | None:
        """ "zodra de cursus is afgerond", "voordat het nieuwe schooljaar begint"."""
        verb = _group(m, "pre") or _group(m, "post")
        if verb is None:
            return None
        edge = self.g.event_verbs[norm(verb)]
        by = self.g.event_connectives[norm(m["conn"])] == "by"
        offset = self._relative_word(m)
        return self._event_resolution(
            m, "before" if by else "after", edge, "by" if by else "after", offset
        )

    def event_length(self, m: re.Match[str]) -> Resolution | None:
        """ "een traject van drie maanden": the activity's length frames the goal."""
        unit = self.g.units.get(norm(m["unit"]))
        if unit not in _UNIT_SPAN or self._noun_class(m) == "moments":
            return None  # "een training van twee uur" is one session, not a time frame
        return Resolution("event", anchor=(m.start("anchor"), m.end("anchor")), relation="by")

    def _of_something(self, m: re.Match[str]) -> bool:
        """Whether the occasion's noun is followed by what it opens or honours ("de opening
        van de nieuwe vestiging"): only then is it one day, not a moment of every day; nor
        when what it opens recurs ("at the start of every shift", "bij de start van elke
        dienst": the pack's ``recurring.per_item``)."""
        after = re.match(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?", self.text[m.end("noun") :])
        if after is None or norm(after.group(1)) not in self.g.occasion_links:
            return False
        return norm(after.group(2) or "") not in self.g.per_item

    def _governed(self, m: re.Match[str]) -> bool:
        """Whether a verb of the marker's clause takes it as its object: "slaag ik voor het
        examen" passes the exam, "voor het examen" alone is a moment before it."""
        if not self.g.event_governed:
            return False
        start = max(self.text.rfind(p, 0, m.start()) for p in ",.;:!?")
        ends = [i for i in (self.text.find(p, m.end()) for p in ",.;:!?") if i >= 0]
        clause = self.text[start + 1 : min(ends, default=len(self.text))]
        return any(norm(w) in self.g.event_governed for w in re.findall(r"[^\W\d_]+", clause))

    def _after_skill(self, m: re.Match[str]) -> bool:
        """Whether a word that makes the marker's noun a skill stands right before it
        ("better at the review of pull requests"): what one is good at, no moment."""
        before = re.findall(r"[^\W\d_]+", self.text[max(0, m.start() - 40) : m.start()])
        return bool(before) and norm(before[-1]) in self.g.event_skill

    def _every(self, m: re.Match[str]) -> bool:
        """Whether "elke"/"every" stands before the event noun."""
        return bool(set(norm(m["anchor"]).split()) & self.g.every)

    def _odd_modifiers(self, m: re.Match[str]) -> bool:
        """Whether a free word before the noun is a determiner, month, unit or number.

        A month or a year right after the determiner names which one the event is ("by the
        December audit", "by the end of the 2027 harvest"): one phrase, so it is no odd word
        there; without a determiner ("vóór juni de training") it is a date of its own."""
        start = m.end("det") if _group(m, "det") else m.start("anchor")
        if _group(m, "rel"):
            start = m.end("rel")
        free = m.string[start : m.start("noun")].split()
        if free and _group(m, "det") and norm(free[0]) in self.g.months:
            free = free[1:]
        if free and _group(m, "det") and YEAR_WORD.fullmatch(free[0]):
            free = free[1:]  # 'by the end of the 2027 harvest': which harvest, no odd word
        return any(norm(w) in self.g.event_free_stop or w.isdigit() for w in free)

    def _unit_after(self, m: re.Match[str]) -> bool:
        """Whether a unit of time follows the event noun ("rush hour", "peak weeks"): then the
        noun only says which hours or weeks, recurring ones, not one event."""
        after = re.match(r"\s+([^\W\d_]+)", self.text[m.end("noun") :])
        return after is not None and norm(after.group(1)) in self.g.units

    def _relative_word(self, m: re.Match[str]) -> int | None:
        """This (0), next (1) or previous (-1) from "volgende", "deze", "next", or None."""
        for name in ("rel", "det"):
            word = _group(m, name)
            if word and norm(word) in self.g.relative:
                return self.g.relative[norm(word)]
        return None

    def _noun_class(self, m: re.Match[str]) -> str:
        noun = norm(m["noun"])
        if noun in self.g.event_nouns:
            return self.g.event_nouns[noun]
        heads = [k for k in self.g.event_nouns if noun.endswith(k)]
        return self.g.event_nouns[max(heads, key=len)] if heads else "activities"

    def _event_resolution(
        self, m: re.Match[str], marker: str, edge: str | None, relation: Relation, rel: int | None
    ) -> Resolution | None:
        if self._every(m):
            return Resolution("recurring")  # "na elke training": a routine, not a moment
        if self._unit_after(m):
            return None  # "during rush hour", "in peak weeks": the noun names a time of every day
        if self._odd_modifiers(m):
            return None  # "per week krachttraining", "vóór juni de training": not one phrase
        shift = self._offset(m)
        if _group(m, "num") and shift is None:
            return None  # "30 minutes of strength training": a length, not an offset
        if shift is not None:
            relation = "by"  # "drie maanden nadat de cursus begint": a deadline after it
        key = self.g.periods.get(norm(m["noun"]))
        if key is not None:
            return self._calendar_event(key, marker, edge, rel, shift)
        return Resolution("event", anchor=(m.start("anchor"), m.end("anchor")), relation=relation)

    def _offset(self, m: re.Match[str]) -> int | None:
        """Signed days of an offset before the event ("twee weken voor het einde van")."""
        if not _group(m, "num"):
            return None
        unit = self.g.units.get(norm(m["unit"]))
        count = parse_number(m["num"], self.g.numbers)
        if unit not in _UNIT_SPAN or count is None or count <= 0:
            return None
        months, days, _ = _UNIT_SPAN[unit]
        span = round(count * (months * 30.44 + days))
        word = norm(m["om"])
        before = (
            self.g.event_markers.get(word) == "before" or self.g.event_connectives.get(word) == "by"
        )
        return -span if before else span

    def _calendar_event(
        self, key: str, marker: str, edge: str | None, rel: int | None, shift: int | None
    ) -> Resolution:
        """An event noun the pack gives a calendar for ("het schooljaar"): a real date."""
        build = self.period_builder(key)
        years = [build(y) for y in range(self.ref.year - 1, self.ref.year + 3)]

        def edge_day(iv: Interval) -> date:
            return iv.first if edge == "start" else iv.last

        if rel == 0:  # "dit schooljaar": the one running now (or the next one)
            found = [iv for iv in years if iv.last >= self.ref]
        elif rel == 1:  # "het volgende schooljaar": the first that has not begun
            found = [iv for iv in years if iv.first > self.ref]
        elif rel == -1:
            found = [iv for iv in reversed(years) if iv.last < self.ref]
        else:  # the first whose day that counts is not past
            found = [iv for iv in years if edge_day(iv) >= self.ref]
        if not found:
            return BLOCKED
        current = found[0]
        if edge == "start":
            current = Interval(current.first, current.first, "day")
        elif edge == "end":
            current = Interval(current.last, current.last, "day")
        res = self._pick(current, marker, None)
        due = res.due
        if shift is not None and due is not None:
            due = due + timedelta(days=shift)
            res = Resolution("deadline", due, "day", True)
        # the pack's calendar is a typical year ('schooljaar' starts 24 August): its days
        # differ by region and year, so even its first or last day is no exact date
        return Resolution(res.kind, due, "season", True)

    def resolve(self, rule: str, m: re.Match[str]) -> Resolution | None:
        """Dispatch to the rule's resolver; any impossible date yields None, never raises."""
        method: Callable[[re.Match[str]], Resolution | None] = getattr(self, rule)
        try:
            return method(m)
        except (ValueError, OverflowError):
            return BLOCKED  # "31 februari 2027": no date, and no part of it re-read as one
        except (KeyError, IndexError, TypeError):
            return None


def _bare(edge: str) -> bool:
    """Whether an edge word stands alone ("start", "begin"), so it may be the goal's verb;
    "the start of", "het einde van" are nouns of time."""
    return len(edge.split()) == 1


_CYCLES = ("day", "week", "month")  # short work cycles: their edge in a purpose recurs
SENTENCE_END = re.compile(r"[.;!?](?=\s|$)|\n")


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the sentence before ``start`` and after ``end``."""
    ends = [x.end() for x in SENTENCE_END.finditer(text, 0, start)]
    later = SENTENCE_END.search(text, end)
    return text[ends[-1] if ends else 0 : start], text[end : later.start() if later else len(text)]


_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s+\d{4}\b")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _dated(text: str, start: int, end: int) -> bool:
    """Whether a day number comes before the word or a year after it ("31 may", "may 2027"):
    then a month name that is also a verb ("may") is the month in any case."""
    return bool(_DAY_BEFORE.search(text[max(0, start - 8) : start]) or _YEAR_AFTER.match(text, end))


def _closes(text: str, end: int) -> bool:
    """Whether the word closes its clause ("in may.", "by may,"): a modal never does, so
    after a time marker a month name that is also a verb is the month however it is written."""
    return bool(_CLAUSE_END.match(text, end))
