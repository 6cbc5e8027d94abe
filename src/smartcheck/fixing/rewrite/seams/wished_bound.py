"""A wish with a bound and no verb: 'ik wil hooguit [aantal] keer een klacht', 'I want at
most [number] complaints'.

The bound R001 puts in place of an absolute ("nooit meer een klacht" -> "hooguit [aantal]
keer een klacht") counts what the writer does or gets. Left as the object of a wish verb
with no verb of its own ("... en ik wil nooit meer een klacht"), it says the writer wants
the complaints: a wish for a thing is whole Dutch and English ("ik wil een vaste baan"),
a wish for a bounded number of bad things is not. Judged by parse: a finite wish verb (the
pack's ``wish_verbs``) whose clause holds the number's stand-in and no verb, in a candidate
that has the number placeholder (which no goal writes: the bound is the rewrite's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import infinitive_like
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext

#: What ends the wish's clause: punctuation, a conjunction, a subordinator.
_CLAUSE_ENDS = frozenset({"CCONJ", "SCONJ"})


def wish_without_verb(
    candidate: str, doc: Doc, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """A wish verb whose clause has the bound's number and no verb."""
    if style.placeholders.number not in candidate:
        return []
    wishes = {w.lower() for w in ctx.pack.words("wish_verbs")}
    number = style.seam_fillers.get("number", "")
    return [
        Seam("lost_verb", f"{wish.text!r} wants a bounded thing, no act", (wish.lower_,))
        for wish in _verbless_wishes(doc, wishes, number)
    ]


def _verbless_wishes(doc: Doc, wishes: set[str], number: str) -> list[Token]:
    """The wish verbs of ``doc`` with no verb in their clause and ``number`` in it."""
    found = []
    for token in doc:
        if token.lemma_.lower() not in wishes or token.pos_ not in ("VERB", "AUX"):
            continue
        clause = []
        for t in doc[token.i + 1 :]:
            if t.text in ",;:.!?" or t.pos_ in _CLAUSE_ENDS:
                break
            clause.append(t)
        if not clause or any(_verbal(t) for t in clause):
            continue
        if not any(t.text == number for t in clause):
            continue
        found.append(token)
    return found


def _verbal(token: Token) -> bool:
    """A verb, 'to' before one, or a Dutch form in -en the tagger may call a noun."""
    if token.pos_ in ("VERB", "AUX") or token.tag_ == "TO":
        return True
    return token.lang_ == "nl" and infinitive_like(token) and token.lemma_.lower() == token.lower_
