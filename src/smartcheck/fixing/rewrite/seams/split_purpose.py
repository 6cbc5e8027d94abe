"""Dutch: a comma inside an om-clause before its 'te' that ends no list.

"Zelfzorg, niet meer elke avond thuis nadenken over het werk" framed as a purpose reads "om
zelfzorg, niet meer elke avond thuis na te denken over het werk": the heading the writer
put before the comma became the first word of the clause, cut off from it by the comma. An
om-clause holds a comma before its 'te' only in a list of its objects ("om de planning, de
inkoop en de voorraad te beheren"), which a coordinator closes before the 'te'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Marks that end the om-clause's stretch before its 'te'.
_ENDS = frozenset({".", ";", ":", "!", "?"})


def comma_in_purpose(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """An om-clause ('om', the pack's ``clause_prepositions``) with a comma before its 'te'
    and no coordinator between that comma and the 'te', no verb before the comma: a
    heading glued in front of the clause."""
    if style.word_order != "v2" or not style.infinitive_markers:
        return []
    te = style.infinitive_markers[0].lower()
    for om in (t for t in doc if t.lower_ in style.clause_prepositions):
        stretch = []
        for t in doc[om.i + 1 :]:
            if t.text in _ENDS or t.lower_ == te or t.text.startswith("["):
                break
            stretch.append(t)
        at = om.i + 1 + len(stretch)
        if at >= len(doc) or doc[at].lower_ != te:
            continue
        depth, commas = 0, []
        for n, t in enumerate(stretch):  # a comma inside brackets is the aside's
            depth = max(0, depth + (t.text == "(") - (t.text == ")"))
            if t.text == "," and not depth:
                commas.append(n)
        if not commas:
            continue
        before, after = stretch[: commas[0]], stretch[commas[-1] + 1 :]
        if not before or any(t.pos_ in ("VERB", "AUX") for t in before):
            continue
        if any(t.pos_ == "CCONJ" for t in after):
            continue  # 'om de planning, de inkoop en de voorraad te beheren': a list
        return [Seam("word_order", f"a comma inside 'om {stretch[0].text}, ... {te}'", ("om",))]
    return []
