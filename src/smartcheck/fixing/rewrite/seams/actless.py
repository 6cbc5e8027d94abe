"""A commitment with no act: 'Ik ga liefst voor het zomerseizoen ([datum]), ...', 'I will
preferably before the summer ([date]), ...'.

The committed auxiliary the frame puts after the writer ('ga', 'will'; the pack's
``subjects``) takes the goal's act. When the writer's sentence that the frame took as the
goal held only a time or a manner ('Liefst voor het zomerseizoen.', the act standing in
another clause or sentence), the frame commits the writer to a time: the clause after the
auxiliary holds only that time, adverbs and function words, no verb and no object. Judged
by parse: the clause runs from the auxiliary to the first comma, stop or conjunction, and
the time expressions the reading stage finds in it do not count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.timex.model import TimeExpression

#: Word classes that carry no act of their own in the clause after the auxiliary.
_NO_ACT = frozenset({"ADV", "ADP", "DET", "PUNCT", "SPACE", "PART", "SYM"})
#: Marks that end the auxiliary's clause.
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?"})


def commitment_without_act(
    doc: Doc, times: Sequence[TimeExpression], style: RewriteStyle
) -> list[Seam]:
    """The writer's committed auxiliary whose clause holds nothing but times and adverbs."""
    subjects = {s.lower() for s in style.subjects}
    auxiliaries = {v.lower() for v in style.subjects.values()}
    spans = [(t.start, t.end) for t in times]
    seams = []
    for token in doc:
        if token.lower_ not in auxiliaries:
            continue
        beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        subject = next((t for t in beside if t.lower_ in subjects), None)
        if subject is None:
            continue
        clause = _clause_after(doc, max(token.i, subject.i) + 1)
        if clause and not any(_carries_act(t, spans) for t in clause):
            seams.append(Seam("lost_verb", f"{token.text!r} commits to no act", (token.lower_,)))
    return seams


def _clause_after(doc: Doc, start: int) -> list[Token]:
    """The tokens from ``start`` to the end of their clause."""
    clause = []
    for token in doc[start:]:
        if token.text in _CLAUSE_ENDS or token.pos_ in ("CCONJ", "SCONJ"):
            break
        clause.append(token)
    return clause


def _carries_act(token: Token, spans: Sequence[tuple[int, int]]) -> bool:
    """Is ``token`` part of an act: no adverb or function word, and outside every time?"""
    if token.pos_ in _NO_ACT or token.text in "()[]":
        return False
    return not any(start <= token.idx < end for start, end in spans)
