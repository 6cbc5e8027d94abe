"""Word (.docx) reader on python-docx: body paragraphs in order (with Word's own list
numbering), and table cells.

The zip is inspected before python-docx opens it: too many members or too many unpacked
bytes (as the archive declares them; Python's zip reader never inflates past the declared
size) is refused as a possible zip bomb. python-docx's XML parser does not resolve
entities. Locations are 1-based: body paragraph index, or table/row/cell.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from smartcheck.documents.blocks import Block, Cell, Heading, ListItem, Paragraph, Table
from smartcheck.documents.finding import Finding, find_goals
from smartcheck.documents.limits import ReadLimits
from smartcheck.documents.mapped import MappedText
from smartcheck.documents.models import Location
from smartcheck.documents.vocabulary import DocumentVocabulary
from smartcheck.errors import DocumentReadError

_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
_T, _TAB = qn("w:t"), qn("w:tab")
_TEXT_NODES = (
    "./descendant::*[self::w:t or self::w:tab or self::w:br or self::w:cr]"
    "[not(ancestor::w:txbxContent)][not(ancestor::w:del)]"
)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .doc container
_HEADING_STYLE = re.compile(r"^(?:heading|kop)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = {"title", "titel", "subtitle", "ondertitel"}
_QUOTE_STYLES = {"quote", "intense quote", "citaat", "duidelijk citaat"}
_NESTED_LIST_STYLE = re.compile(r"^list\b.*?(\d)$", re.IGNORECASE)
_MB = 1024 * 1024


def check_archive(name: str, data: bytes, limits: ReadLimits) -> None:
    """Refuse what is not a plausible .docx before any XML is parsed."""
    if data.startswith(_OLE):
        raise DocumentReadError(
            name, "unsupported", "is an old binary Word .doc file; save it as .docx"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise DocumentReadError(
            name, "corrupt", "is not a valid .docx (not a zip archive)"
        ) from None
    members = archive.infolist()
    if len(members) > limits.max_docx_members:
        raise DocumentReadError(
            name,
            "too-large",
            f"has {len(members)} zip members (limit {limits.max_docx_members}); refused as a "
            "possible zip bomb",
        )
    unpacked = sum(m.file_size for m in members)
    if unpacked > limits.max_docx_bytes:
        raise DocumentReadError(
            name,
            "too-large",
            f"would unpack to {unpacked / _MB:.1f} MB (limit {limits.max_docx_bytes / _MB:.1f} "
            "MB); refused as a possible zip bomb",
        )
    if "word/document.xml" not in archive.namelist():
        raise DocumentReadError(name, "corrupt", "is not a Word document (no word/document.xml)")


def read_docx(name: str, data: bytes, vocab: DocumentVocabulary, limits: ReadLimits) -> Finding:
    """The goals (and the form's own fields) of a .docx document."""
    check_archive(name, data, limits)
    try:
        document = Document(io.BytesIO(data))
        parent: Any = document._body
        blocks = list(_blocks(_content(document.element.body, parent)))
    except DocumentReadError:
        raise
    except Exception as exc:  # python-docx raises many types on a damaged package
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DocumentReadError(name, "corrupt", f"is a corrupt .docx: {reason}") from None
    return find_goals(blocks, vocab, plain=False)


def _content(element: Any, parent: Any) -> Iterator[DocxParagraph | DocxTable]:
    """Paragraphs and tables in document order, including those inside block-level content
    controls (``w:sdt``), which Word forms use for their fields."""
    for child in element.iterchildren():
        if child.tag == _P:
            yield DocxParagraph(child, parent)
        elif child.tag == _TBL:
            yield DocxTable(child, parent)
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _content(content, parent)


def paragraph_text(paragraph: DocxParagraph) -> str:
    """All the paragraph's text as Word shows it: runs, hyperlinks, fields and inline
    content controls (python-docx's ``.text`` leaves out the last two); tabs and breaks as
    whitespace; text boxes and deleted text left out."""
    parts = []
    for node in paragraph._p.xpath(_TEXT_NODES):
        if node.tag == _T:
            parts.append(node.text or "")
        elif node.tag == _TAB:
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _blocks(content: Iterator[DocxParagraph | DocxTable]) -> Iterator[Block]:
    paragraph = table = 0
    for item in content:
        if isinstance(item, DocxTable):
            table += 1
            yield _table(item, table)
            continue
        paragraph += 1
        where = Location(paragraph=paragraph)
        text = paragraph_text(item)
        if not text.strip() or _style_name(item).strip().lower() in _QUOTE_STYLES:
            continue
        mapped = MappedText.loose(text)
        level = _heading_level(item)
        if level is not None:
            yield Heading(level, mapped, where)
            continue
        depth = _list_level(item)
        if depth is not None:
            yield ListItem(tuple(MappedText.loose(line) for line in text.split("\n")), depth, where)
        else:
            lines = tuple(MappedText.loose(line) for line in text.split("\n"))
            yield Paragraph(lines, where)


def _style_name(paragraph: DocxParagraph) -> str:
    style = paragraph.style
    return (style.name or "") if style is not None else ""


def _heading_level(paragraph: DocxParagraph) -> int | None:
    name = _style_name(paragraph).strip()
    match = _HEADING_STYLE.match(name)
    if match:
        return int(match.group(1))
    if name.lower() in _TITLE_STYLES:
        return 1
    runs = [r for r in paragraph.runs if r.text.strip()]
    text = paragraph_text(paragraph)
    words = text.split()
    bold = bool(runs) and all(r.bold for r in runs) and len(words) <= 10
    runs_hold_all = "".join(r.text for r in paragraph.runs).strip() == text.strip()
    if bold and runs_hold_all and not text.rstrip().endswith((".", ",", ";")):
        return 9  # a bold line on its own: how forms mark a section
    return None


def _list_level(paragraph: DocxParagraph) -> int | None:
    """The Word list level (0 = top) of a numbered or bulleted paragraph, else None."""
    ppr = paragraph._p.pPr
    num_pr: Any = ppr.numPr if ppr is not None else None
    if num_pr is not None:
        ilvl = num_pr.ilvl
        return int(ilvl.val) if ilvl is not None and ilvl.val is not None else 0
    style = paragraph.style
    while style is not None:
        style_ppr = style.element.pPr
        if style_ppr is not None and style_ppr.numPr is not None:
            return _style_depth(paragraph)
        style = style.base_style
    if "list" in _style_name(paragraph).lower():
        return _style_depth(paragraph)
    return None


def _style_depth(paragraph: DocxParagraph) -> int:
    """'List Number 2', 'List Bullet 3': Word's nested list styles name their level."""
    match = _NESTED_LIST_STYLE.match(_style_name(paragraph).strip())
    return int(match.group(1)) - 1 if match else 0


def _table(table: DocxTable, index: int) -> Table:
    rows = []
    for r, row in enumerate(table.rows, start=1):
        cells: list[Cell] = []
        seen: list[object] = []
        for cell in row.cells:
            if any(cell._tc is other for other in seen):  # a merged cell repeats
                continue
            seen.append(cell._tc)
            cells.append(_cell(cell, Location(table=index, row=r, cell=len(cells) + 1)))
        rows.append(tuple(cells))
    return Table(tuple(rows), index=index)


def _cell(cell: _Cell, where: Location) -> Cell:
    texts, listed = [], []
    for item in _content(cell._tc, cell):
        if not isinstance(item, DocxParagraph):
            continue  # a table nested in a cell is not read
        text = paragraph_text(item)
        if text.strip():
            texts.append(MappedText.loose(" ".join(text.split())))
            listed.append(_list_level(item) is not None)
    return Cell(tuple(texts), where, tuple(listed))
