"""Inline suppression comments in Markdown and plain text.

``<!-- smartcheck: ignore T001 -->`` silences those codes (all codes when none are named) on
the next goal; ``<!-- smartcheck: disable -->`` ... ``<!-- smartcheck: enable -->`` on every
goal in between; in plain text ``# smartcheck: ignore T001`` (and ``disable``/``enable``)
works too. Markdown comments are found with markdown-it's HTML tokens, so a comment shown
inside a code block is not a directive. A directive that silences nothing is reported
(``SC001``), as ruff reports an unused ``noqa``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt

UNUSED_CODE = "SC001"
_COMMENT = re.compile(
    r"<!--\s*smartcheck:\s*(ignore|disable|enable)\b([^>]*?)\s*-->", re.IGNORECASE
)
_HASH = re.compile(r"^\s*#\s*smartcheck:\s*(ignore|disable|enable)\b(.*)$", re.IGNORECASE)


@dataclass
class Directive:
    kind: str
    codes: tuple[str, ...]
    line: int
    end_line: int | None = None  # for disable: the line of its enable (None: end of file)
    used: bool = False

    def covers(self, code: str) -> bool:
        return not self.codes or any(code.startswith(c) for c in self.codes)

    def describe(self) -> str:
        codes = " " + " ".join(self.codes) if self.codes else ""
        return f"smartcheck: {self.kind}{codes}"


def _codes(rest: str) -> tuple[str, ...]:
    return tuple(part.upper() for part in re.split(r"[\s,]+", rest.strip()) if part)


def _markdown_comments(text: str) -> list[tuple[int, str]]:
    """(line, html) of every HTML block and inline HTML in a Markdown text."""
    found: list[tuple[int, str]] = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type == "html_block" and token.map:
            found.append((token.map[0] + 1, token.content))
        elif token.type == "inline" and token.map and token.children:
            for child in token.children:
                if child.type == "html_inline":
                    found.append((token.map[0] + 1, child.content))
    return found


def parse_directives(text: str, markdown: bool) -> list[Directive]:
    """The directives of a document, in order, with each disable's range closed."""
    raw: list[tuple[int, str, str]] = []
    if markdown:
        for line, html in _markdown_comments(text):
            raw += [(line, m.group(1).lower(), m.group(2)) for m in _COMMENT.finditer(html)]
    else:
        for number, content in enumerate(text.splitlines(), start=1):
            found = _COMMENT.search(content) or _HASH.match(content)
            if found:
                raw.append((number, found.group(1).lower(), found.group(2)))
    directives: list[Directive] = []
    open_disables: list[Directive] = []
    for line, kind, rest in raw:
        if kind == "enable":
            for directive in open_disables:
                directive.end_line = line
            open_disables = []
            continue
        directive = Directive(kind=kind, codes=_codes(rest), line=line)
        directives.append(directive)
        if kind == "disable":
            open_disables.append(directive)
    return directives


@dataclass
class Suppressions:
    """Which directives apply to the goal starting on a given line."""

    directives: list[Directive] = field(default_factory=list)
    goal_lines: list[int] = field(default_factory=list)

    def applying(self, goal_line: int) -> list[Directive]:
        result = []
        for d in self.directives:
            if d.kind == "ignore":
                following = [line for line in self.goal_lines if line > d.line]
                if following and min(following) == goal_line:
                    result.append(d)
            elif d.line < goal_line and (d.end_line is None or goal_line < d.end_line):
                result.append(d)
        return result

    def silences(self, goal_line: int, code: str) -> bool:
        hit = False
        for directive in self.applying(goal_line):
            if directive.covers(code):
                directive.used = True
                hit = True
        return hit

    def unused(self) -> list[Directive]:
        return [d for d in self.directives if not d.used]
