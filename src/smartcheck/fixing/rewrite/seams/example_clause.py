"""An example opener before a whole clause, glued into the committed sentence.

'Vóór [datum] ga ik [concreet gedrag] in het schrijven van de duurzaamheidsverklaring, bv.
de teksten over governance (ESRS 2) worden bij mij te lang en te vaag.': after 'bv.', 'e.g.'
the writer told no example of the aim but a clause of what goes wrong now (a subject and
its verb: remarks.example_clause). Kept after a comma of the rewrite's sentence it reads as
an example of what the writer will do. The remark reading (remarks.py) tells it as a
sentence of its own after the rewrite; a candidate that glues it in is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.remarks import example_clause
from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Marks that end a sentence.
_SENTENCE_END = frozenset({".", "!", "?"})


def example_clause_glued(doc: Doc, style: RewriteStyle, subjects: set[str]) -> list[Seam]:
    """A comma, an example opener and a clause of someone or something else up to the
    sentence's end or its next comma, in a sentence that commits the writer (one of the
    style's subjects before the comma)."""
    if not style.example_openers:
        return []
    seams = []
    for comma in doc:
        if comma.text != "," or comma.i + 1 >= len(doc):
            continue
        piece = _piece_after(doc, comma.i + 1)
        if not piece or not example_clause(piece, subjects, style):
            continue
        if not _committed_before(doc, comma.i, style):
            continue
        words = (*(t.lower_ for t in piece[:2]), "example-clause")
        seams.append(Seam("context_committed", f"a clause after {piece[0].text!r} glued in", words))
    return seams


def _piece_after(doc: Doc, start: int) -> list[Token]:
    words = []
    for t in doc[start:]:
        if t.text in _SENTENCE_END or t.text == ",":
            break
        if not t.is_punct:
            words.append(t)
    return words


def _committed_before(doc: Doc, end: int, style: RewriteStyle) -> bool:
    """The writer's subject stands before ``end`` in its sentence ('ga ik', 'I will')."""
    for t in reversed(doc[:end]):
        if t.text in _SENTENCE_END:
            return False
        if t.lower_ in style.subjects:
            return True
    return False
