"""Dutch: the 'te' of an om-clause on the verb of a clause inside it.

"Klanten beter uitleggen wat ze zelf kunnen doen" framed as a purpose must read "om klanten
beter uit te leggen wat ze zelf kunnen doen". A template that puts 'te' before the last verb
of the whole text writes "om klanten beter uitleggen wat ze zelf te kunnen doen": the
om-clause's own verb stays bare before the clause it governs. Judged by position: a bare
infinitive of the om-clause right before a word that opens a clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc


def te_on_inner_verb(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A bare -en verb in an om-clause right before a clause opener ('wat', 'hoe', 'dat',
    'zodat'), with the om-clause's 'te' only after that opener."""
    if style.word_order != "v2" or not style.infinitive_markers:
        return []
    te = style.infinitive_markers[0].lower()
    openers = {w.lower() for w in (*style.relativizers, *style.clause_openers)}
    openers |= {w.lower() for w in (*style.reason_openers, *style.clause_ends)}
    for om in (t for t in doc if t.lower_ in style.clause_prepositions and t.i + 1 < len(doc)):
        clause = doc[om.i + 1 :]
        ends = [t.i for t in clause if t.text in ",;.:!?"]
        end = ends[0] if ends else len(doc)
        words = doc[om.i + 1 : end]
        for t in words[:-1]:
            nxt = doc[t.i + 1]
            bare = t.pos_ == "VERB" and t.lower_.endswith("en") and doc[t.i - 1].lower_ != te
            if not bare or not (nxt.lower_ in openers or nxt.pos_ == "SCONJ"):
                continue
            if any(u.lower_ == te for u in doc[t.i + 1 : end]):
                return [Seam("word_order", f"'{te}' after {nxt.text!r}, not on {t.text!r}", (te,))]
            break
    return []
