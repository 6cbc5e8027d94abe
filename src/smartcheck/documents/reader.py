"""From a path (or bytes) to the goals in it: format, decoding, reader, goal finding.

This module ties the readers together; it knows nothing about judging. Every problem with
the input is a :class:`~smartcheck.errors.DocumentReadError` naming the file.
"""

from __future__ import annotations

from pathlib import Path

from smartcheck.configuration.packs import MetaField
from smartcheck.documents.blocks import Heading
from smartcheck.documents.encoding import decode_bytes, first_newline
from smartcheck.documents.finding import Finding, Found, find_goals
from smartcheck.documents.found import ReadDocument, ReadGoal
from smartcheck.documents.limits import ReadLimits
from smartcheck.documents.lines import LineIndex, split_lines
from smartcheck.documents.mapped import MappedText
from smartcheck.documents.models import (
    ContextValue,
    DocumentFormat,
    DocumentSpan,
    Location,
    Segment,
)
from smartcheck.documents.source import check_size, read_source
from smartcheck.documents.vocabulary import DocumentVocabulary
from smartcheck.errors import DocumentReadError

FORMATS_BY_SUFFIX: dict[str, DocumentFormat] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".docx": "docx",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
}
_REFUSED = {
    ".doc": "is an old binary Word .doc file; save it as .docx",
    ".pdf": "is a PDF; export the POP as .docx, Markdown or text",
    ".odt": "is an OpenDocument file; save it as .docx",
    ".rtf": "is an RTF file; save it as .docx",
}


def format_of(name: str, declared: str | None = None) -> DocumentFormat:
    """The format named ``declared``, else the one the file name's suffix says (plain text
    when it says nothing)."""
    if declared is not None:
        by_name: dict[str, DocumentFormat] = {fmt: fmt for fmt in FORMATS_BY_SUFFIX.values()}
        suffix = declared.lower() if declared.startswith(".") else f".{declared.lower()}"
        known = by_name.get(declared.lower()) or FORMATS_BY_SUFFIX.get(suffix)
        if known is None:
            raise DocumentReadError(
                name,
                "unsupported",
                f"has an unknown format {declared!r} (known: {', '.join(sorted(by_name))})",
            )
        return known
    suffix = Path(name).suffix.lower()
    if suffix in _REFUSED:
        raise DocumentReadError(name, "unsupported", _REFUSED[suffix])
    return FORMATS_BY_SUFFIX.get(suffix, "text")


def read_document(
    path: str | Path,
    vocab: DocumentVocabulary,
    limits: ReadLimits,
    data: bytes | None = None,
    format: str | None = None,
) -> ReadDocument:
    """Read the document at ``path`` (or ``data``, with ``path`` as its name)."""
    name = str(path)
    fmt = format_of(name, format)
    if data is None:
        data = read_source(Path(path), limits)
    else:
        check_size(name, data, limits)
    if fmt == "docx":
        from smartcheck.documents.word import read_docx

        finding = read_docx(name, data, vocab, limits)
        goals = [_finish(f, None) for f in finding.goals]
        return _document("docx", goals, finding, None, None, None)
    decoded = decode_bytes(name, data)
    source = decoded.text
    newline = first_newline(source)
    if fmt in ("yaml", "json"):
        from smartcheck.documents.structured import read_structured

        return read_structured(name, source, fmt, vocab, limits, decoded.encoding, newline)
    if fmt == "markdown":
        from smartcheck.documents.markdown import read_markdown

        blocks = read_markdown(source)
    else:
        from smartcheck.documents.text import read_text

        blocks = read_text(source, vocab)
    index = LineIndex(split_lines(source))
    finding = find_goals(blocks, vocab, plain=fmt == "text")
    goals = [_finish(f, index) for f in finding.goals]
    return _document(fmt, goals, finding, index, decoded.encoding, newline)


def _document(
    fmt: DocumentFormat,
    goals: list[ReadGoal],
    finding: Finding,
    index: LineIndex | None,
    encoding: str | None,
    newline: str | None,
) -> ReadDocument:
    def heading(head: Heading) -> ContextValue:
        where = _place(head.text, head.where, index)
        text = head.text.text.strip()
        return ContextValue(text=text, source=f"heading '{text}' ({where})", location=where)

    return ReadDocument(
        fmt,
        goals,
        encoding,
        newline,
        _metadata(finding, index),
        tuple(heading(h) for h in finding.empty_goal_sections),
        tuple(heading(h) for h in finding.agreements),
    )


def _place(text: MappedText, where: Location | None, index: LineIndex | None) -> Location:
    start = text.doc_start()
    if index is not None and start is not None:
        return index.location(start)
    return where or Location()


def _finish(found: Found, index: LineIndex | None) -> ReadGoal:
    text = found.text
    location = _place(text, found.where, index)
    span = None
    start, end = text.doc_start(), text.doc_end()
    if index is not None and start is not None and end is not None:
        span = DocumentSpan(start=start, end=end)
    context: dict[str, ContextValue] = {}
    for role, item in found.context.items():
        where = _place(item.text, item.where, index)
        source = f"{item.kind} '{item.label}' ({where})"
        context[role] = ContextValue(text=item.text.text, source=source, location=where)
    segments = tuple(Segment(goal_start=a, doc_start=d, length=n) for a, d, n in text.runs)
    return ReadGoal(text.text, location, span, segments if index else (), context)


def _metadata(finding: Finding, index: LineIndex | None) -> dict[MetaField, ContextValue]:
    """The form's own fields as written, each with where it stands."""
    fields: dict[MetaField, ContextValue] = {}
    for name, item in finding.metadata.items():
        where = _place(item.text, item.where, index)
        source = f"{item.kind} '{item.label}' ({where})"
        fields[name] = ContextValue(text=item.text.text, source=source, location=where)
    return fields
