"""Calendar arithmetic the resolvers share: month ends, month adding, ISO weeks, Easter.

All functions are pure and raise ValueError/OverflowError on impossible input; the engine
catches those so a bad date is dropped, never raised.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from smartcheck.reading.timex.model import Granularity

MIN_YEAR = 1900
MAX_YEAR = 2999


@dataclass(frozen=True)
class Interval:
    """A resolved stretch of days (a single day is first == last)."""

    first: date
    last: date
    granularity: Granularity
    relative: bool = False


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_duration(day: date, months: float, days: float) -> date:
    """``day`` plus a (possibly fractional) number of months and days.

    Half months count as 15 days, so "anderhalve maand" is one month and 15 days.
    """
    whole = int(months)
    extra_days = round((months - whole) * 30 + days)
    return add_months(day, whole) + timedelta(days=extra_days)


def week_monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def iso_week(year: int, week: int) -> Interval:
    """Monday..Sunday of ISO week ``week`` of ``year``; ValueError if it does not exist."""
    monday = date.fromisocalendar(year, week, 1)
    return Interval(monday, monday + timedelta(days=6), "week")


def month_interval(year: int, month: int) -> Interval:
    return Interval(date(year, month, 1), month_end(year, month), "month")


def quarter_interval(year: int, quarter: int) -> Interval:
    first_month = 3 * (quarter - 1) + 1
    return Interval(date(year, first_month, 1), month_end(year, first_month + 2), "quarter")


def half_interval(year: int, half: int) -> Interval:
    first_month = 1 if half == 1 else 7
    return Interval(date(year, first_month, 1), month_end(year, first_month + 5), "quarter")


def year_interval(year: int) -> Interval:
    return Interval(date(year, 1, 1), date(year, 12, 31), "year")


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def day_spec(spec: str, year: int) -> date:
    """A table day ("07-11" or "easter+49") in ``year``."""
    if spec.startswith("easter"):
        return easter(year) + timedelta(days=int(spec[6:]))
    month, day = spec.split("-")
    return date(year, int(month), int(day))


def check_year(year: int) -> int:
    """``year`` if it is a plausible goal year; ValueError otherwise ("year 99999")."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"implausible year {year}")
    return year
