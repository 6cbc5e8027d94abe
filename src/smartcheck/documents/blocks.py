"""The shape every prose reader (text, Markdown, Word) hands to goal finding.

A reader turns its format into a flat sequence of blocks in reading order; quotes, code,
HTML and images never become blocks, so they are never linted. Text formats leave
``where`` unset (the location follows from the text's file offsets); Word sets it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from smartcheck.documents.mapped import MappedText, join
from smartcheck.documents.models import Location


@dataclass(frozen=True)
class Heading:
    level: int  # 1..6 for real headings; 9 for a bold line or a 'Title:' line in plain text
    text: MappedText
    where: Location | None = None


@dataclass(frozen=True)
class Paragraph:
    """A paragraph as its source lines (a goal section may hold one goal per line)."""

    lines: tuple[MappedText, ...]
    where: Location | None = None


@dataclass(frozen=True)
class ListItem:
    """A list item's own lines (its first paragraph, marker stripped); depth 0 is top."""

    lines: tuple[MappedText, ...]
    depth: int = 0
    where: Location | None = None

    @property
    def text(self) -> MappedText:
        """The item as one line: soft wraps joined."""
        return join([line.strip() for line in self.lines if line.text.strip()])


@dataclass(frozen=True)
class Cell:
    paragraphs: tuple[MappedText, ...]
    where: Location | None = None
    listed: tuple[bool, ...] = ()  # per paragraph: a Word list paragraph


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]
    index: int = 1
    where: Location | None = field(default=None)


Block = Heading | Paragraph | ListItem | Table
