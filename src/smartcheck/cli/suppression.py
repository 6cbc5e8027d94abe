"""Inline suppression comments in Markdown and plain text.

``<!-- smartcheck: ignore T001 -->`` silences those codes (all codes when none are named) on
the next goal, or on the next line that plan advice points at (P103's heading, P104's date
field), whichever comes first; ``<!-- smartcheck: disable -->`` ...
``<!-- smartcheck: enable -->`` on every goal and located plan advice in between;
``<!-- smartcheck: ignore-file P105 -->`` anywhere in the file silences those codes in the
whole file, plan advice without a place (P101, P102, P105, P106) included. In plain text
``# smartcheck: ignore T001`` (and the other kinds) works too. Markdown comments are found
with markdown-it's HTML tokens, so a comment shown inside a code block is not a directive. A
directive that silences nothing is reported (``SC001``), as ruff reports an unused ``noqa``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt

UNUSED_CODE = "SC001"
_KINDS = r"(ignore-file|ignore|disable|enable)(?![\w-])"
_COMMENT = re.compile(r"<!--\s*smartcheck:\s*" + _KINDS + r"([^>]*?)\s*-->", re.IGNORECASE)
_HASH = re.compile(r"^\s*#\s*smartcheck:\s*" + _KINDS + r"(.*)$", re.IGNORECASE)


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
    """Which directives apply to the goal (or located plan advice) on a given line.

    ``goal_lines`` and ``notice_lines`` together are what an ``ignore`` can point at: the
    first of them after the comment."""

    directives: list[Directive] = field(default_factory=list)
    goal_lines: list[int] = field(default_factory=list)
    notice_lines: list[int] = field(default_factory=list)

    def applying(self, line: int | None) -> list[Directive]:
        """The directives for what stands on ``line``; only file-wide ones when it has none."""
        targets = [*self.goal_lines, *self.notice_lines]
        result = []
        for d in self.directives:
            if d.kind == "ignore-file":
                result.append(d)
            elif line is None:
                continue
            elif d.kind == "ignore":
                following = [target for target in targets if target > d.line]
                if following and min(following) == line:
                    result.append(d)
            elif d.line < line and (d.end_line is None or line < d.end_line):
                result.append(d)
        return result

    def silences(self, line: int | None, code: str) -> bool:
        hit = False
        for directive in self.applying(line):
            if directive.covers(code):
                directive.used = True
                hit = True
        return hit

    def unused(self) -> list[Directive]:
        return [d for d in self.directives if not d.used]
