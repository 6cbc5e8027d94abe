"""Plain-text reader: headings, lists and paragraphs recognised the way people type them.

A heading is a line underlined with === or ---, a '#' line, a line ending in ':' that is
very short or names a section ('Mijn doelen:'), a short line in capitals, or a short line
without end punctuation that stands alone between blank lines. A list item starts with a
typed marker ('-', '•', '1.', 'a)'); an indented line, or a line after an unfinished one,
continues it.
"""

from __future__ import annotations

import re

from smartcheck.documents.blocks import Block, Heading, ListItem, Paragraph
from smartcheck.documents.finding import MARKER_BODY, strip_marker
from smartcheck.documents.lines import Line, split_lines
from smartcheck.documents.mapped import MappedText
from smartcheck.documents.vocabulary import DocumentVocabulary

_MARKER = re.compile(rf"^([ \t]*){MARKER_BODY}[ \t]+\S")
_UNDERLINE = re.compile(r"^[ \t]*(={3,}|-{3,})[ \t]*$")
_HASH = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(?=\S)")
_END_PUNCT = re.compile(r"[.,;!?\u2026]$")
_FINISHED = re.compile(r"[.!?:\u2026][\"'\u201d\u2019)\]]*$")


def _indent(text: str) -> int:
    return len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip())


def _mapped(source: str, line: Line) -> MappedText:
    return MappedText.from_file(source, line.start, line.end)


class _Lines:
    def __init__(self, source: str, vocab: DocumentVocabulary) -> None:
        self.source = source
        self.vocab = vocab
        self.lines = split_lines(source)

    def blank(self, i: int) -> bool:
        return i < 0 or i >= len(self.lines) or not self.lines[i].text.strip()

    def is_item(self, i: int) -> bool:
        return 0 <= i < len(self.lines) and _MARKER.match(self.lines[i].text) is not None

    def underlined(self, i: int) -> bool:
        return (
            i + 1 < len(self.lines)
            and _UNDERLINE.match(self.lines[i + 1].text) is not None
            and not self.blank(i)
        )

    def heading_level(self, i: int) -> int | None:
        text = self.lines[i].text.strip()
        if self.underlined(i):
            return 1 if "=" in self.lines[i + 1].text else 2
        if (match := _HASH.match(self.lines[i].text)) is not None:
            return len(match.group(1))
        if self.is_item(i) or self.vocab.label(text) is not None:
            return None
        if self.vocab.metadata_label(text) is not None:  # 'Review date: 2025-10-01'
            return None
        words = text.split()
        # 'Mijn doelen:' is a heading; 'Dit jaar wil ik werken aan:' introduces a list.
        if text.endswith(":") and (len(words) <= 3 or self.vocab.heading_kind(text)):
            return 9
        short = 0 < len(words) <= 8
        if short and text.upper() == text and any(c.isalpha() for c in text):
            return 9
        alone = self.blank(i - 1) and (
            self.blank(i + 1) or self.is_item(i + 1) or self.underlined(i + 1)
        )
        if short and len(words) <= 6 and alone and not _END_PUNCT.search(text):
            return 9
        return None


def read_text(source: str, vocab: DocumentVocabulary) -> list[Block]:
    """Blocks of a plain-text document."""
    doc = _Lines(source, vocab)
    blocks: list[Block] = []
    indents: list[int] = []
    i, n = 0, len(doc.lines)
    while i < n:
        line = doc.lines[i]
        if doc.blank(i) or _UNDERLINE.match(line.text):
            i += 1
            continue
        level = doc.heading_level(i)
        if level is not None:
            text = _mapped(source, line)
            if (match := _HASH.match(line.text)) is not None:
                text = text.slice(match.end())
            blocks.append(Heading(level, text.strip()))
            indents = []
            i += 2 if doc.underlined(i) else 1
            continue
        if doc.is_item(i):
            indent = _indent(line.text)
            while indents and indents[-1] > indent:
                indents.pop()
            if not indents or indents[-1] < indent:
                indents.append(indent)
            parts = [_mapped(source, line)]
            j = i + 1
            while j < n and not doc.blank(j) and not doc.is_item(j):
                previous = doc.lines[j - 1].text.rstrip()
                if _indent(doc.lines[j].text) <= indent and _FINISHED.search(previous):
                    break
                if doc.heading_level(j) is not None and _indent(doc.lines[j].text) <= indent:
                    break
                parts.append(_mapped(source, doc.lines[j]))
                j += 1
            parts[0] = strip_marker(parts[0])
            blocks.append(ListItem(tuple(parts), len(indents) - 1))
            i = j
            continue
        indents = []
        parts = []
        j = i
        while j < n and not doc.blank(j) and not doc.is_item(j):
            if j > i and doc.heading_level(j) is not None:
                break
            parts.append(_mapped(source, doc.lines[j]))
            j += 1
        blocks.append(Paragraph(tuple(parts)))
        i = j
    return blocks
