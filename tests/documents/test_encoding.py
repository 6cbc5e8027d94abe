"""Encodings and line breaks: the reader says which encoding it used and keeps offsets
into the text exactly as written."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from smartcheck import Checker
from smartcheck.documents import decode_bytes

TEXT = (
    "Mijn doelen:\n- Ik rond vóór 1 juli 2027 de cursus Excel af.\n- Ik leer één\n  nieuwe taal.\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252"],
)
def test_encodings(blank_checker: Checker, data: bytes, encoding: str) -> None:
    result = blank_checker.check_document("pop.txt", data=data)
    assert result.encoding == encoding
    assert [g.text for g in result.goals] == [
        "Ik rond vóór 1 juli 2027 de cursus Excel af.",
        "Ik leer één nieuwe taal.",
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_line_breaks_are_kept_and_offsets_index_the_original(
    blank_checker: Checker, tmp_path: Path, newline: str
) -> None:
    text = TEXT.replace("\n", newline)
    path = tmp_path / "pop.txt"
    path.write_bytes(text.encode("utf-8"))
    result = blank_checker.check_document(path)
    assert result.newline == newline
    first, second = result.goals
    assert (first.location.line, first.location.column) == (2, 3)
    assert (second.location.line, second.location.column) == (3, 3)
    assert first.span is not None and second.span is not None
    assert text[first.span.start : first.span.end] == first.text
    # the wrapped goal spans the line break as written; its segments map each piece back
    assert text[second.span.start : second.span.end] == f"Ik leer één{newline}  nieuwe taal."
    for seg in second.segments:
        piece = second.text[seg.goal_start : seg.goal_start + seg.length]
        assert text[seg.doc_start : seg.doc_start + seg.length] == piece
    assert second.document_offset(second.text.index("nieuwe")) == text.index("nieuwe")
    # the joining space has no place in the file: before it is the end of line 1, after it
    # the start of line 2
    assert second.document_offset(len("Ik leer één")) == text.index(newline + "  nieuwe")
    assert second.document_offset(len("Ik leer één ")) == text.index("nieuwe")


def test_cp1252_accepted_only_for_readable_text() -> None:
    prose = "Ik wil in 2027 één cursus per kwartaal volgen en het café-overleg leiden."
    assert decode_bytes("x.txt", prose.encode("cp1252")).encoding == "cp1252"
