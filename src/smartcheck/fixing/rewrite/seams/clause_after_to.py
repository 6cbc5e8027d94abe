"""English: an infinitive marker followed by a clause with its own subject, before any verb
of its own: 'I'd like to *last time it ran* over by an hour'; or by a finite auxiliary
with a contracted negation ('in order to *don't* know what exactly yet').

A split that gives the writer's wish ('I'd like to') to the next part of the sentence puts
it before a clause that tells something else ('last time it ran over'): 'to' then has no
verb, the clause after it has its own subject and finite verb. Non-verb-second languages
(a Dutch 'te' comes right before its verb at the clause's end).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import SUBJECT_DEPS
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def clause_after_to(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """Each infinitive marker whose words up to a subject with its finite verb hold no
    verb."""
    if style.word_order == "v2":
        return []
    markers = {m.lower() for m in style.infinitive_markers}
    seams = []
    for to in doc:
        if to.lower_ not in markers or (to.dep_ != "mark" and to.pos_ != "PART"):
            continue
        if _contracted_after(doc, to):  # 'in order to don't know what yet': a finite
            detail = f"{to.text!r} before {doc[to.i + 1].text}{doc[to.i + 2].text!r}"
            seams.append(Seam("lost_verb", detail, (to.lower_, "to-clause")))
            continue  # negation, a clause told after a comma, framed as the aim
        subject = _subject_after(doc, to)
        if subject is not None:
            detail = f"{to.text!r} before the clause of {subject.head.text!r}"
            seams.append(Seam("lost_verb", detail, (to.lower_, "to-clause")))
    return seams


def _contracted_after(doc: Doc, to: Token) -> bool:
    """An auxiliary with a contracted negation right after ``to`` ('to *don't* know',
    'to *can't*'): a contraction is always finite, never the infinitive 'to' needs."""
    if to.i + 2 >= len(doc):
        return False
    aux, negation = doc[to.i + 1], doc[to.i + 2]
    return aux.pos_ in ("AUX", "VERB") and negation.lower_ in ("n't", "n\u2019t")


def _subject_after(doc: Doc, to: Token) -> Token | None:
    """The first subject after ``to`` whose verb is finite and after it, when no verb and no
    punctuation come between."""
    for t in doc[to.i + 1 :]:
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return None
        verb = t.head
        finite = "Fin" in verb.morph.get("VerbForm", [])
        if t.dep_ in SUBJECT_DEPS and verb.i > t.i and finite:
            return t
    return None
