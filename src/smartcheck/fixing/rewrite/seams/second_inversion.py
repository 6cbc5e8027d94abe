"""Dutch: a second main-clause verb after a side clause inside the committed clause: 'Vóór
[datum] ga ik als X er niet is wil ik de planning maken'.

A fronted side clause takes the finite verb right after it ("Als X er niet is, wil ik ...":
the clause is the sentence's first part). A frame that puts its own front and committed
verb before the whole goal ("Vóór [datum] ga ik ...") leaves that verb and its subject
standing after the side clause: two finite verbs before their subject in one main clause.
Judged by parse: two finite verbs each right before the writer as subject ('ga ik', 'wil
ik') with no conjunction, comma or sentence end between them; the goal's own such pairs
excepted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import is_finite
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.reading.goal import Goal


def inverted_twice(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A second 'verb + ik' after the committed one in the same main clause."""
    if style.word_order != "v2":
        return []
    own = {v.lower_ for v in _second_inversions(goal.doc, style)} if goal.doc is not None else set()
    return [
        Seam("two_finite", f"{verb.text!r} before the subject again", (verb.lower_, "inverted"))
        for verb in _second_inversions(doc, style)
        if verb.lower_ not in own
    ]


def _second_inversions(doc: Doc, style: RewriteStyle) -> list[Token]:
    subjects = {s.lower() for s in style.subjects}
    found = []
    for sentence in doc.sents:
        first: Token | None = None
        for t in sentence[:-1]:
            if t.pos_ == "CCONJ" or t.text in ",;:.!?()":
                first = None  # 'ga ik X en wil ik Y', 'ga ik X, nu moet ik Y': a clause of
                continue  # its own (a comma between two main clauses, a sentence end or an
                # aside in brackets the parser kept in the sentence: '... halen. (nu rijd ik')
            nxt = t.nbor(1)
            modal = t.lower_ in style.modals and t.pos_ in ("VERB", "AUX")  # 'kan' (-an)
            if nxt.lower_ not in subjects or not t.is_alpha or not (modal or is_finite(t)):
                continue
            if first is None:
                first = t
            elif t.nbor(-1).pos_ != "SCONJ":
                found.append(t)
    return found
