"""Dutch: one 'te'-infinitive made to serve words that are no object of its verb.

The purpose frame ends its clause on 'te' + the goal's last verb ('om ... te leren'). Where
the goal coordinated that verb with words of another kind, the one 'te' cannot carry them:

- a conjunct with no verb before 'en te' ('om kennis van HACCP *en te etiketteren*'): the
  first conjunct needs a verb of its own ('om kennis te hebben van ... en te ...'), or the
  second is a noun ('en het etiketteren');
- a contrast pair of amounts set side by side with a comma, one side a noun, the other a
  verb phrase ('om meer coaching, minder brandjes te blussen'): the verb is only the
  second side's; 'coaching' is no fire to put out;
- an act as the thing one has more of ('om meer zelfstandig werken te hebben'): the
  goal's verb (an infinitive after an adverb) made the object of the frame's 'hebben'.

Each reads as a sentence a Dutch speaker would not write; the frames that build them fall
back to others. Verb-second languages with an infinitive marker only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import purpose_opener
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from smartcheck.judging.context import RuleContext

#: Where a purpose clause ends (its own sentence mark).
_CLAUSE_END = frozenset({".", ";", "!", "?", ":"})
#: Word classes before a noun inside its phrase: a form in -en after them is a noun.
_NOUN_PHRASE = frozenset({"DET", "NUM", "ADP", "PRON"})


def shared_te(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """Every purpose clause ('om ... te V') whose 'te' serves a conjunct without a verb, a
    contrast pair, or an act as a thing had (see the module docstring)."""
    purpose = purpose_opener(style)
    if purpose is None:
        return []
    opener, marker = purpose
    seams: list[Seam] = []
    for t in doc:
        if t.lower_ != opener:
            continue
        clause = _clause(doc, t.i + 1)
        tes = [u for u in clause if u.lower_ == marker and u.i + 1 < len(doc)]
        if not tes:
            continue
        seams += _verbless_conjunct(clause, tes, marker)
        seams += _contrast_pair(clause, tes[0], ctx, style)
        seams += _side_without_te(clause, tes[0], ctx, style)
        seams += _act_had(doc, tes, ctx, style) + _thing_after_having(doc, tes, style)
    return seams


def _clause(doc: Doc, start: int) -> Span:
    end = start
    while end < len(doc) and doc[end].text not in _CLAUSE_END and doc[end].pos_ != "SCONJ":
        end += 1
    return doc[start:end]


def _verbless_conjunct(clause: Span, tes: list[Token], marker: str) -> list[Seam]:
    """'om X en te V': the first 'te' of the clause opens a conjunct after 'en', 'of' or a
    comma, so the conjunct before it has no 'te'-verb."""
    first = tes[0]
    before = first.doc[first.i - 1] if first.i > clause.start else None
    if before is None or not (before.pos_ == "CCONJ" or before.text == ","):
        return []
    if before.i == clause.start:
        return []  # 'om te ...': the clause opens on its verb
    verb = first.doc[first.i + 1].lower_
    detail = f"'{before.text} {marker} {verb}' after a conjunct with no verb of its own"
    return [Seam("lost_verb", detail, (verb, "te-conjunct"))]


def _comparatives(ctx: RuleContext) -> set[str]:
    return {w.lower() for w in ctx.pack.words("comparatives") if " " not in w}


def _contrast_pair(clause: Span, te: Token, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """'om meer X, minder Y te V': two sides, each opened by a comparative, set side by side
    with a comma, and no verb in the first side: the one 'te'-verb is the second's."""
    compared = _comparatives(ctx)
    words = [u for u in clause if u.i < te.i]
    if len(words) < 4 or words[0].lower_ not in compared:
        return []
    commas = [n for n, u in enumerate(words) if u.text == ","]
    if len(commas) != 1:
        return []
    first, second = words[: commas[0]], words[commas[0] + 1 :]
    if not second or second[0].lower_ not in compared:
        return []
    if any(u.pos_ == "CCONJ" for u in second):
        return []  # 'om meer A, minder B en meer C te hebben': a list, one verb for all
    if any(_verb_of(u, ctx, style) for u in first[1:]):
        return []
    detail = f"the contrast pair {first[0].text!r} / {second[0].text!r} under one 'te'-verb"
    return [Seam("lost_verb", detail, (first[0].lower_, second[0].lower_, "te-pair"))]


def _side_without_te(clause: Span, te: Token, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """'om meer coaching te hebben, minder brandjes blussen': after the clause's 'te'-verb a
    comma and a side opened by a comparative that ends on a verb with no 'te' of its own."""
    compared = _comparatives(ctx)
    after = [u for u in clause if u.i > te.i + 1]
    commas = [n for n, u in enumerate(after) if u.text == "," and n + 1 < len(after)]
    for n in commas:
        side = [u for u in after[n + 1 :] if u.text != ","]
        if len(side) < 2 or side[0].lower_ not in compared:
            continue
        if any(u.lower_ == te.lower_ for u in side):
            continue  # 'minder brandjes te blussen': a side with its own 'te'
        if _verb_of(side[-1], ctx, style):
            detail = f"the side {side[0].text!r} ... {side[-1].text!r} without its 'te'"
            return [Seam("lost_verb", detail, (side[-1].lower_, "te-side"))]
    return []


def _verb_of(token: Token, ctx: RuleContext, style: RewriteStyle) -> bool:
    if token.pos_ in ("VERB", "AUX"):
        return True
    grammar = ctx.pack.grammar
    return infinitive_evidence(token.lower_, ctx.pack.lang, grammar, style) is True


def _act_had(doc: Doc, tes: list[Token], ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """'meer zelfstandig werken te hebben': the word before 'te' + the frame's verb of
    having is an infinitive after an adverb (no article, no attributive adjective): the
    goal's act, not a thing to have."""
    having = style.nominal_verbs.get("noun", "").lower()
    ending = style.attributive_ending
    seams: list[Seam] = []
    for te in tes:
        if not having or te.i < 2 or doc[te.i + 1].lower_ != having:
            continue
        act, before = doc[te.i - 1], doc[te.i - 2]
        grammar = ctx.pack.grammar
        if infinitive_evidence(act.lower_, ctx.pack.lang, grammar, style) is not True:
            continue
        if before.pos_ in _NOUN_PHRASE or before.lower_ in style.determiners:
            continue  # 'het plannen', 'mijn werken'
        if before.pos_ not in ("ADJ", "ADV") or (ending and before.lower_.endswith(ending)):
            continue  # 'meer vrije dagen': an attributive adjective before a noun
        detail = f"the act {act.text!r} as the thing {having!r} takes"
        seams.append(Seam("lost_verb", detail, (act.lower_, "te-had")))
    return seams


def _thing_after_having(doc: Doc, tes: list[Token], style: RewriteStyle) -> list[Seam]:
    """'om meer vers te hebben fruit in de kantine': a noun right after the frame's 'te
    hebben', the head of the thing had left behind its verb (a Dutch clause ends on it);
    the tagger may call it a verb ('te hebben *eten*'), which cannot stand there either."""
    having = style.nominal_verbs.get("noun", "").lower()
    seams: list[Seam] = []
    for te in tes:
        at = te.i + 2
        if not having or at >= len(doc) or doc[te.i + 1].lower_ != having:
            continue
        if doc[at].lower_ in style.prepositions:
            continue  # 'richting teamleider': a preposition the tagger calls a noun
        if doc[at].pos_ in ("NOUN", "PROPN", "VERB") and doc[at].is_alpha:
            detail = f"the noun {doc[at].text!r} after 'te {having}'"
            seams.append(Seam("word_order", detail, (doc[at].lower_, "te-had-after")))
    return seams
