"""Caps that keep one hostile or mistaken file from exhausting the machine."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadLimits:
    """How much a reader accepts. A POP document is a few pages; the defaults leave two
    orders of magnitude of room and still refuse a 50 MB upload or a zip bomb."""

    max_bytes: int = 16 * 1024 * 1024
    """Largest file read at all (bytes on disk, or stdin)."""
    max_docx_members: int = 2000
    """Most members a .docx zip may hold."""
    max_docx_bytes: int = 64 * 1024 * 1024
    """Largest total uncompressed size of a .docx's members."""
    max_structure_nodes: int = 200_000
    """Most YAML/JSON nodes walked (YAML aliases can multiply a small file)."""


DEFAULT_LIMITS = ReadLimits()
