"""What a reader hands the Checker: goal texts with their places and context, unjudged."""

from __future__ import annotations

from dataclasses import dataclass, field

from smartcheck.configuration.packs import MetaField
from smartcheck.documents.models import (
    ContextValue,
    DocumentFormat,
    DocumentSpan,
    Location,
    Segment,
)


@dataclass(frozen=True)
class ReadGoal:
    """A goal found in a document, before judging."""

    text: str
    location: Location
    span: DocumentSpan | None = None
    segments: tuple[Segment, ...] = ()
    context: dict[str, ContextValue] = field(default_factory=dict)


@dataclass(frozen=True)
class ReadDocument:
    format: DocumentFormat
    goals: list[ReadGoal]
    encoding: str | None = None
    newline: str | None = None
    metadata: dict[MetaField, ContextValue] = field(default_factory=dict)
    #: headings (or keys) that announce goals with no goal under them
    empty_goal_sections: tuple[ContextValue, ...] = ()
    #: non-empty sections of agreed actions ('Afspraken')
    agreements: tuple[ContextValue, ...] = ()
