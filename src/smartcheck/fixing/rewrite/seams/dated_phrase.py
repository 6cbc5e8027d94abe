"""A deadline put before a noun phrase: the first clause after the frame's date has neither
subject nor verb.

'By [date], better communication with the VTS centre and the other operators, sometimes
info gets lost between shifts, ...': the frame dated the writer's wish told as a noun
phrase ('Better communication with ...'). A verb later in the sentence (the writer's own
remark, 'info gets lost') hides it from the check of the whole head (verbless.py), but the
clause the date opens is a fragment: nobody will do anything. Judged per clause: from the
date to the next comma, semicolon, colon or dash; a clause with a subject ('By [date], I
will, with help from ...') is one whatever follows, and a verb (an imperative 'write the
guide', a Dutch 'ga ik') makes it one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.parses import stand_ins
from smartcheck.fixing.rewrite.seams.verbless import counts_as_verb
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Marks that end the clause the date opens.
_CLAUSE_END = frozenset({",", ";", ":", "-", "\u2013", "\u2014", ".", "!", "?"})


def dated_fragment(candidate: str, doc: Doc, style: RewriteStyle) -> list[Seam]:
    """The clause right after a sentence-opening '<preposition> [date]' with no subject
    and no verb."""
    date = re.escape(style.placeholders.date)
    seams: list[Seam] = []
    for found in re.finditer(rf"(?:^|(?<=[.!?]\s))[^\s\[]+ {date},?\s+", candidate):
        start = len(stand_ins(candidate[: found.end()], style))
        clause = []
        for t in doc:
            if t.idx < start:
                continue
            if t.text in _CLAUSE_END:
                break
            clause.append(t)
        if not clause or any(t.lower_ in style.subjects for t in clause):
            continue
        if any(
            counts_as_verb(t, n == 0, style) and not _qualifier(t) for n, t in enumerate(clause)
        ):
            continue
        words = tuple(t.lower_ for t in clause[:3])
        seams.append(Seam("lost_verb", f"a date before {' '.join(words)!r}...", words))
    return seams


def _qualifier(token: Token) -> bool:
    """An adjective before its noun ('*better* communication', '*better* planning'), or
    a comparative one, which the dictionary also knows as a verb ('to better')."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    noun = after is not None and (after.pos_ in ("NOUN", "PROPN") or after.tag_ == "VBG")
    return token.pos_ == "ADJ" and (noun or token.tag_ in _COMPARED)


#: English tags of a comparative or superlative adjective ('better', 'best').
_COMPARED = frozenset({"JJR", "JJS"})
