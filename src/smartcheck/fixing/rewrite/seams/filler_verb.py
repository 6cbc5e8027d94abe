"""Dutch: a filler verb put after a clause that has its own infinitive.

A frame that makes an act of a thing asked for ends the clause on the pack's filler verb
('{thing} doen': 'een cursus doen', 'een rotatie doen'). Where the writer's words already
end on their verb ('een dag per week *meekijken* bij Ahmet'), the clause has two: 'ga ik
een dag per week meekijken bij Ahmet doen'. The tagger calls such an infinitive a plural
noun, so the clause's own verb is read by its form: an infinitive the dictionary knows
that opens with a separable particle ('meekijken', 'meelopen', 'bijspringen'), no noun's
word before it (an article, a preposition, a course word: 'een cursus lassen doen'), in
the filler's own conjunct ('met X meedraaien en een cursus doen': two acts, each whole).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.infinitive_slot import committed_starts
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import clause_from
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext

#: Word classes before a verb-noun: an infinitive after them names a thing ('het lassen').
_NOUN_PHRASE = frozenset({"DET", "NUM", "ADP", "PRON"})


def filler_after_verb(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A committed clause ending on a filler verb with a particle verb's infinitive before
    it (module docstring). Verb-second languages only."""
    if style.word_order != "v2" or not style.filler_verbs:
        return []
    fillers = {v.lower() for v in style.filler_verbs}
    markers = {m.lower() for m in style.infinitive_markers}
    seams: list[Seam] = []
    for start in committed_starts(doc, style):
        clause = clause_from(doc, start)
        if len(clause) < 2 or clause[-1].lower_ not in fillers:
            continue
        if clause[-2].lower_ in markers:
            continue  # '... i.p.v. alles op het laatst te doen': a verb of its own clause
        joins = [n for n, t in enumerate(clause) if t.pos_ == "CCONJ"]
        last = clause[joins[-1] + 1 : -1] if joins else clause[:-1]  # 'X meedraaien en Y doen'
        own = next((t for t in last if _particle_verb(t, ctx, style)), None)
        if own is not None:
            detail = f"{clause[-1].text!r} after the clause's own verb {own.text!r}"
            seams.append(Seam("doubled", detail, (own.lower_, clause[-1].lower_, "filler")))
    return seams


def _particle_verb(token: Token, ctx: RuleContext, style: RewriteStyle) -> bool:
    """An infinitive of a separable verb used as a verb ('meekijken'; not 'het meekijken',
    'een cursus meelopen')."""
    lower = token.lower_
    particles = ctx.pack.words("separable_particles")
    if not any(lower.startswith(p) and len(lower) - len(p) >= 4 for p in particles):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    courses = {w.lower() for w in ctx.pack.words("formal_training")}
    if before is not None and (before.pos_ in _NOUN_PHRASE or before.lower_ in courses):
        return False
    grammar = ctx.pack.grammar
    return infinitive_evidence(lower, ctx.pack.lang, grammar, style) is True
