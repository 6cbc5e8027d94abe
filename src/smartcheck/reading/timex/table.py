"""The `time:` section of a language's rule pack, validated, plus its loader.

Every word the engine recognises lives in the data (rules/<lang>.yaml, key ``time``) so a
language or a region can be adjusted without touching code. The seasons and holidays table
(``periods``) is a plain mapping keyed by a name, so one entry can be overridden on its own
(school holidays differ by region): see :meth:`TimeTable.with_periods`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from smartcheck.configuration.resources import rules_dir

Unit = Literal["day", "week", "weekend", "fortnight", "month", "quarter", "year", "hour", "minute"]

_DAY_SPEC = re.compile(r"^(?:\d{2}-\d{2}|easter[+-]\d{1,3})$")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PeriodEntry(_Frozen):
    """A season or holiday: its names and its yearly start and end day.

    ``start``/``end`` are ``MM-DD`` (an end before the start falls in the next year) or
    ``easter+N``/``easter-N``. ``years`` pins exact dates for a given start year.
    """

    names: tuple[str, ...]
    start: str
    end: str
    kind: Literal["season", "holiday"] = "holiday"
    years: dict[int, tuple[date, date]] = Field(default_factory=dict)

    @field_validator("start", "end")
    @classmethod
    def _day_spec(cls, value: str) -> str:
        if not _DAY_SPEC.match(value):
            raise ValueError(f"{value!r} is not MM-DD or easter+N")
        return value


class Markers(_Frozen):
    """Words before a time expression that decide its kind and which end of it counts."""

    deadline: tuple[str, ...] = ()  # due = the end of the period ("uiterlijk", "by", "in")
    before: tuple[str, ...] = ()  # due = the start boundary ("vóór 1 maart" = 1 March)
    start: tuple[str, ...] = ()  # a start: the first day ("vanaf", "per 1 januari")
    after: tuple[str, ...] = ()  # a start: the day after the period ("na", "after")


class SoFar(_Frozen):
    """Words that make "<number> <unit>" a length up to now ("I've been here for two years
    now"), which frames nothing the goal still has to do."""

    words: tuple[str, ...] = ()  # right after the duration: "now", "already", "nu", "inmiddels"
    leads: tuple[str, ...] = ()  # before "<number> <unit>", a year or a month: "al", "since"
    markers: tuple[str, ...] = ()  # duration markers that are a length ("for")
    perfect: tuple[str, ...] = ()  # a perfect before such a length: "have", "I've"
    not_perfect: tuple[str, ...] = ()  # right before or after it, no perfect: "will", "to"


class DurationWords(_Frozen):
    """Words that turn "<number> <unit>" into a span counted from the reference date."""

    deadline: tuple[str, ...] = ()  # "binnen", "within", "over", "in"
    start: tuple[str, ...] = ()  # "na", "after"
    coming: tuple[str, ...] = ()  # "komende", "next": "de komende twee jaar"
    from_now: tuple[str, ...] = ()  # trailing "from now"
    suffixes: tuple[str, ...] = ()  # trailing "tijd", "'s time"
    lengths: tuple[str, ...] = ()  # "lang", "gedurende", "for": how long the goal runs, not
    # when it is due ("zes weken lang meedraaien", "shadow a colleague for a week")
    so_far: SoFar = Field(default_factory=SoFar)


class Positions(_Frozen):
    """Words that pick part of a period: begin/early, medio/mid, eind/end. ``start`` names
    the period's start as a noun ("het begin van", "the start of"): the early stretch like
    ``begin``, but before a "before" marker the moment it starts ("voor de start van het
    schooljaar" is due the day the school year starts, not ten weeks into it)."""

    begin: tuple[str, ...] = ()
    start: tuple[str, ...] = ()
    mid: tuple[str, ...] = ()
    end: tuple[str, ...] = ()


class Relative(_Frozen):
    """Words that pick a period relative to the reference date."""

    this: tuple[str, ...] = ()
    next: tuple[str, ...] = ()
    previous: tuple[str, ...] = ()
    # Words before a previous period that make it say which thing or a comparison, not when
    # ("de bankmutaties van de afgelopen week", "better than last year"); without one it is
    # the past time of what the goal tells ("Ik heb vorig jaar de cursus gevolgd").
    previous_of: tuple[str, ...] = ()


class Recurring(_Frozen):
    """Words that express a frequency: never a due date."""

    words: tuple[str, ...] = ()  # "wekelijks", "daily", "on a weekly basis"
    suffixes: tuple[str, ...] = ()  # compounds ending in these: "tweewekelijks", "bi-weekly"
    every: tuple[str, ...] = ()  # "elke", "every"
    per_item: tuple[str, ...] = ()  # "elke factuur binnen twee dagen": a time per item
    shares: tuple[str, ...] = ()  # "90% van de klachten binnen vijf dagen": per item too
    per_item_days: tuple[str, ...] = ()  # "alle klachten binnen twee werkdagen": per item
    per_item_days_most: float = 0  # ... up to this many days; longer is the set's deadline
    # "tickets beantwoorden binnen een dag": a duration of at most this many days after the
    # verb bounds each repetition of the task (a response time), it is no goal's deadline
    response_days: float = 0
    # "the", "onze": a bare weekday right after one modifies a noun ("the Monday stand-up")
    noun_determiners: tuple[str, ...] = ()
    per: tuple[str, ...] = ()  # "per", "a": "3 keer per week", "twice a month"
    other: tuple[str, ...] = ()  # "other", "andere": "every other week"
    alternate: tuple[str, ...] = ()  # "om de": "om de twee weken"
    counts: dict[str, int] = Field(default_factory=dict)  # "twice": 2, "tweemaal": 2
    day_parts: tuple[str, ...] = ()  # "ochtend", "morning", "werkdag", "weekday"
    # "elke dienst", "every lesson", "in elk teamoverleg": occasions of the work that recur
    occasions: tuple[str, ...] = ()
    weekday_plural_prefixes: tuple[str, ...] = ()  # "op", "on", "'s"
    weekday_plural_suffixes: tuple[str, ...] = ()  # "s", "en"
    weekday_compounds: tuple[str, ...] = ()  # "avond": "elke donderdagavond"
    # a clause with one of these is a habit, so a bare weekday in it ("op vrijdag", "on
    # Friday") is that weekday of every week; words starting with a prefix count too
    habitual: tuple[str, ...] = ()
    habitual_prefixes: tuple[str, ...] = ()
    until: tuple[str, ...] = ()  # "tot", "until": a routine's end makes a bare weekday weekly
    # a clause after a comma that one of these opens ("het", "it", "they": a subject other
    # than the writer) tells the situation; a weekday in it ("..., het ziet er op zaterdag
    # niet uit") is when that holds, never the goal's deadline nor its routine
    situation_subjects: tuple[str, ...] = ()
    # words that make such a clause a demand or a plan, not the situation ("het moet op
    # vrijdag klaar zijn", "it has to be done on Friday"): its weekday stays a date
    situation_demands: tuple[str, ...] = ()
    # a clause these open tells what the goal is for ("zodat", "so that", "om ... te": "..."
    # separates an opener from a closer after the time); a moment of every day, week or
    # month in it ("aan het eind van de maand") says when that purpose holds, not by when
    purpose: tuple[str, ...] = ()


class DateRanges(_Frozen):
    """ "van 1 januari tot 1 april 2013": the range ends (and is due) on its second date."""

    start: tuple[str, ...] = ()
    end: tuple[str, ...] = ()


class EventMarkers(_Frozen):
    """Words before an event that only make sense for events (the time markers count too)."""

    by: tuple[str, ...] = ()  # "tijdens", "bij", "during", "at": done during or at the event
    after: tuple[str, ...] = ()  # "na afloop van", "upon": begins after the event
    weak: tuple[str, ...] = ()  # "voor", "in", "at": also plain prepositions ("voor mijn
    # studie" = for my study), so they anchor only with an edge or a relative word
    moment: tuple[str, ...] = ()  # the weak ones that also anchor a moment of the cycle
    # alone ("bij de beoordeling", "at the appraisal"); the others take arguments there
    # ("feedback op mijn rapport", "comments on the report")
    means: tuple[str, ...] = ()  # markers that before an activity say by what means, not
    # when ("through a course", "through the project"); before a date they stay a time
    skill: tuple[str, ...] = ()  # words right before the marker that make its noun what one
    # is good at ("better at the review"), not a moment
    governed: tuple[str, ...] = ()  # verb forms whose object such a marker introduces
    # ("slaag voor het examen", "aangemeld voor de audit"): no moment in their clause


class EventEdges(_Frozen):
    """Which end of an event counts: "het einde van", "afloop van", "the start of"."""

    start: tuple[str, ...] = ()
    end: tuple[str, ...] = ()


class EventConnectives(_Frozen):
    """Conjunctions that open a clause about an event: "zodra X is afgerond"."""

    by: tuple[str, ...] = ()  # "voordat", "before", "by the time": done before the event edge
    after: tuple[str, ...] = ()  # "zodra", "nadat", "once": begins after the event edge
    offset: tuple[str, ...] = ()  # "drie maanden nadat ...", "within a month of ..."
    generic: tuple[str, ...] = ()  # with these, any noun ends a clause ("zodra de verbouwing
    # klaar is"); "als"/"when" are left out because they also open conditions and habits


class EventVerbs(_Frozen):
    """Verbs that name which end of the event a clause is about."""

    start: tuple[str, ...] = ()  # "begint", "start", "starts", "starting"
    end: tuple[str, ...] = ()  # "afgerond", "afgelopen", "is over", "finishing"
    aux: tuple[str, ...] = ()  # "is", "heb", "has been": around the verb
    subjects: tuple[str, ...] = ()  # "ik", "I": "voordat ik de opleiding afrond"
    particles: tuple[str, ...] = ()  # "aan": "voordat ik aan de opleiding begin"


class EventWords(_Frozen):
    """Event-anchored deadlines: nouns of named periods and events, and the words around them.

    A match becomes a time expression of kind ``event`` with its anchor span, unless the noun
    is also a calendar entry of ``periods`` (then it resolves to a date). See docs/time.md.
    """

    periods: tuple[str, ...] = ()  # named stretches of time: "deze periode" alone is a frame
    activities: tuple[str, ...] = ()  # courses, trainings, projects: need a marker or an edge
    moments: tuple[str, ...] = ()  # appraisals, reviews, exams: need a marker or an edge
    changes: tuple[str, ...] = ()  # what the organisation goes through (a reorganisation, a
    # move, a go-live): like activities, but never the writer's purpose, so "voor de
    # reorganisatie" alone is a time, as "voor het examen" is
    occasions: tuple[str, ...] = ()  # one-off occasions named by what they open or honour:
    # a time only with that object after them ("voor de opening van de nieuwe vestiging");
    # bare ("voor opening") they are a moment of every working day
    occasion_links: tuple[str, ...] = ()  # "van", "of": what joins an occasion to its object
    month_links: tuple[str, ...] = ()  # "van": an occasion named by its month after it ("de
    # veiling van maart"); a month before the noun ("the March sale") needs no link
    name_ends: tuple[str, ...] = ()  # words that end the name of an occasion a month opens
    # ("by the March sale without ...", "before the June board meeting with ...")
    compounds: bool = False  # nouns also count as compound heads ("onderwijsperiode")
    whole_words: tuple[str, ...] = ()  # never compound heads ("focusblok" is no school block)
    determiners: tuple[str, ...] = ()
    indefinite: tuple[str, ...] = ()  # "een", "a": "for a report" names no moment in time
    modifiers: int = Field(default=2, ge=0, le=4)  # free words before the noun ("new", "Spanish")
    lengths: tuple[str, ...] = ()  # "een traject van drie maanden": its length frames the goal
    markers: EventMarkers = EventMarkers()
    edges: EventEdges = EventEdges()
    connectives: EventConnectives = EventConnectives()
    verbs: EventVerbs = EventVerbs()


class Formats(_Frozen):
    """Phrases the engine writes (the explicit deadline a safe fix inserts)."""

    deadline: str = "{day} {month} {year}"


class TimeTable(_Frozen):
    """The validated ``time:`` section of one language's rule pack."""

    months: tuple[tuple[str, ...], ...]  # 12 entries; first name is the display name
    month_abbreviations: tuple[tuple[str, ...], ...] = ()  # only valid next to a day number
    weekdays: tuple[tuple[str, ...], ...]  # 7 entries, Monday first
    case_sensitive: tuple[str, ...] = ()  # words that only count as written ("May")
    #: The language writes month and weekday names with a capital ("Monday", "June"): a
    #: goal written without case gets them back (reading.surface).
    capitalised_names: bool = False
    month_first_dates: bool = False  # "March 1st, 2027"
    numbers: dict[str, float] = Field(default_factory=dict)  # "drie": 3, "a couple of": 2
    tens: dict[str, int] = Field(default_factory=dict)  # "twintig": 20
    compound_units: dict[str, int] = Field(default_factory=dict)  # "drie": 3 for "drieëntwintig"
    compound_joiners: tuple[str, ...] = ()
    compound_order: Literal["unit_first", "tens_first"] = "tens_first"
    half_suffixes: tuple[str, ...] = ()  # "en een half", "and a half"
    fuzzy_quantifiers: tuple[str, ...] = ()  # "enkele", "a few": vague, never a date
    ordinals: dict[str, int] = Field(default_factory=dict)  # "tweede": 2
    day_ordinal_suffixes: tuple[str, ...] = ()  # "e", "ste" / "st", "nd", "rd", "th"
    day_ordinal_words: tuple[str, ...] = ()  # "first".."thirty-first": day 1..31, in order
    units: dict[str, Unit] = Field(default_factory=dict)
    markers: Markers = Markers()
    durations: DurationWords = DurationWords()
    positions: Positions = Positions()
    relative: Relative = Relative()
    articles: tuple[str, ...] = ()
    of_words: tuple[str, ...] = ()
    particles: tuple[str, ...] = ()  # trailing "nog": "dit jaar nog"
    day_words: dict[str, int] = Field(default_factory=dict)  # "morgen": 1
    period_ends: dict[str, Unit] = Field(default_factory=dict)  # "jaareinde", "year-end"
    range_joiners: tuple[str, ...] = ()  # "drie à vier maanden": the upper bound counts
    date_ranges: DateRanges = DateRanges()
    period_units: dict[str, Unit] = Field(default_factory=dict)  # "kwartaal": quarter
    week_words: tuple[str, ...] = ()  # "week", "wk" for ISO week numbers
    quarter_words: tuple[str, ...] = ()
    quarter_prefixes: tuple[str, ...] = ("Q",)
    half_words: tuple[str, ...] = ()  # "helft", "half" for half years
    half_prefixes: tuple[str, ...] = ("H",)
    recurring: Recurring = Recurring()
    vague: tuple[str, ...] = ()
    periods: dict[str, PeriodEntry] = Field(default_factory=dict)
    events: EventWords = EventWords()
    formats: Formats = Formats()

    @field_validator("months")
    @classmethod
    def _twelve(cls, value: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        if len(value) != 12 or not all(value):
            raise ValueError("months needs 12 non-empty name lists, January first")
        return value

    @field_validator("weekdays")
    @classmethod
    def _seven(cls, value: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        if len(value) != 7 or not all(value):
            raise ValueError("weekdays needs 7 non-empty name lists, Monday first")
        return value

    def with_periods(self, overrides: Mapping[str, Mapping[str, Any]]) -> TimeTable:
        """A copy with some seasons/holidays replaced or added, merged field by field.

        ``table.with_periods({"zomervakantie": {"start": "07-18", "end": "08-30"}})`` keeps the
        entry's names and changes only its dates; an unknown key adds a new entry.
        """
        merged: dict[str, Any] = {k: v.model_dump() for k, v in self.periods.items()}
        for key, fields in overrides.items():
            merged[key] = {**merged.get(key, {}), **dict(fields)}
        data = self.model_dump()
        data["periods"] = merged
        return TimeTable.model_validate(data)


def _read_time_section(text: str, origin: str) -> Mapping[str, Any]:
    raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(raw, dict) or not isinstance(raw.get("time"), dict):
        raise ValueError(f"{origin} has no 'time:' mapping")
    section: Mapping[str, Any] = raw["time"]
    return section


def _pack_text(lang: str) -> tuple[str, str]:
    """The shipped rule pack's text and where it was read from."""
    path = rules_dir() / f"{lang}.yaml"
    return path.read_text(encoding="utf-8"), str(path)


@cache
def load_time_table(lang: str) -> TimeTable:
    """The validated ``time:`` section of the built-in rule pack for ``lang`` (cached)."""
    if lang not in ("nl", "en"):
        raise ValueError(f"no time table for language {lang!r}")
    text, origin = _pack_text(lang)
    return TimeTable.model_validate(_read_time_section(text, origin))
