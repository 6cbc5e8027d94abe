"""An elliptic contrast committed as a goal: 'Vóór [datum] ga ik niet alleen de 2 waar ik nu op
sta.'

'Ik wil alle ovens leren bedienen, niet alleen de 2 waar ik nu op sta': the piece after the
comma says what the goal goes beyond ('not only the two I run now'), a noun phrase that leans
on the verb before it. Cut off as a goal of its own, the frame commits to no act: 'ga ik niet
alleen de 2 ...' has no verb of its own (the relative clause's 'sta' is the noun's). The
check: the commitment ('ga ik', 'I will') followed by a negation and a restricting word (the
pack's ``restricting_words``: 'niet alleen', 'not just'), with no infinitive of its own after
them before the clause ends (a verb of a relative clause does not count).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Marks that end the clause.
_CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "-", "\u2013", "\u2014"})
#: Dependency labels of a verb inside a clause of a noun (its verb is no act of the writer).
_NOUN_CLAUSE = frozenset({"acl", "acl:relcl", "relcl"})


def contrast_committed(doc: Doc, style: RewriteStyle, negations: frozenset[str]) -> list[Seam]:
    """Each commitment that opens with 'not only' (one of ``negations``, the pack's, and a
    restricting word) and holds no act of its own."""
    auxes = {a.lower() for a in style.subjects.values()}
    restricting = {w.lower() for w in style.restricting_words}
    seams = []
    for t in doc[1:-2]:
        pair = {t.nbor(-1).lower_, t.lower_}
        if not (pair & set(style.subjects) and pair & auxes):
            continue
        negation, word = t.nbor(1), t.nbor(2)
        if negation.lower_ not in negations or word.lower_ not in restricting:
            continue
        rest = []
        for u in doc[word.i + 1 :]:
            if u.text in _CLAUSE_END:
                break
            rest.append(u)
        if rest and not any(_own_verb(u) for u in rest):
            words = (negation.lower_, word.lower_, rest[0].lower_)
            detail = f"a contrast committed without a verb: {' '.join(words)!r}"
            seams.append(Seam("lost_verb", detail, (*words, "negated-contrast")))
    return seams


def _own_verb(token: Token) -> bool:
    """A bare verb of the clause itself, not one of a relative clause after a noun."""
    if token.pos_ not in ("VERB", "AUX") or "Inf" not in token.morph.get("VerbForm", []):
        return False
    return not any(a.dep_ in _NOUN_CLAUSE for a in (token, *token.ancestors))
