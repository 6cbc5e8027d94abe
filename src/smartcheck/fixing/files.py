"""Fixes written back to a document without losing anything.

The text is re-encoded exactly as it was read (same codec, same byte-order mark; line
breaks are part of the text and untouched), so every byte outside the edits stays the same;
this is checked before writing, and a file that changed since it was read is left alone.
The new bytes go to a temporary file in the same folder, which then replaces the original
in one ``os.replace`` (atomic on POSIX and Windows): an interrupted fix never leaves a
half-written document. Applying the same fixes again finds nothing left to change.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from smartcheck.errors import SmartcheckError


class FixWriteError(SmartcheckError):
    """A fix could not be written back (encoding, a changed file, an OS error)."""


@dataclass(frozen=True)
class TextEdit:
    """Replace ``text[start:end]`` of the decoded document by ``replacement``."""

    start: int
    end: int
    replacement: str


class Span(Protocol):
    """What an edit needs: the span it replaces and its replacement."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def replacement(self) -> str: ...


E = TypeVar("E", bound=Span)


def apply_text_edits(text: str, edits: Iterable[E]) -> tuple[str, list[E]]:
    """Apply non-overlapping edits (first come in text order wins); returns what was taken.
    A second edit at the same start is skipped too: two insertions there would both land
    (the same insertion proposed by two findings)."""
    taken: list[E] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.end > len(text) or edit.start > edit.end:
            continue
        if taken and (edit.start < taken[-1].end or edit.start == taken[-1].start):
            continue
        taken.append(edit)
    for edit in reversed(taken):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text, taken


def codec_for(encoding: str, bom: bytes) -> str:
    """The Python codec that writes text back as ``encoding`` (BOM written separately)."""
    if encoding == "utf-16":
        return "utf-16-be" if bom == codecs.BOM_UTF16_BE else "utf-16-le"
    if encoding == "utf-8-sig":
        return "utf-8"
    return encoding


def encode_like(name: str, text: str, encoding: str, bom: bytes) -> bytes:
    try:
        return bom + text.encode(codec_for(encoding, bom))
    except UnicodeEncodeError as exc:
        raise FixWriteError(
            f"{name}: the fix has {exc.object[exc.start : exc.end]!r}, which {encoding} "
            "cannot hold; not written"
        ) from None


def write_atomic(path: Path, data: bytes, expected: bytes) -> None:
    """Replace ``path``'s content by ``data`` in one step, if it still holds ``expected``."""
    name = str(path)
    try:
        if path.read_bytes() != expected:
            raise FixWriteError(f"{name}: changed while it was being checked; not written")
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError as exc:
        raise FixWriteError(f"{name}: cannot write the fix: {exc.strerror}") from None
    _replace_through_temp(path, data, mode, f"{name}: cannot write the fix")


def write_new(path: Path, data: bytes) -> None:
    """Write ``path`` (new, or replaced whole) through a temporary file and one rename."""
    _replace_through_temp(path, data, 0o644, f"{path}: cannot be written")


def _replace_through_temp(path: Path, data: bytes, mode: int, problem: str) -> None:
    """Write ``data`` to a temporary file beside ``path``, flushed to disk, then rename it over
    ``path`` in one step; on any failure the temporary file is removed and ``path`` is as it
    was. An OSError becomes a FixWriteError starting with ``problem``."""
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise FixWriteError(f"{problem}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise FixWriteError(f"{problem}: {exc.strerror}") from None
        raise


def fixed_bytes(
    name: str, original: bytes, text: str, encoding: str, bom: bytes, edits: list[TextEdit]
) -> tuple[bytes, str]:
    """The new file content and text after ``edits``; refuses when the text would not
    re-encode to the original bytes (then bytes outside the edits could change)."""
    if encode_like(name, text, encoding, bom) != original:
        raise FixWriteError(
            f"{name}: re-encoding as {encoding} would change bytes outside the fix; not written"
        )
    new_text, _ = apply_text_edits(text, edits)
    return encode_like(name, new_text, encoding, bom), new_text


def unified_diff(name: str, old: str, new: str) -> str:
    """A unified diff of the text (line breaks kept as written)."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=f"a/{name}",
        tofile=f"b/{name}",
    )
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n" for line in lines)
