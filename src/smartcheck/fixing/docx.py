"""Fixes for Word documents, written to ``NAME.fixed.docx`` beside the original (which is
never touched).

A fix replaces a phrase inside one run of the goal's paragraph, so the run keeps its font,
style and every other property, and the rest of the package (styles, numbering, headers,
images) is saved back by python-docx unchanged. A phrase that Word split over runs with
different formatting, or that is no longer where the reader found it, is not fixed; the
reason is returned instead.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from smartcheck.fixing.files import write_new


@dataclass(frozen=True)
class DocxEdit:
    """Replace ``old`` by ``new`` in the paragraph at ``paragraph`` (1-based body paragraph
    index) or in the cell at ``table``/``row``/``cell`` (1-based, merged cells counted once)."""

    old: str
    new: str
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None

    def where(self) -> str:
        if self.paragraph is not None:
            return f"paragraph {self.paragraph}"
        return f"table {self.table}, row {self.row}, cell {self.cell}"


def fixed_name(path: Path) -> Path:
    """``pop.docx`` -> ``pop.fixed.docx`` in the same folder."""
    return path.with_name(f"{path.stem}.fixed{path.suffix}")


def _paragraphs(document: object, edit: DocxEdit) -> list[Paragraph]:
    body_paragraphs = tables = 0
    for item in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(item, Table):
            tables += 1
            if edit.table == tables and edit.row is not None and edit.cell is not None:
                return _cell_paragraphs(item, edit.row, edit.cell)
            continue
        body_paragraphs += 1
        if edit.paragraph == body_paragraphs:
            return [item]
    return []


def _cell_paragraphs(table: Table, row: int, cell: int) -> list[Paragraph]:
    if not 1 <= row <= len(table.rows):
        return []
    unique: list[Any] = []
    for candidate in table.rows[row - 1].cells:
        if not any(candidate._tc is other._tc for other in unique):
            unique.append(candidate)
    return list(unique[cell - 1].paragraphs) if 1 <= cell <= len(unique) else []


def _runs(paragraphs: Iterable[Paragraph]) -> Iterator[object]:
    for paragraph in paragraphs:
        yield from paragraph.runs


def apply_docx_edits(data: bytes, edits: list[DocxEdit]) -> tuple[bytes, list[str], list[str]]:
    """The fixed document's bytes, the edits applied and the reasons others were not."""
    document = Document(io.BytesIO(data))
    applied: list[str] = []
    refused: list[str] = []
    for edit in edits:
        paragraphs = _paragraphs(document, edit)
        runs = [run for run in _runs(paragraphs) if edit.old in run.text]  # type: ignore[attr-defined]
        if len(runs) == 1 and runs[0].text.count(edit.old) == 1:  # type: ignore[attr-defined]
            run = runs[0]
            run.text = run.text.replace(edit.old, edit.new)  # type: ignore[attr-defined]
            applied.append(f"{edit.where()}: {edit.old!r} -> {edit.new!r}")
        elif any(edit.old in p.text for p in paragraphs):
            refused.append(
                f"{edit.where()}: {edit.old!r} is split over differently formatted parts "
                "(or appears twice); change it by hand"
            )
        else:
            refused.append(f"{edit.where()}: {edit.old!r} is no longer there")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), applied, refused


def write_fixed_docx(
    path: Path, data: bytes, edits: list[DocxEdit]
) -> tuple[Path | None, list[str], list[str]]:
    """Write ``NAME.fixed.docx`` when at least one edit applies; returns where, what, why not."""
    fixed, applied, refused = apply_docx_edits(data, edits)
    if not applied:
        return None, applied, refused
    target = fixed_name(path)
    write_new(target, fixed)
    return target, applied, refused
