"""Word specifics: content controls (how HR forms hold their fields), nested list levels,
locations."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from smartcheck import Checker

_INLINE_SDT = (
    f"<w:sdt {nsdecls('w')}><w:sdtPr><w:alias w:val='Doel'/></w:sdtPr><w:sdtContent>"
    "<w:r><w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>"
)


def _wrap_in_block_sdt(element: object) -> None:
    """Move a body paragraph or table into a block-level content control."""
    sdt = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent/></w:sdt>")
    element.addprevious(sdt)  # type: ignore[attr-defined]
    sdt[1].append(element)


def _form() -> bytes:
    doc = Document()
    doc.add_heading("Ontwikkeldoelen", 1)
    item = doc.add_paragraph("Ik rond vóór 1 mei 2027 de cursus Lean af.", style="List Bullet")
    _wrap_in_block_sdt(item._p)
    labelled = doc.add_paragraph("Doel 2: ")
    labelled._p.append(parse_xml(_INLINE_SDT.format(text="Ik leer de planning zelf maken.")))
    table = doc.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text = "Doel"
    table.rows[0].cells[1].text = "Deadline"
    cell = table.rows[1].cells[0]
    cell.paragraphs[0].text = "Ik geef twee lessen over valpreventie."
    _wrap_in_block_sdt(cell.paragraphs[0]._p)
    table.rows[1].cells[1].text = "1 juni 2027"
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_content_controls_are_read(blank_checker: Checker) -> None:
    result = blank_checker.check_document("form.docx", data=_form())
    assert result.errors == ()
    assert [(g.text, str(g.location)) for g in result.goals] == [
        ("Ik rond vóór 1 mei 2027 de cursus Lean af.", "paragraph 2"),
        ("Ik leer de planning zelf maken.", "paragraph 3"),
        ("Ik geef twee lessen over valpreventie.", "table 1, row 2, cell 1"),
    ]
    assert result.goals[2].context == {"deadline": "1 juni 2027"}


def test_nested_list_styles_are_steps(blank_checker: Checker) -> None:
    doc = Document()
    doc.add_heading("Goals", 1)
    doc.add_paragraph("I pass the exam by 1 June 2027.", style="List Number")
    doc.add_paragraph("Book the exam.", style="List Number 2")
    doc.add_paragraph("I lead two workshops.", style="List Bullet")
    doc.add_paragraph("Ask Mark.", style="List Bullet 2")
    out = io.BytesIO()
    doc.save(out)
    result = blank_checker.check_document("pdp.docx", data=out.getvalue())
    assert [g.text for g in result.goals] == [
        "I pass the exam by 1 June 2027.",
        "I lead two workshops.",
    ]
