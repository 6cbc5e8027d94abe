"""The value the time engine returns: one time expression found in a goal."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["deadline", "start", "recurring", "vague", "event"]
Granularity = Literal["day", "week", "month", "quarter", "season", "year"]
Source = Literal["pattern", "dateparser"]
Relation = Literal["by", "after"]


class Anchor(BaseModel):
    """The named period or event an ``event`` expression hangs on ("mijn proeftijd",
    "the next appraisal"): ``goal_text[start:end] == text``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class TimeExpression(BaseModel):
    """A time expression in a goal, with its span, kind and (for deadlines/starts) due date.

    ``text`` is always ``goal_text[start:end]`` and includes its marker ("vóór 1 maart 2027",
    "Binnen drie maanden", "by Friday"). ``due`` is the last day by which a deadline is due, or
    the first day of a start; it is never set for recurring, vague or event expressions.

    An ``event`` expression is time-bound by a named period or event whose calendar date the
    goal does not give ("voor het einde van mijn proeftijd", "by my next appraisal"):
    ``anchor`` is that period or event, and ``relation`` says whether the goal is done by it
    (``by``: before, at, during or at the end of it) or begins after it (``after``: "na
    afloop van de cursus", "once the course is finished").
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
    anchor: Anchor | None = Field(
        default=None, description="For kind 'event': the named period or event it hangs on."
    )
    relation: Relation | None = Field(
        default=None,
        description="For kind 'event': 'by' (done by/at/during it) or 'after' (starts after it).",
    )
