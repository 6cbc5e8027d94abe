"""A zero target's counted thing read as the verb: 'Vóór [datum] ga ik nul retouren na de
100 nachten proefslapen.'

'Nul retouren', 'zero returns', '0 meldingen': the word after a zero count (the pack's
``zero_counts``) is what it counts, a noun, whatever the tagger calls it ('retouren' read as
an infinitive). Committed to as written the goal has no verb at all; the zero target's own
reading ('om hoogstens [aantal] retouren te hebben') or the honest fallback is what shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import is_finite

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext


def zero_count_as_act(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A zero count right before a word tagged a verb with no verb right after it ('nul
    retouren hebben' has its verb): the counted thing stands where the act belongs. So does
    a zero right after the committed auxiliary ('I will *zero* near-misses ...'), unless a
    particle makes it the phrasal verb ('zero in on the key accounts')."""
    zeros = {w.lower() for w in ctx.pack.words("zero_counts")}
    committed = {a.lower() for a in style.subjects.values()}
    seams = []
    for t in doc[:-1]:
        if t.lower_ in zeros and t.i and doc[t.i - 1].lower_ in committed and not _phrasal(t):
            detail = f"the zero {t.text!r} committed to as the act"  # 'I will zero near-misses'
            seams.append(Seam("lost_verb", detail, (t.lower_, "zero")))
            continue
        counted = t.nbor(1)
        if t.lower_ not in zeros or counted.pos_ not in ("VERB", "AUX"):
            continue
        if is_finite(counted) or counted.lemma_.lower() in style.state_verbs:
            continue  # 'moet nul worden', '... NUL wordt': the zero is what it becomes
        after = doc[counted.i + 1] if counted.i + 1 < len(doc) else None
        if after is None or after.pos_ not in ("VERB", "AUX"):
            detail = f"{counted.text!r} after the zero {t.text!r} taken for the verb"
            seams.append(Seam("lost_verb", detail, (counted.lower_, "zero")))
    return seams


def _phrasal(zero: Token) -> bool:
    """Is ``zero`` the verb of a phrasal verb ('zero *in on* the key accounts'): a particle
    or preposition after it that is no first part of a hyphenated compound ('near-misses')?"""
    doc = zero.doc
    if zero.i + 1 >= len(doc) or doc[zero.i + 1].pos_ not in ("ADP", "PART"):
        return False
    glued = zero.i + 2 < len(doc) and doc[zero.i + 2].text == "-"
    return not glued
