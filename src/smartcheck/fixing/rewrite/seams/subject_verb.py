"""A present verb right after its subject that the small English tagger calls an infinitive.

English present forms are its infinitives ('the drivers often *get* their routes too late',
'customers *keep* waiting'): the seam pipeline tags them ``VerbForm=Inf`` or gives no form,
and a sentence of context kept as written then read as having no finite verb. In a language
that puts the verb right after its subject (``word_order: svo``), a verb form that is no
gerund or participle, right after a noun or pronoun (maybe with an adverb between) and not
after an infinitive marker or a modal, is that clause's finite verb. Verb-second languages
put an infinitive after its object ('ga ik de planning *verbeteren*'): never there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: What may stand between a subject and its verb ('the drivers *often* get').
_BETWEEN = frozenset({"ADV"})
_SUBJECTS = frozenset({"NOUN", "PROPN", "PRON"})


def verb_after_subject(token: Token, style: RewriteStyle) -> bool:
    """Is ``token`` a present verb right after its subject (module doc)?"""
    if style.word_order != "svo" or token.pos_ not in ("VERB", "AUX") or token.i == 0:
        return False
    if set(token.morph.get("VerbForm", [])) & {"Ger", "Part"} or token.lower_.endswith("ing"):
        return False
    before = token.nbor(-1)
    while before.pos_ in _BETWEEN and before.i > 0:
        before = before.nbor(-1)
    if before.pos_ not in _SUBJECTS or before.lower_ in style.infinitive_markers:
        return False
    return "Yes" not in before.morph.get("Poss", [])  # "my plans": no subject
