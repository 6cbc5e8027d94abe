"""Lines of a decoded text with their offsets; CRLF, LF and lone CR each end one line."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from smartcheck.documents.models import Location

_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Line:
    start: int  # offset of the first character
    end: int  # offset just past the last character (before the line break)
    text: str


def split_lines(text: str) -> list[Line]:
    lines, start = [], 0
    for match in _BREAK.finditer(text):
        lines.append(Line(start, match.start(), text[start : match.start()]))
        start = match.end()
    if start < len(text) or not lines:
        lines.append(Line(start, len(text), text[start:]))
    return lines


class LineIndex:
    """Offset -> 1-based line and column."""

    def __init__(self, lines: list[Line]) -> None:
        self._starts = [line.start for line in lines]

    def location(self, offset: int) -> Location:
        row = max(0, bisect_right(self._starts, offset) - 1)
        return Location(line=row + 1, column=offset - self._starts[row] + 1)
