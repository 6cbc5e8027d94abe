"""English: a means in -ing with a bare verb coordinated to it ('by checking X and *review*
Y').

A clause of means opens on a gerund ('by checking that every Friday') and every act
coordinated with it takes the same form ('..., calling two customers and reviewing the
causes'). A rewrite that turned only some of the writer's present verbs ('I check ...,
call ... and review ...') into gerunds leaves a bare verb after 'and': 'by checking that
every Friday and review the causes', a sentence no English writer would write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.routine_means import gerund_of
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: The preposition that opens a clause of means, and the tags of a bare present verb.
_MEANS = "by"
_BARE = frozenset({"VB", "VBP"})
_GERUND = "VBG"


def bare_after_gerund(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """'by' + a gerund, and later in the same clause a coordinator before a bare verb."""
    if style.word_order == "v2":
        return []
    seams: list[Seam] = []
    for t in doc[:-2]:
        if t.lower_ != _MEANS or doc[t.i + 1].tag_ != _GERUND:
            continue
        for u in doc[t.i + 2 : -1]:
            if u.text in ".;:!?":
                break
            nxt = doc[u.i + 1]
            if u.pos_ == "CCONJ" and _bare_verb(doc, nxt.i):
                detail = f"'{u.text} {nxt.text}' after '{t.text} {doc[t.i + 1].text}'"
                seams.append(Seam("word_order", detail, (nxt.lower_, "gerund-list")))
                break
    return seams


def _bare_verb(doc: Doc, at: int) -> bool:
    """A bare verb: tagged so, or a word with an -ing form the dictionary knows before its
    object (the tagger calls 'review' in 'and review the list' a noun)."""
    word = doc[at]
    if word.tag_ in _BARE and word.pos_ in ("VERB", "AUX"):
        return True
    after = doc[at + 1] if at + 1 < len(doc) else None
    objected = after is not None and after.pos_ in ("DET", "PRON")
    return word.pos_ == "NOUN" and objected and gerund_of(word.lower_, "en") is not None
