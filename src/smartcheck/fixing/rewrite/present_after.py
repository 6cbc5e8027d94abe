"""A goal followed, after a comma, by how things are now: 'beter samenwerken met de
nachtploeg, de overdracht gaat vaak fout', 'answer the mails faster, customers keep
waiting'.

The clause after the comma tells the present situation the goal should change (a subject of
its own that is not the writer, or the empty 'er' / 'there' of 'er wordt te weinig
opgeruimd', a finite verb, no modal or commitment): it is context, not
part of the goal. Read with the goal the frame went on after it ('..., overdracht gaat vaak
fout, van [huidig aantal] naar ...', seams/joined_situation.py refuses that). The goal
before the comma is judged and rewritten on its own and the situation kept after it as a
sentence, as written (past_after.py does so for a past incident).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.past_after import closing_clause
from smartcheck.fixing.rewrite.seams.tokens import is_finite
from smartcheck.fixing.rewrite.situation import Situated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: How many words the situation's subject may take before its finite verb.
_REACH = 5
#: Tags a situation's subject may open with ('de overdracht', 'customers'): a noun phrase (a
#: pronoun's clause, 'het is op maandag druk', stays inside the sentence as written).
_OPENING = frozenset({"DET", "NOUN", "PROPN"})


def present_after(goal: Goal, style: RewriteStyle) -> Situated | None:
    """The goal before a closing clause that tells how things are, with that clause as the
    sentence after it; None when the text ends otherwise."""
    return closing_clause(goal, style, _present_told)


def _present_told(clause: list[Token], style: RewriteStyle) -> bool:
    """A clause that opens on a subject that is not the writer, with a finite verb in the
    present within reach, committing to nothing."""
    commit = set(commitment_words(style))  # a modal may tell the state ('gaat vaak fout')
    writer = {w.lower() for w in style.subjects}
    if len(clause) < 2 or any(t.lower_ in commit | writer for t in clause):
        return False
    first = clause[0]
    empty = first.lower_ in style.existential_subjects  # 'er wordt te weinig opgeruimd'
    if not first.is_alpha or (first.pos_ not in _OPENING and not empty):
        return False  # 'e.g. ...', 'die ...', 'which ...': no subject of its own
    if first.lower_ == style.own_possessive.lower():
        return False  # 'mijn Frans bijspijkeren': the writer's own thing, an object
    finite = next((t for t in clause[1 : 1 + _REACH] if is_finite(t)), None)
    if finite is None or "Past" in finite.morph.get("Tense", []):
        return False
    if finite.lemma_.lower() in style.voice_verbs:
        return False  # 'my supervisor says ...': a voice, read with the goal (voices/)
    # a verb-second clause goes on after its finite verb ('overdracht *gaat* vaak fout'); a
    # verb that ends it is an act's infinitive ('slaapritme *verbeteren*')
    return style.word_order != "v2" or finite is not clause[-1]
