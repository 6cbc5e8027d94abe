"""A goal written as an imperative line, read as the writer's own statement.

'Gebruik de planner op mijn telefoon.', 'Noteer mijn uren direct in de app.': the writer
tells themself what to do, a verb stem first and no subject. The small tagger calls the
stem a noun, so the frames put it after a preposition ('ga ik voor gebruik de planner
...'). Told with its subject ('Ik gebruik de planner op mijn telefoon.') it is a goal the
frames read whole: 'Vóór [datum] gebruik ik de planner op mijn telefoon, ...'. The stem is
known by its object right after it (a determiner, a possessive or a number: no noun is
followed by one) and by the dictionary, which knows an infinitive of it ('gebruiken').
One sentence only: a line among others may be a heading or a note. An English line whose
opening verb the tagger took for a noun before its plural object ('Handle escalations
calmly.') is read as the writer's wish of it ('I want to handle escalations calmly.').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.commitment import opens_imperative_misread
from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.reading.anatomy.infinitives import stem_infinitives

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: How far the object may stand from the stem: adverbs before it ('Controleer altijd de X').
_ADVERB_REACH = 4
#: Word classes that open a verb's object right after it ('Gebruik *de* planner').
_OBJECT_OPENERS = frozenset({"DET", "NUM"})


def own_statement(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The imperative line with the writer's subject before its stem ('Ik gebruik de
    planner ...'), or None when the goal is no such line."""
    grammar = ctx.pack.grammar
    text = goal.text.strip()
    if goal.doc is None or len(sentences(text, style.abbreviations)) != 1:
        return None
    if opens_imperative_misread(goal.doc, style, grammar) and style.goal_wishes:
        wish = style.goal_wishes[0]  # 'Handle escalations calmly': 'I want to handle ...'
        return f"{wish[:1].upper()}{wish[1:]} {text[:1].lower()}{text[1:]}"
    if style.word_order != "v2" or not grammar.infinitive_ending:
        return None
    words = [t for t in goal.doc if not t.is_space]
    if len(words) < 3 or words[0].idx != goal.text.find(text[:1]):
        return None
    first = words[0]
    # an adverb may stand between the stem and its object ('Controleer *altijd* de ...')
    nxt = next((w for w in words[1:_ADVERB_REACH] if w.pos_ != "ADV"), words[1])
    if not verb_stem(first, ctx, style) or not _object_opens(nxt):
        return None
    subject = style.default_subject
    rest = goal.text[first.idx + len(first.text) :].strip()
    return f"{subject[:1].upper()}{subject[1:]} {first.lower_} {rest}"


def verb_stem(token: Token, ctx: RuleContext, style: RewriteStyle) -> bool:
    """A verb stem the dictionary knows an infinitive of ('gebruik' -> 'gebruiken'), not a
    closed word ('ik', 'wil') and no acronym."""
    lower = token.lower_
    if not token.is_alpha or not token.text[1:].islower():
        return False
    closed = set(style.subjects) | style.modals | set(ctx.pack.function_words)
    if lower in closed or lower in style.finite_words:
        return False
    grammar = ctx.pack.grammar
    return any(
        infinitive_evidence(inf, ctx.pack.lang, grammar, style) is True
        for inf in stem_infinitives(lower)
    )


def _object_opens(token: Token) -> bool:
    return token.pos_ in _OBJECT_OPENERS or "Yes" in token.morph.get("Poss", [])
