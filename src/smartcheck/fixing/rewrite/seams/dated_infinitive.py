"""Dutch: the frame's date put inside a bare infinitive phrase, between its verb and the
words that belong to it.

'Fokadvies geven vóór [datum] aan boeren, ...', 'Netter werken vóór [datum] bij de
haaientanden': a goal told as an infinitive phrase with no subject ('Fokadvies geven aan
boeren') got the date after its verb. A Dutch infinitive closes its phrase; what follows it
here ('aan boeren') is still the phrase's, so the date splits it and nobody does anything:
a dated fragment. The date after the whole phrase ('Meelopen met de inspecteur vóór
[datum], ...', 'Marifoon certificaat halen, vóór [datum].') is the writer's phrase kept as a
heading with its deadline and stays; so does a sentence with a subject ('Mijn tijd ... ga ik
vóór [datum] terugbrengen').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.parses import stand_ins

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Marks that end a sentence.
_SENTENCE_END = frozenset({".", "!", "?"})
#: Word classes that open a noun phrase that may be the clause's subject ('De monteurs
#: werken vóór [datum] ...', 'Alle schappen ...').
_SUBJECT_OPENERS = frozenset({"DET", "PRON"})


def date_inside_infinitive(
    candidate: str, doc: Doc, style: RewriteStyle, ending: str
) -> list[Seam]:
    """A sentence with no subject that opens with the writer's words up to an infinitive
    (``ending``: the grammar's infinitive ending), the frame's '<preposition> [date]' right
    after it and a prepositional phrase of the verb after the date ('aan boeren').
    Verb-second languages only."""
    if style.word_order != "v2" or not ending:
        return []
    date = re.escape(style.placeholders.date)
    seams = []
    for found in re.finditer(rf"\S+ {date} +([^\W\d]\w*)", candidate):
        at = len(stand_ins(candidate[: found.start()], style))
        prep = next((t for t in doc if t.idx == at), None)
        if prep is None or prep.i == 0:
            continue
        after = next((t for t in doc[prep.i + 1 :] if t.text == found.group(1)), None)
        if after is None or after.pos_ != "ADP":
            continue  # 'Medewerkers bewegen vóór [datum] dagelijks': no phrase of the verb split
        verb = doc[prep.i - 1]
        if not _infinitive(verb, ending):
            continue
        before = _sentence_before(doc, verb.i)
        if not before:
            continue
        if any(t.lower_ in style.subjects or t.pos_ == "AUX" for t in before):
            continue  # a clause with its subject or its modal: 'ik ga X doen vóór ...'
        if before[0].pos_ in _SUBJECT_OPENERS:
            continue  # 'De monteurs werken vóór [datum] ...': a subject before the verb
        words = (verb.lower_, prep.lower_, "inf-dated")
        seams.append(Seam("lost_verb", f"the date inside the phrase of {verb.text!r}", words))
    return seams


def _infinitive(token: Token, ending: str) -> bool:
    """A verb in the infinitive's form (the tagger may call it a plural finite verb)."""
    return token.pos_ in ("VERB", "AUX") and token.lower_.endswith(ending) and token.is_alpha


def _sentence_before(doc: Doc, end: int) -> list[Token]:
    """The words of the sentence before token ``end`` (the verb itself excluded)."""
    start = end
    while start > 0 and doc[start - 1].text not in _SENTENCE_END:
        start -= 1
    return [t for t in doc[start:end] if not t.is_punct]
