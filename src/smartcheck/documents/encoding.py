"""Decoding a text document: UTF-8, UTF-8 with BOM, UTF-16 with BOM, then cp1252.

The BOM is dropped from the text and reported in the encoding name, so offsets are offsets
into the text a person sees; line breaks are left exactly as written. cp1252 (what Word and
Notepad on Windows save as "ANSI") decodes almost any byte, so it is accepted only when the
result looks like Dutch or English prose; otherwise the encoding is unknown.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from smartcheck.errors import DocumentReadError

_CONTROL_OK = frozenset("\t\n\r\f\v")
_MAX_FOREIGN_SHARE = 0.3  # cp1252 Dutch has a few é/ë/ï; mojibake has many
_MIN_FOREIGN = 10  # below this there is too little to tell
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    """A decoded text and how: ``encoding`` is utf-8, utf-8-sig, utf-16 or cp1252."""

    text: str
    encoding: str
    bom: bytes


def _has_controls(text: str) -> bool:
    return any(ord(c) < 32 and c not in _CONTROL_OK for c in text)


def decode_bytes(name: str, data: bytes) -> Decoded:
    """Decode ``data`` (from the file ``name``) or raise a DocumentReadError saying why not."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            if data.startswith(codecs.BOM_UTF32_LE):
                break  # UTF-32 shares UTF-16's first two bytes
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise DocumentReadError(
                    name,
                    "encoding",
                    f"has a {label} byte-order mark but is not valid {label} "
                    f"(byte {exc.start + len(bom)})",
                ) from None
            if _has_controls(text):
                raise DocumentReadError(name, "binary", "is a binary file, not text")
            return Decoded(text, label, bom)
    if b"\x00" in data:
        raise DocumentReadError(
            name, "binary", "is a binary file, not text (or UTF-16/32 without a byte-order mark)"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _has_controls(text):
            raise DocumentReadError(name, "binary", "is a binary file, not text")
        return Decoded(text, "utf-8", b"")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DocumentReadError(
            name,
            "encoding",
            f"is in an unknown encoding (not UTF-8, UTF-16 with BOM or cp1252; "
            f"byte 0x{data[exc.start]:02x} at offset {exc.start})",
        ) from None
    if _has_controls(text):
        raise DocumentReadError(name, "binary", "is a binary file, not text")
    foreign = sum(1 for c in text if ord(c) > 127)
    letters = sum(1 for c in text if c.isalpha()) or 1
    if foreign / letters > _MAX_FOREIGN_SHARE:
        raise DocumentReadError(
            name,
            "encoding",
            "is in an unknown encoding (not UTF-8, UTF-16 with BOM, and as cp1252 it is not "
            "readable text)",
        )
    return Decoded(text, "cp1252", b"")


def first_newline(text: str) -> str | None:
    """The first line break as written ('\\n', '\\r\\n' or '\\r'), or None."""
    for i, char in enumerate(text):
        if char == "\n":
            return "\n"
        if char == "\r":
            return "\r\n" if text[i + 1 : i + 2] == "\n" else "\r"
    return None
