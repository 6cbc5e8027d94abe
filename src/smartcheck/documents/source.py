"""Getting a document's bytes safely: only regular files, never more than the cap.

The checks come before ``open``: opening a FIFO for reading blocks until a writer appears,
and a symlink loop or a folder must be named as such, not surface as a bare OSError.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from smartcheck.documents.limits import ReadLimits
from smartcheck.errors import DocumentReadError


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def read_source(path: Path, limits: ReadLimits) -> bytes:
    """The bytes of the regular file at ``path``; a DocumentReadError names what is wrong."""
    name = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise DocumentReadError(
                name, "not-found", "is a symbolic link to nothing (broken link)"
            ) from None
        raise DocumentReadError(name, "not-found", "does not exist") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DocumentReadError(
                name, "not-a-file", "is a symbolic link loop (too many levels of links)"
            ) from None
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise DocumentReadError(
                name, "unreadable", "cannot be read: permission denied"
            ) from None
        raise DocumentReadError(name, "unreadable", f"cannot be read: {exc.strerror}") from None
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise DocumentReadError(name, "not-a-file", "is a folder, not a document")
    if stat.S_ISFIFO(mode):
        raise DocumentReadError(name, "not-a-file", "is a FIFO (named pipe), not a document")
    if not stat.S_ISREG(mode):
        raise DocumentReadError(name, "not-a-file", "is a device or socket, not a document")
    if info.st_size > limits.max_bytes:
        raise DocumentReadError(
            name,
            "too-large",
            f"is too large ({_mb(info.st_size)}; the limit is {_mb(limits.max_bytes)})",
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except PermissionError:
        raise DocumentReadError(name, "unreadable", "cannot be read: permission denied") from None
    except OSError as exc:
        raise DocumentReadError(name, "unreadable", f"cannot be read: {exc.strerror}") from None
    check_size(name, data, limits)
    return data


def check_size(name: str, data: bytes, limits: ReadLimits) -> None:
    """Refuse data over the cap (a file that grew while read, or a large stdin)."""
    if len(data) > limits.max_bytes:
        raise DocumentReadError(
            name, "too-large", f"is too large (over the limit of {_mb(limits.max_bytes)})"
        )
