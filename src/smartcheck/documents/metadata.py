"""The form's own fields, typed: the conversation date, the plan's period, the phase, names.

Goal finding keeps the labelled fields as written (``ReadDocument.metadata``); this module
reads their values. Dates go through the time engine with each language's ``time:`` words
(the document's language first), so '12 maart 2024', '2024-03-12' and 'March 12, 2024' are
read alike. A field that names no full date (no year: '12 maart') keeps its text and gets
no value: a year-less date would otherwise be placed after the reference date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from smartcheck.configuration.packs import MetaField
from smartcheck.documents.models import (
    ContextValue,
    DocumentMetadata,
    MetadataDate,
    MetadataName,
    MetadataPhase,
)
from smartcheck.documents.vocabulary import DocumentVocabulary
from smartcheck.reading.timex import TimeExpression, TimeTable, find_time_expressions

Interval = tuple[date | None, date | None]
Tables = Sequence[tuple[str, TimeTable]]

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.]\d{2}(?!\d)")
_YEAR_RANGE = re.compile(r"^\s*((?:19|20)\d\d)\s*[-\u2013\u2014/]\s*((?:19|20)\d\d)\s*$")
_ONLY_YEAR = re.compile(r"^\D*((?:19|20)\d\d)\D*$")


def _full(expr: TimeExpression) -> bool:
    return bool(_YEAR.search(expr.text) or _NUMERIC_DATE.search(expr.text))


def _interval(text: str, tables: Tables, ref: date) -> Interval:
    """The first and last day ``text`` names ('2025': the year; 'maart 2025': the month;
    '12 maart 2025': that day), or (None, None)."""
    only = _ONLY_YEAR.match(text)
    if only is not None and not any(c.isalpha() for c in text):
        year = int(only.group(1))
        return date(year, 1, 1), date(year, 12, 31)
    for lang, table in tables:
        for expr in find_time_expressions(text, lang, ref, table):
            if expr.due is None or expr.kind not in ("deadline", "start") or not _full(expr):
                continue
            return _first_day(expr.due, expr.granularity), expr.due
    return None, None


def _first_day(due: date, granularity: str | None) -> date:
    if granularity == "month":
        return due.replace(day=1)
    if granularity == "quarter":
        return date(due.year, due.month - 2, 1)
    if granularity == "year":
        return date(due.year, 1, 1)
    if granularity == "week":
        return due - timedelta(days=6)
    return due


def _split(text: str, tables: Tables) -> tuple[str, str] | None:
    """The two ends of a range ('2024-2025', '1 januari 2024 t/m 31 december 2024',
    'from March 2024 to March 2025'), with the packs' range words."""
    years = _YEAR_RANGE.match(text)
    if years is not None:
        return years.group(1), years.group(2)
    for _, table in tables:
        ends = sorted(table.date_ranges.end, key=len, reverse=True)
        starts = sorted(table.date_ranges.start, key=len, reverse=True)
        if not ends:
            continue
        joiner = r"\s(?:" + "|".join(re.escape(e) for e in ends) + r")\s"
        parts = re.split(joiner, text, maxsplit=1, flags=re.IGNORECASE)
        if len(parts) == 2:
            left = parts[0].strip()
            for word in starts:
                if left.lower().startswith(word.lower() + " "):
                    left = left[len(word) :].strip()
                    break
            right = parts[1].strip()
            # '1 januari t/m 31 december 2024': the start takes the end's year
            year = _YEAR.search(right)
            if year is not None and not _YEAR.search(left):
                left = f"{left} {year.group(0)}"
            return left, right
    return None


def _period(text: str, tables: Tables, ref: date) -> Interval:
    ends = _split(text, tables)
    if ends is None:
        return _interval(text, tables, ref)
    start, _ = _interval(ends[0], tables, ref)
    _, end = _interval(ends[1], tables, ref)
    return start, end


def _dated(field: ContextValue, value: date | None) -> MetadataDate:
    return MetadataDate(text=field.text, source=field.source, location=field.location, value=value)


def resolve_metadata(
    raw: Mapping[MetaField, ContextValue],
    vocab: DocumentVocabulary,
    tables: Tables,
    ref: date,
) -> DocumentMetadata:
    """The typed fields of a document from its fields as written. ``tables``: each
    language's time words, the document's language first."""
    values: dict[str, object] = {}
    if (field := raw.get("conversation_date")) is not None:
        _, day = _interval(field.text, tables, ref)
        values["conversation_date"] = _dated(field, day)
    if (field := raw.get("period")) is not None:
        start, end = _period(field.text, tables, ref)
        values["period_start"], values["period_end"] = _dated(field, start), _dated(field, end)
    if (field := raw.get("period_start")) is not None:
        values["period_start"] = _dated(field, _interval(field.text, tables, ref)[0])
    if (field := raw.get("period_end")) is not None:
        values["period_end"] = _dated(field, _interval(field.text, tables, ref)[1])
    if (field := raw.get("phase")) is not None:
        values["phase"] = MetadataPhase(
            text=field.text,
            source=field.source,
            location=field.location,
            value=vocab.phase_of(field.text),
        )
    for role in ("employee", "manager"):
        if (field := raw.get(role)) is not None:
            values[role] = MetadataName(
                text=field.text, source=field.source, location=field.location, value=field.text
            )
    return DocumentMetadata.model_validate(values)
