"""Two acts after a commitment joined by a comma only: 'ga ik X leren voeren, meelopen met
Y', 'I will learn to weld, shadow a senior welder'.

A note lists its acts with commas ("offertes leren opstellen, meelopen met de verkoper");
committed as one clause, the second infinitive stands loose after the comma: Dutch closes
the clause on its verb cluster, and a list of acts, in either language, takes its "en" /
"and" before the last one ("ga ik sporten, zwemmen en fietsen" is whole). Judged by parse:
the committed auxiliary (the pack's ``subjects``), a verb of its own before a comma, and a
bare infinitive right after that comma with no conjunction after it in the sentence. A comma
inside brackets lists what the thing before it covers ("nabewerking leren (stralen,
verven)"): it joins no act to the clause (bracketed.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.bracketed import bracketed
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import infinitive_like
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from smartcheck.reading.goal import Goal


def asyndetic_acts(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A second bare infinitive after a comma in a committed clause (not the goal's own)."""
    found = _loose_acts(doc, style)
    if found and goal.doc is not None and _loose_acts(goal.doc, style):
        return []  # 'I will learn to weld, shadow a welder.': the writer's own list
    return [Seam("dangling", f"{t.text!r} after a comma, no 'and'", (t.lower_,)) for t in found]


_VERBS = frozenset({"AUX", "VERB"})


def _loose_acts(doc: Doc, style: RewriteStyle) -> list[Token]:
    committed = {a.lower() for a in style.subjects.values()}
    found = []
    aside = bracketed(doc)  # '(stralen, verven)': its commas list no acts
    for sentence in doc.sents:
        aux = next((t for t in sentence if t.lower_ in committed and t.pos_ in _VERBS), None)
        if aux is None:
            continue
        verb_seen = False
        for t in sentence[aux.i - sentence.start + 1 :]:
            if t.text in ";:.!?":
                break
            if t.pos_ == "SCONJ" or (t.pos_ == "ADP" and _opens_clause(t, style)):
                break  # a clause or purpose of its own follows
            if t.i in aside:
                continue
            if t.text != ",":
                verb_seen = verb_seen or _act(t)
                continue
            nxt = t.nbor(1) if t.i + 1 < len(doc) else None
            if nxt is None or not verb_seen:
                break
            if _bare_act(nxt, sentence):
                found.append(nxt)
            break
    return found


def _opens_clause(token: Token, style: RewriteStyle) -> bool:
    """'om' of an om-clause, 'in order to': what follows is a purpose, not the act."""
    return token.lower_ in style.clause_prepositions


def _act(token: Token) -> bool:
    """A verb of the committed clause (a Dutch form in -en the tagger calls a noun too)."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    return token.lang_ == "nl" and infinitive_like(token) and token.lemma_.lower() == token.lower_


def _bare_act(token: Token, sentence: Span) -> bool:
    """A bare infinitive opening a stretch with no subject of its own, and no conjunction
    later in the sentence (then the commas list acts before the last 'and')."""
    if token.lang_ == "nl":
        bare = token.pos_ == "VERB" and "Fin" not in token.morph.get("VerbForm", [])
        bare = bare or (infinitive_like(token) and token.lemma_.lower() == token.lower_)
    else:  # the small tagger may call a base form 'VBZ' ('shadow'): its lemma is itself
        base = token.tag_ in ("VB", "VBP", "VBZ") and token.lemma_.lower() == token.lower_
        bare = token.pos_ == "VERB" and base
    if not bare or token.dep_ == "amod":
        return False  # 'volgend jaar', 'komende zomer': a verb form that modifies a noun
    rest = sentence[token.i - sentence.start + 1 :]
    if any(t.pos_ == "CCONJ" for t in rest):
        return False
    stretch = []
    for t in rest:
        if t.text in ",;:.!?":
            break
        stretch.append(t)
    return not any(t.dep_ in ("nsubj", "nsubj:pass") for t in stretch)
