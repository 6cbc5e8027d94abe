"""The time engine: find, classify and resolve every time expression in a goal.

Pure and fast (plain regexes over the raw text, built from the rule pack's ``time:`` words);
dateparser only sees leftover spans. See docs/time.md.
"""

from smartcheck.reading.timex.engine import (
    find_time_expressions,
    governing_deadline,
    pointing_back,
)
from smartcheck.reading.timex.formatting import format_deadline
from smartcheck.reading.timex.model import Granularity, Kind, TimeExpression
from smartcheck.reading.timex.so_far import lengths_so_far
from smartcheck.reading.timex.table import PeriodEntry, TimeTable, load_time_table

__all__ = [
    "Granularity",
    "Kind",
    "PeriodEntry",
    "TimeExpression",
    "TimeTable",
    "find_time_expressions",
    "format_deadline",
    "governing_deadline",
    "lengths_so_far",
    "load_time_table",
    "pointing_back",
]
