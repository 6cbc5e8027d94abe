"""Dutch: the finite verb agrees with the writer.

"Ik wil leren proeven en beschrijven" split into two goals gave its second part "Vóór
[datum] beschrijven ik": the conjunct's infinitive took the finite verb's slot before the
singular writer. Whatever put it there, a plural finite form (or an infinitive) right
before 'ik' in the verb slot, or right after 'ik' opening a clause, does not agree.
Verb-second languages only (plural_writer in commitment.py checks the frame's own verbs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: The shortest infinitive with its ending ('eten'): a stem before the ending.
_SHORTEST = 4


def plural_verb_with_writer(doc: Doc, style: RewriteStyle, ending: str) -> list[Seam]:
    """A plural finite verb (or an infinitive) in the finite slot next to the singular
    default subject: 'Vóór [datum] *beschrijven* ik', 'Ik *beschrijven* ...'. ``ending``:
    the language's infinitive ending (the pack's ``grammar.infinitive_ending``), which its
    plural present shares."""
    if style.word_order != "v2" or not ending:
        return []
    me = style.default_subject.lower()
    for t in doc:
        if t.lower_ != me:
            continue
        before = doc[t.i - 1] if t.i > 0 else None
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        opens = before is None or before.is_punct
        slot = after if opens else before
        if slot is not None and _plural_form(slot, style, ending):
            detail = f"'{t.text} {slot.text}' do not agree"
            return [Seam("lost_tense", detail, ("agr", slot.lower_))]
    return []


def _plural_form(token: Token, style: RewriteStyle, ending: str) -> bool:
    """A verb the tagger reads as a plural finite form or an infinitive, in -en and its own
    lemma: never the singular writer's verb (a modal of the pack is read by the frame
    checks)."""
    if token.pos_ not in ("VERB", "AUX") or token.lower_ in style.modals:
        return False
    forms = token.morph.get("VerbForm", [])
    plural = "Plur" in token.morph.get("Number", []) and "Fin" in forms
    # its own lemma, and a stem before the -en: a short stem in -en ('ken' of 'kennen',
    # 'ben'), which the tagger may call an infinitive, is the singular
    own = token.lemma_.lower() == token.lower_ and len(token.lower_) >= _SHORTEST
    return token.lower_.endswith(ending) and own and (plural or "Inf" in forms)
