"""A wish for a means kept inside the committed sentence: 'Vóór [datum] ga ik lassen van
wapening, interesse in een cursus.'

A note names a field and, after a comma, the writer's interest in a way to learn it
('Steigers bouwen, interesse in een cursus', 'Pastry, interest in a course'). Committed
whole, the interest reads as part of the act ('I will pastry, interest in a course'): the
course the writer wants is the means, not a loose noun after the act. Judged on the parse:
a stretch after a comma that opens (after a determiner at most) with one of the pack's
``interest_nouns``, in a sentence with a commitment word or with a frame going on after it
('Lassen van wapening, interesse in een cursus, vóór [datum].').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext


def interest_committed(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A noun of wanting opening a stretch after a comma in a committed sentence."""
    interests = frozenset(w.lower() for w in ctx.pack.words("interest_nouns"))
    if not interests:
        return []
    commit = commitment_words(style)
    seams: list[Seam] = []
    for sentence in _sentences(doc):
        committed = any(t.lower_ in commit for t in sentence)
        for t in sentence:
            if t.text != ",":
                continue
            after = [u for u in doc[t.i + 1 : t.i + 4] if u.pos_ not in ("DET", "PRON")]
            framed = committed or any(u.text == "," and u.i > t.i for u in sentence)
            if framed and after and after[0].lower_ in interests:
                detail = f"the wish {after[0].text!r} committed as part of the act"
                seams.append(Seam("dangling", detail, (after[0].lower_, "interest-stretch")))
    return seams


def _sentences(doc: Doc) -> list[list[Token]]:
    """The sentences of ``doc`` (cut after . ! ? ;)."""
    found: list[list[Token]] = []
    current: list[Token] = []
    for t in doc:
        current.append(t)
        if t.text in (".", "!", "?", ";"):
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found
