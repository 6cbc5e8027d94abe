"""A deadline put before a noun phrase: the first clause after the frame's date has neither
subject nor verb.

'By [date], better communication with the VTS centre and the other operators, sometimes
info gets lost between shifts, ...': the frame dated the writer's wish told as a noun
phrase ('Better communication with ...'). A verb later in the sentence (the writer's own
remark, 'info gets lost') hides it from the check of the whole head (verbless.py), but the
clause the date opens is a fragment: nobody will do anything. Judged per clause: from the
date to the next comma, semicolon, colon or dash; a clause with a subject ('By [date], I
will, with help from ...') is one whatever follows, and a verb (an imperative 'write the
guide', a Dutch 'ga ik') makes it one. A phrase set off before the commitment that follows
in the sentence ('By [date], each morning, I will ...') is no fragment either; a noun
phrase before it is ('By [date], less complaints about the mess, we will leave behind').
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.parses import stand_ins
from smartcheck.fixing.rewrite.seams.surface import PLACEHOLDER
from smartcheck.fixing.rewrite.seams.verbless import counts_as_verb
from smartcheck.fixing.rewrite.stops import sentence_ends
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Marks that end the clause the date opens.
_CLAUSE_END = frozenset({",", ";", ":", "-", "\u2013", "\u2014", ".", "!", "?"})


def dated_fragment(candidate: str, doc: Doc, style: RewriteStyle) -> list[Seam]:
    """The clause right after a sentence-opening '<preposition> [date]', or the first
    clause of a sentence the frame's phrases follow ('More overview in my inbox, I miss
    mails, by [date], ...'), with no subject and no verb."""
    date = re.escape(style.placeholders.date)
    seams: list[Seam] = []
    opened = set()
    for found in re.finditer(rf"(?:^|(?<=[.!?]\s))[^\s\[]+ {date},?\s+", candidate):
        opened.add(found.start())
        clause = _clause_from(doc, len(stand_ins(candidate[: found.end()], style)))
        seams += _fragment(clause, doc, style, trailing=False)
    cuts = [0, *sentence_ends(candidate, style.abbreviations), len(candidate)]
    for begin, end in pairwise(cuts):
        sentence = candidate[begin:end]
        start = begin + len(sentence) - len(sentence.lstrip())
        if start in opened or not PLACEHOLDER.search(sentence):
            continue
        head = re.split(r"[,;:]|\s[-\u2013\u2014]\s", sentence, maxsplit=1)[0]
        if PLACEHOLDER.search(head) or len(head) == len(sentence):
            continue  # the frame's own words open it, or no clause of the writer's before it
        clause = _clause_from(doc, len(stand_ins(candidate[:start], style)))
        seams += _fragment(clause, doc, style, trailing=True)
    return seams


def _clause_from(doc: Doc, start: int) -> list[Token]:
    clause = []
    for t in doc:
        if t.idx < start:
            continue
        if t.text in _CLAUSE_END:
            break
        clause.append(t)
    return clause


def _fragment(clause: list[Token], doc: Doc, style: RewriteStyle, trailing: bool) -> list[Seam]:
    """The seam of ``clause`` when it has neither subject nor verb and is no phrase set off
    before the commitment (``trailing``: the frame's phrases come after the sentence's
    clauses, so any commitment in it is the writer's clause)."""
    if clause and clause[0].text == "(":  # 'By [date] (autumn), I will': the date's aside
        close = next((n for n, t in enumerate(clause) if t.text == ")"), len(clause) - 1)
        clause = clause[close + 1 :]
    if not clause or any(t.lower_ in style.subjects for t in clause):
        return []
    opening = next((t for t in clause if t.pos_ != "ADV"), clause[0])  # 'together with'
    set_off = opening.pos_ in _SET_OFF  # 'as a dental nurse', 'each morning'
    if (set_off or trailing) and committed_later(doc, clause[-1].i, style):
        return []  # 'By [date], as a dental nurse, I will ...': a phrase set off first
    if any(counts_as_verb(t, n == 0, style) and not _qualifier(t) for n, t in enumerate(clause)):
        return []
    words = tuple(t.lower_ for t in clause[:3])
    return [Seam("lost_verb", f"a frame on a fragment: {' '.join(words)!r}...", words)]


def committed_later(doc: Doc, after: int, style: RewriteStyle) -> bool:
    """The commitment ('I will', 'ga ik', 'ik ga') follows in the same sentence: the clause
    was a phrase set off before it ('each morning', 'together with the team')."""
    for t in doc[after + 1 : -1]:
        if t.text in _SENTENCE_END:
            return False
        nxt = t.nbor(1)
        aux = style.subjects.get(t.lower_)
        if aux is not None and nxt.lower_ == aux.lower():
            return True
        if (
            t.lower_ in {a.lower() for a in style.subjects.values()}
            and nxt.lower_ in style.subjects
        ):
            return True
    return False


#: Word classes that open a phrase set off before a clause after any adverb ('as a nurse',
#: 'each morning', 'before the press arrives', 'together with the team'; not 'also less
#: complaints', a noun phrase).
_SET_OFF = frozenset({"ADP", "SCONJ", "DET"})
#: Marks that end a sentence.
_SENTENCE_END = frozenset({".", "!", "?"})


def _qualifier(token: Token) -> bool:
    """An adjective before its noun ('*better* communication', '*better* planning'), or
    a comparative one, which the dictionary also knows as a verb ('to better')."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    noun = after is not None and (after.pos_ in ("NOUN", "PROPN") or after.tag_ == "VBG")
    return token.pos_ == "ADJ" and (noun or token.tag_ in _COMPARED)


#: English tags of a comparative or superlative adjective ('better', 'best').
_COMPARED = frozenset({"JJR", "JJS"})
