"""format_deadline: the explicit phrase a safe fix writes ("vóór 23 februari 2027")."""

from __future__ import annotations

from datetime import date

from smartcheck.reading.timex.table import TimeTable, load_time_table


def format_deadline(due: date, lang: str, table: TimeTable | None = None) -> str:
    """The deadline as words from the table's ``formats.deadline`` and month names."""
    t = table if table is not None else load_time_table(lang)
    month = t.months[due.month - 1][0]
    return t.formats.deadline.format(day=due.day, month=month, year=due.year)
