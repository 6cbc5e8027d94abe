"""A goal followed, after a comma, by how things are now told after a fronted adverbial:
'Ik wil beter worden in het begeleiden van nieuwe vrijwilligers, vooral op zaterdag loopt
de planning vaak vast', 'Plan the rota earlier, on Fridays the shifts are always short'.

The clause after the comma opens with where or when it happens ('vooral bij ...', 'op
vrijdag', 'especially with ...') and then has a subject of its own (not the writer) and a
finite verb: the situation the goal should change, as in present_after.py, where the
subject opens the clause. Read with the goal the frame committed to it ('Vóór [datum] ga ik
... in X, vooral bij gezinnen ... gaat het vaak mis ...', seams/fronted_situation.py refuses
that). The goal before the comma is judged and rewritten on its own and the situation kept
after it as a sentence, as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.past_after import closing_clause
from smartcheck.fixing.rewrite.seams.tokens import SUBJECT_DEPS, is_finite
from smartcheck.fixing.rewrite.situation import Situated
from smartcheck.fixing.rewrite.words import opening_length

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Tags a fronted adverbial opens with ('vooral', 'op', 'especially', 'on').
_OPENING = frozenset({"ADV", "ADP"})
#: Tags the words of a fronted adverbial (and an English subject before its verb) may have:
#: no verb, subordinator or conjunction before the clause's finite verb.
_ADVERBIAL = frozenset({"ADV", "ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"})
#: How many words the adverbial (and an English subject) may take before the finite verb.
_REACH = 9


def fronted_after(goal: Goal, style: RewriteStyle) -> Situated | None:
    """The goal before a closing clause that tells how things are after a fronted
    adverbial, with that clause as the sentence after it; None when the text ends
    otherwise."""
    return closing_clause(goal, style, fronted_situation)


def fronted_situation(clause: list[Token], style: RewriteStyle) -> bool:
    """A clause (no punctuation) that opens with an adverbial and goes on with a finite verb
    and a subject of its own that is not the writer, committing to nothing."""
    return fronted_finite(clause, style) is not None


def fronted_finite(clause: list[Token], style: RewriteStyle) -> int | None:
    """The place in ``clause`` of the finite verb of a situation told after a fronted
    adverbial ('vooral bij gezinnen met kleine kinderen *gaat* het vaak mis', 'on Fridays
    the shifts *are* always short'); None for any other clause."""
    commit = set(commitment_words(style))
    writer = {w.lower() for w in style.subjects}
    if len(clause) < 4 or any(t.lower_ in commit for t in clause):
        return None
    if any(t.lower_ in writer for t in clause) and not _present_without_modal(clause, style):
        return None  # 'op zaterdag wil ik ...': the writer's own plan
    if not clause[0].is_alpha or clause[0].pos_ not in _OPENING or _subordinating(clause[0], style):
        return None  # a subject first is present_after.py's; 'die ...', 'e.g. ...' no clause
    if clause[0].lower_ in {*style.claim_joiners, *style.clause_ends}:
        return None  # 'dus dat is mijn doel', 'so it ...': a conclusion or a reason, no place
    for n, token in enumerate(clause[1 : 1 + _REACH], 1):
        finite = is_finite(token) or "Fin" in token.morph.get("VerbForm", [])
        if finite and token.pos_ in ("VERB", "AUX"):  # 'things often *go* wrong': no order
            return n if _own_subject(clause, n, style) else None
        if token.pos_ not in _ADVERBIAL or _subordinating(token, style):
            return None  # 'vooral als het druk is', 'especially *when* ...', '... *who* are'
    return None


def _present_without_modal(clause: list[Token], style: RewriteStyle) -> bool:
    """A clause opened by a word of 'now' (the pack's ``present_openers``) with no modal in
    it: how things are now, the writer's team or the writer included ('..., nu horen wij
    pas achteraf dat ...', '..., currently we only hear it afterwards'); 'nu wil ik ...'
    is a plan."""
    told = [t.lower_ for t in clause]
    opened = opening_length(told, style.present_openers) > 0
    return opened and not any(t in style.modals for t in told)


def _subordinating(token: Token, style: RewriteStyle) -> bool:
    """A word that makes what follows a subordinate clause: a question or relative word
    ('when', 'who', 'waar'), by the pack's ``question_words`` or its morphology."""
    kinds = set(token.morph.get("PronType", []))
    return token.lower_ in style.question_words or bool(kinds & {"Rel", "Int"})


def _own_subject(clause: list[Token], at: int, style: RewriteStyle) -> bool:
    """Has the finite verb at ``at`` a subject of its own where the word order puts it:
    right after it in verb-second Dutch ('gaat *het*', 'loopt *de* planning'), before it in
    English ('the *shifts* are'), with the clause going on after the verb?"""
    if at + 1 >= len(clause):
        return False  # a verb that ends the clause is an act's infinitive ('planning *maken*')
    if style.word_order == "v2":  # after a fronted part the subject follows the verb, or
        # the adverbs after it ('kan *eigenlijk alleen* Henk'); a name may be tagged anything
        after = next((t for t in clause[at + 1 :] if t.pos_ != "ADV" and t.dep_ != "advmod"), None)
        if after is None:
            return False
        return after.pos_ in ("PRON", "DET", "NOUN", "PROPN") or after.text[:1].isupper()
    return any(t.dep_ in SUBJECT_DEPS for t in clause[1:at])
