"""A list of aims kept inside one commitment after spaced dashes.

'- meer zaken afronden - minder achterstand - betere samenwerking met X' is a list written on
one line; read as one goal, the frame committed to its first item and carried the others
along: 'Ik ga meer zaken afronden - minder achterstand - betere samenwerking met X, van
[huidig aantal] naar [streefaantal]'. One dash may join a note to a goal ('... leren -
scouting, recognising thrips ...'); two or more, each opening a piece with no verb whose
first word is a word of change (a comparative by its morphology or the pack's
``comparatives``: 'minder', 'betere', 'fewer'), are several aims in one sentence.

A line the writer cut into three or more items with spaced dashes, the first a short one ('-
presenteren - netwerken met X - meer zaken doen', its list marker taken off by the reading)
is a list whatever its items open with: a sentence of the rewrite that still holds one of
its dashes carries the items along in one commitment ('Bij presenteren netwerken met X -
meer zaken doen vóór [datum] ...', the first item made a label and the next a verb with no
subject).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Dashes that join the pieces of a line.
_DASHES = frozenset({"-", "\u2013", "\u2014"})
#: How many dashed pieces of change make a list of aims.
_PIECES = 2
#: A spaced dash between two items of a line.
_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")
#: Most words of a list's first item (longer, the dashes set off notes of one goal).
_FIRST_ITEM = 3
#: A dash that opens a line as its list marker.
_MARKER = re.compile(r"^\s*[-\u2013\u2014]\s")


def aims_after_dashes(doc: Doc, changes: frozenset[str]) -> list[Seam]:
    """A sentence with at least two spaced dashes, each opening a verbless piece that a word
    of change opens."""
    seams = []
    for sentence in sentences(doc):
        pieces = _dashed_pieces(sentence)
        aims = [p for p in pieces if p and _change(p[0], changes) and not _has_verb(p)]
        if len(aims) >= _PIECES:
            words = tuple(p[0].lower_ for p in aims)
            detail = f"a list of aims after dashes in one sentence: {', '.join(words)}"
            seams.append(Seam("lost_verb", detail, (*words, "dashed-aims")))
    return seams


def dashed_list_kept(candidate: str, goal_text: str, sentences: list[str]) -> list[Seam]:
    """A sentence of ``candidate`` (cut into ``sentences``) with a spaced dash, when a line of
    ``goal_text`` is a list of three or more items between dashes."""
    listed = any(_listed(line) for line in goal_text.splitlines())
    if not listed:
        return []
    return [
        Seam("lost_verb", "a dashed list kept in one sentence", ("dashed-list",))
        for sentence in sentences
        if _SPACED_DASH.search(sentence)
    ][:1]


def _listed(line: str) -> bool:
    """A line of three or more items between spaced dashes, the first a short one ('-
    presenteren - netwerken met X - ...'; the reading takes the list marker off)."""
    body = _MARKER.sub("", line)
    items = _SPACED_DASH.split(body)
    return len(items) > _PIECES and 0 < len(items[0].split()) <= _FIRST_ITEM


def _dashed_pieces(sentence: list[Token]) -> list[list[Token]]:
    """The words after each spaced dash of ``sentence`` up to the next dash or comma."""
    pieces: list[list[Token]] = []
    current: list[Token] | None = None
    for t in sentence:
        spaced = t.i > 0 and t.doc[t.i - 1].whitespace_ and t.whitespace_
        if t.text in _DASHES and spaced:
            if current is not None:
                pieces.append(current)
            current = []
        elif current is not None and t.text in ",;.!?":
            pieces.append(current)
            current = None
        elif current is not None:
            current.append(t)
    if current is not None:
        pieces.append(current)
    return pieces


def _change(word: Token, changes: frozenset[str]) -> bool:
    if word.lower_ in changes or word.lemma_.lower() in changes:
        return True
    return word.pos_ in ("ADJ", "ADV") and "Cmp" in word.morph.get("Degree", [])


def _has_verb(piece: list[Token]) -> bool:
    """A verb in the piece; not the word right after its opening comparative, which is the
    noun it describes whatever its tag ('betere *afspraken*')."""
    return any(t.pos_ in ("VERB", "AUX") for t in piece[2:])
