"""Markdown reader on markdown-it-py (CommonMark plus GFM tables).

The parser's token map gives each block's source lines; the characters of each inline text
piece are then found in those lines in order, so a goal keeps the file offset of every
character although emphasis, link targets and line breaks are dropped from its text.
Block quotes, code, HTML blocks and images never become blocks.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from smartcheck.documents.blocks import Block, Cell, Heading, ListItem, Paragraph, Table
from smartcheck.documents.lines import Line, split_lines
from smartcheck.documents.mapped import MappedText, join

_SKIPPED_CONTAINERS = {"blockquote_open": "blockquote_close"}


class _Source:
    """The file's lines, and the raw inline content of a block mapped back onto them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[Line] = split_lines(text)

    def raw(self, token: Token, cursor: list[int] | None = None) -> MappedText:
        """The inline token's content, each content line found in its source line."""
        if token.map is None:
            return MappedText.loose(token.content)
        out = MappedText()
        for k, content_line in enumerate(token.content.split("\n")):
            if k:
                out = out + MappedText.loose("\n")
            row = token.map[0] + k
            if row >= len(self.lines):
                out = out + MappedText.loose(content_line)
                continue
            line = self.lines[row]
            stripped = content_line.strip()
            start = cursor[0] if cursor and k == 0 else 0
            pos = line.text.find(stripped, max(0, start - line.start)) if stripped else -1
            if pos < 0:
                out = out + MappedText.loose(content_line)
                continue
            if cursor is not None:
                cursor[0] = line.start + pos + len(stripped)
            out = out + MappedText.from_file(
                self.text, line.start + pos, line.start + pos + len(stripped)
            )
        return out


def render_lines(token: Token, raw: MappedText) -> list[MappedText]:
    """The text a reader sees, one item per source line: text and code pieces kept (each
    found in ``raw`` in order), markup, link targets, images and inline HTML dropped."""
    lines = [MappedText()]
    cursor = 0
    for child in token.children or []:
        if child.type == "image":
            continue
        if child.type == "html_inline":
            at = raw.text.find(child.content, cursor)
            if at >= 0:
                cursor = at + len(child.content)
            continue
        if child.type in ("softbreak", "hardbreak"):
            lines.append(MappedText())
            continue
        if child.type == "link_close":
            cursor = _past_link_target(raw.text, cursor)
            continue
        if child.type not in ("text", "code_inline") or not child.content:
            continue
        piece = child.content
        at = raw.text.find(piece, cursor)
        if at < 0:
            lines[-1] = lines[-1] + MappedText.loose(piece)
            continue
        lines[-1] = lines[-1] + raw.slice(at, at + len(piece))
        cursor = at + len(piece)
    return lines


def render_inline(token: Token, raw: MappedText) -> MappedText:
    """The inline content as one line (breaks become spaces)."""
    return join([line.strip() for line in render_lines(token, raw)])


def _past_link_target(raw: str, cursor: int) -> int:
    """Skip '](target "title")' or '][ref]' after a link's text."""
    at = raw.find("]", cursor)
    if at < 0:
        return cursor
    if raw[at + 1 : at + 2] == "(":
        depth, i = 0, at + 1
        while i < len(raw):
            if raw[i] == "(":
                depth += 1
            elif raw[i] == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
    if raw[at + 1 : at + 2] == "[":
        end = raw.find("]", at + 2)
        return end + 1 if end >= 0 else cursor
    return at + 1


def _inline_text(source: _Source, token: Token) -> MappedText:
    return render_inline(token, source.raw(token))


def read_markdown(text: str) -> list[Block]:
    """Blocks of a Markdown document in reading order."""
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = md.parse(text)
    source = _Source(text)
    blocks: list[Block] = []
    depth = -1  # list nesting: -1 outside lists
    first_in_item: list[bool] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type in _SKIPPED_CONTAINERS:
            i = _skip(tokens, i, tok.type, _SKIPPED_CONTAINERS[tok.type])
            continue
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif tok.type == "list_item_open":
            first_in_item.append(True)
        elif tok.type == "list_item_close":
            first_in_item.pop()
        elif tok.type == "heading_open":
            inline = tokens[i + 1]
            blocks.append(Heading(int(tok.tag[1:]), _inline_text(source, inline)))
            i += 3
            continue
        elif tok.type == "paragraph_open":
            inline = tokens[i + 1]
            lines = _paragraph_lines(source, inline)
            if first_in_item and first_in_item[-1]:
                blocks.append(ListItem(lines, max(depth, 0)))
                first_in_item[-1] = False
            else:
                blocks.append(Paragraph(lines))
            i += 3
            continue
        elif tok.type == "table_open":
            end = _skip(tokens, i, "table_open", "table_close")
            blocks.append(_table(source, tokens[i:end], sum(isinstance(b, Table) for b in blocks)))
            i = end
            continue
        i += 1
    return blocks


def _paragraph_lines(source: _Source, inline: Token) -> tuple[MappedText, ...]:
    """A paragraph as lines, so a goal section with one goal per line keeps them apart
    (goal finding joins wrapped lines again)."""
    return tuple(render_lines(inline, source.raw(inline)))


def _skip(tokens: list[Token], i: int, open_type: str, close_type: str) -> int:
    """The index just past the container that opens at ``i``."""
    level = 0
    while i < len(tokens):
        if tokens[i].type == open_type:
            level += 1
        elif tokens[i].type == close_type:
            level -= 1
            if level == 0:
                return i + 1
        i += 1
    return i


def _table(source: _Source, tokens: list[Token], before: int) -> Table:
    rows: list[tuple[Cell, ...]] = []
    row: list[Cell] = []
    cursor = [0]
    for k, tok in enumerate(tokens):
        if tok.type == "tr_open":
            row = []
            cursor = [0]
        elif tok.type == "tr_close":
            rows.append(tuple(row))
        elif tok.type == "inline" and k and tokens[k - 1].type in ("th_open", "td_open"):
            raw = source.raw(tok, cursor)
            row.append(Cell((render_inline(tok, raw),)))
    return Table(tuple(rows), index=before + 1)
