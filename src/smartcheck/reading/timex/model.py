"""The value the time engine returns: one time expression found in a goal."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

Kind = Literal["deadline", "start", "recurring", "vague"]
Granularity = Literal["day", "week", "month", "quarter", "season", "year"]
Source = Literal["pattern", "dateparser"]


class TimeExpression(BaseModel):
    """A time expression in a goal, with its span, kind and (for deadlines/starts) due date.

    ``text`` is always ``goal_text[start:end]`` and includes its marker ("vóór 1 maart 2027",
    "Binnen drie maanden", "by Friday"). ``due`` is the last day by which a deadline is due, or
    the first day of a start; it is never set for recurring or vague expressions.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    start: int
    end: int
    kind: Kind
    due: date | None = None
    granularity: Granularity | None = None
    source: Source = "pattern"
    relative: bool = False
