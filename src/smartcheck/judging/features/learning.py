"""What a learning goal learns: a skill with its object, or a bare field.

JUDGING S: "A named skill with a concrete object is specific ("Excel-draaitabellen leren
maken"), a bare field is not ("Excel leren")." A learning verb (the pack's
``learning_verbs``: leren, beheersen, onder de knie krijgen, learn, master) is read with what
follows it:

- a skill verb after it ("leren *maken*", "learn to *build*", "leren *werken met*") is the
  goal's action; its object decides S. A making verb's object is a task when it is a content
  noun ("draaitabellen", "pivot tables"); a using verb (``usage_verbs``: gebruiken, use)
  or a prepositional object ("werken *met*", "work *with*") needs an object that says which
  one: a name ("met SAP"), a named object ("het kassasysteem") or a definite one ("de nieuwe
  kassa", "the new till").
- without a skill verb, what is learnt is a field or a name ("Python", "Spaans",
  "boekhouden"): specific only when something narrows it (a level or number, a named course
  or exam, a role, a situation, or a purpose naming a concrete result: "zodat ik zelf
  webapplicaties kan bouwen").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.judging.context import RuleContext
from smartcheck.judging.features.signals import (
    concreteness,
    generic_words,
    inside,
    named_objects,
    names_in,
    outside_purpose,
    outside_purpose_spans,
    quoted_spans,
    situations,
)
from smartcheck.reading.goal import Goal, TextSpan
from smartcheck.reading.lexicon import LexiconMatch

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Keys whose words make a noun no concrete thing to make or a purpose no concrete result.
_NOT_CONCRETE: tuple[LexiconKey, ...] = ("abstract_competence", "inner_states", "vague_outcome")
#: Keys whose words make a purpose a direction rather than a result.
_VAGUE_PURPOSE: tuple[LexiconKey, ...] = ("vague_outcome", "comparatives")


@dataclass(frozen=True)
class Learning:
    """A learning goal as read: the learning verb, the skill verb it governs (if any), the
    skill's concrete object (if any) and whether anything else narrows what is learnt."""

    verb: LexiconMatch
    skill: TextSpan | None
    task: TextSpan | None
    narrowed: bool

    @property
    def bare(self) -> bool:
        """Only a field or a name is learnt ("Python leren", "learn bookkeeping")."""
        return self.task is None and not self.narrowed


def learning(goal: Goal, ctx: RuleContext) -> Learning | None:
    """The goal's learning frame, or None when it learns nothing (computed once per goal)."""
    return ctx.feature(goal, _learning)


def _learning(goal: Goal, ctx: RuleContext) -> Learning | None:
    doc = goal.doc
    if doc is None or not doc.has_annotation("POS"):
        return None  # without tags a skill verb cannot be told from a field (model="blank")
    determiners = {w.lower() for w in ctx.pack.words("determiners")}
    verbs = [
        m
        for m in outside_purpose(goal, ctx.find(goal, "learning_verbs"))
        if m.token_start == 0 or doc[m.token_start - 1].lower_ not in determiners  # "my master"
    ]
    if not verbs:
        return None
    verb = verbs[0]
    skill = skill_verb(goal, ctx, verb)
    task, thing = None, goal.object
    if (
        skill is not None
        and thing is not None
        and not (thing.start < verb.end and verb.start < thing.end)
    ):
        task = concrete_object(goal, ctx, thing, using=uses(goal, ctx, skill, thing))
    return Learning(verb=verb, skill=skill, task=task, narrowed=narrowed(goal, ctx, verb))


def skill_verb(goal: Goal, ctx: RuleContext, verb: LexiconMatch) -> TextSpan | None:
    """The verb the learning verb governs: a lexical verb of the goal after it ("leren
    *maken*", "leer ... *maken*", "learn to *build*"), not itself a learning verb."""
    purpose = goal.purpose
    for candidate in goal.syntax.verbs:
        if candidate.role in ("framing", "auxiliary") or candidate.start < verb.end:
            continue
        if purpose is not None and purpose.start <= candidate.start < purpose.end:
            continue
        if any(m.start <= candidate.start < m.end for m in ctx.find(goal, "learning_verbs")):
            continue
        return candidate
    return None


def uses(goal: Goal, ctx: RuleContext, skill: TextSpan, thing: TextSpan) -> bool:
    """Whether the skill verb uses a thing rather than makes one: a using verb ("gebruiken",
    "use") or a prepositional object ("werken *met* ...", "deal *with* ...")."""
    if any(m.start <= skill.start < m.end for m in ctx.find(goal, "usage_verbs")):
        return True
    prepositions = {w.lower() for w in ctx.pack.words("prepositions")}
    first = thing.text.split()[0].lower() if thing.text.split() else ""
    return first in prepositions


def concrete_object(
    goal: Goal, ctx: RuleContext, span: TextSpan, *, using: bool
) -> TextSpan | None:
    """``span`` when it names a concrete thing: a content noun that is no generic word,
    competence or inner state; for a using verb one that says which (a name, a named
    object, a definite determiner)."""
    doc = goal.doc
    if doc is None:
        return None
    tokens = [t for t in doc if span.start <= t.idx < span.end]
    if using:
        named = [*names_in(goal, ctx), *named_objects(goal, ctx)]
        definite = {w.lower() for w in ctx.pack.words("definite_determiners")}
        if any(span.start <= n.start < span.end for n in named) or any(
            t.lower_ in definite for t in tokens
        ):
            return span
        return None
    return span if any(concrete_noun(goal, ctx, t) for t in tokens) else None


def concrete_noun(goal: Goal, ctx: RuleContext, token: Token) -> bool:
    """A content word that names a thing: no function word, generic word, competence,
    inner state or vague outcome."""
    lower = token.lower_
    wordlike = lower.replace("-", "").isalpha()  # a compound: "Excel-draaitabellen"
    if not wordlike or len(lower) < 3 or lower in ctx.pack.function_words:
        return False
    generic = {w.lower() for w in ctx.pack.words("generic_nouns")} | generic_words(ctx)
    if lower in generic or token.lemma_.lower() in generic:
        return False
    if token.pos_ not in ("NOUN", "PROPN", "X"):
        return False
    return not any(
        m.start <= token.idx < m.end for key in _NOT_CONCRETE for m in ctx.find(goal, key)
    )


def narrowed(goal: Goal, ctx: RuleContext, verb: LexiconMatch) -> bool:
    """Something beside the field says what exactly is learnt: a level or number, a named
    course or exam, a role, a situation with more than a name ("voor de maandrapportage",
    not "in Python"), or a purpose naming a concrete result."""
    signals = concreteness(goal, ctx)
    if signals.numeric or signals.roles or signals.specific_deliverables:
        return True  # a level, a number, a role, a named course or exam ("een cursus": no)
    titles = quoted_spans(goal.text)
    if any(titled(d, titles) for d in signals.deliverables):
        return True  # a course by its title: "de cursus 'Python voor beginners'"
    names = names_in(goal, ctx)
    support = goal.support
    for place in outside_purpose_spans(goal, situations(goal, ctx)):
        if any(s.start < place.end and place.start < s.end for s in support):
            continue  # a means ("with a tutor"), not what is learnt
        tokens = [t for t in goal.doc or () if place.start <= t.idx < place.end]
        if any(
            concrete_noun(goal, ctx, t) and not inside(names, t.idx, t.idx + len(t.text))
            for t in tokens
        ):
            return True
    return purpose_result(goal, ctx) is not None


def titled(thing: TextSpan, titles: list[TextSpan]) -> bool:
    """A quoted title right beside ``thing``: "de cursus 'Excel voor gevorderden'", "the
    'Databases for analysts' course"."""
    return any(0 <= t.start - thing.end <= 1 or 0 <= thing.start - t.end <= 1 for t in titles)


def purpose_result(goal: Goal, ctx: RuleContext) -> TextSpan | None:
    """A concrete result the purpose names: a verb's object in it that is a concrete noun
    ("zodat ik zelf *webapplicaties* kan bouwen", "so I can build my own *dashboards*"), in
    a purpose without a vague word ("zodat ik beter kan communiceren" names none; a bound's
    word is none: "at *least* enough to read the work instructions")."""
    purpose, doc = goal.purpose, goal.doc
    if purpose is None or doc is None:
        return None
    bounds = ctx.find(goal, "bounds")  # 'at *least* enough to ...': a bound, no comparison
    within = [
        m
        for key in _VAGUE_PURPOSE
        for m in ctx.find(goal, key)
        if not any(b.start <= m.start and m.end <= b.end for b in bounds)
    ]
    if any(purpose.start <= m.start < purpose.end for m in within):
        return None
    for token in doc:
        if not purpose.start <= token.idx < purpose.end:
            continue
        if token.head.pos_ in ("VERB", "AUX") and concrete_noun(goal, ctx, token):
            return TextSpan(text=token.text, start=token.idx, end=token.idx + len(token.text))
    return None
