"""Dutch: an act with its object taken for a thing to have ('om vaker *pauze nemen* te
hebben').

The frames that tell a wished-for thing or state put it before 'te hebben' / 'te krijgen'
(the pack's ``having_verbs``). An act told without its subject ('Vaker pauze nemen') can
land there whole: its infinitive then stands right before 'te', after its bare object, and
the sentence has no verb for it. A plural noun in -en has another lemma ('klanten' ->
'klant'), and an infinitive used as a noun has its article ('het eten', 'meer eten'), so
only an infinitive of its own lemma after a bare noun is refused. Verb-second languages only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


def act_as_thing(doc: Doc, style: RewriteStyle, lang: str) -> list[Seam]:
    """An infinitive right before 'te' + a verb of having, after a bare noun, inside an
    'om ... te' clause: an act, not a thing the writer can have."""
    if style.word_order != "v2" or not style.having_verbs:
        return []
    amounts = {w.lower() for w in style.amount_words}
    seams: list[Seam] = []
    for te in doc[2:-1]:
        if te.lower_ != "te" or te.nbor(1).lower_ not in style.having_verbs:
            continue
        verb, before = te.nbor(-1), te.nbor(-2)
        opened = any(t.lower_ == "om" for t in doc[te.sent.start : te.i])
        word = verb.lower_
        infinitive = (
            word.endswith("en") and known_word(word, lang=lang) and lemma_of(word, lang) == word
        )
        # 'pauze nemen' (the tagger may call 'pauze' an adjective); 'meer eten' is a thing
        bare = before.pos_ in ("NOUN", "PROPN", "ADJ") and before.lower_ not in amounts
        if opened and infinitive and bare:
            detail = f"the act '{before.text} {verb.text}' as a thing 'te {te.nbor(1).text}'"
            seams.append(Seam("lost_verb", detail, (word, "act-as-thing")))
    return seams
