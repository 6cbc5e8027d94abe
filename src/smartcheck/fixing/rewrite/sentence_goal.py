"""One sentence of a text read as its goal, the others kept as written: the last reading
before the structured fallback.

A goal is often told among sentences of context, feeling, history or remark, in shapes no
earlier step reads ("Kan ik de opleiding X volgen? Ik sta nu 4 jaar in Y.", "No more damage
when mooring. Last year we had 2 incidents."). When nothing read the text whole, a coach
still sees which sentence is the goal: the one that, rewritten on its own, reads as one
whole sentence. The others stay as the writer wrote them, in their place.

Which sentence is the goal: the only one that is no plain statement (a fragment, a wish,
an ask, an imperative), and not one the reading stage marked as context (anatomy/
situation.py). The others are kept as written, so each must be a statement (a subject and a
finite verb) that does not commit the writer (the writer as subject with a modal, a wish or
a hedge): a fragment beside the goal ("Better shelf labels.") or a second wish would be a
second goal left unrewritten, and a text of statements only is a problem told, no goal
among remarks. Such texts are left to the fallback. Only texts of two to four sentences: a
longer one is a list or a story, read elsewhere.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.fixing.rewrite.stops import sentence_ends

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Most sentences a text may have for one of them to be read as its goal.
MOST_SENTENCES = 4
#: How far (in characters) a negation may stand from the wish it denies ('wil ik niet').
_NEAR = 8
#: What makes a sentence the writer's own goal, with the writer as its subject.
_OWN_KEYS: tuple[LexiconKey, ...] = ("modal_verbs", "wish_verbs", "hedges")


def sentence_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """The character spans of the goal text's sentences (two to four), or nothing."""
    text = goal.text
    cuts = [0, *sentence_ends(text, style.abbreviations), len(text)]
    spans = [(a, b) for a, b in pairwise(cuts) if any(ch.isalpha() for ch in text[a:b])]
    return spans if 2 <= len(spans) <= MOST_SENTENCES else []


def goal_candidates(goal: Goal, ctx: RuleContext, spans: list[tuple[int, int]]) -> list[int]:
    """The sentence (an index into ``spans``, at most one) to read as the goal: the only
    one that is no plain statement (a fragment, a wish, an ask, an imperative), when every
    other is a statement that does not commit the writer, and it is not marked as context;
    nothing when two sentences could be goals or none is."""
    plain = [
        _statement(goal, span)
        and not commits_writer(goal, ctx, span)
        and not _duty(goal, ctx, span)
        for span in spans
    ]
    goals = [n for n, flag in enumerate(plain) if not flag]
    if len(goals) != 1:
        return []  # two goals (a split, a list of fragments) or only statements (a problem)
    a, b = spans[goals[0]]
    if any(c.start < b and a < c.end for c in goal.syntax.context):
        return []
    return goals


def commits_writer(goal: Goal, ctx: RuleContext, span: tuple[int, int]) -> bool:
    """Does the sentence at ``span`` have the writer as a subject and a modal, wish or hedge
    ('Ik wil graag ...', 'I should ...', 'maybe I could ...'), not negated? A wish the writer
    denies with no act of its own ('..., dat wil ik niet meer', "I don't want that
    anymore") rejects the habit told before it: the goal said the other way round, no goal
    of its own; with an act ('Ik wil nooit meer X vergeten') it is a goal."""
    start, end = span
    writer = any(start <= m.start < end for m in ctx.find(goal, "first_person_subject"))
    own = [m for k in _OWN_KEYS for m in ctx.find(goal, k) if start <= m.start < end]
    if not writer or not own:
        return False
    denied = [n for n in ctx.find(goal, "negations") if start <= n.start < end]
    if not all(any(abs(n.start - m.end) <= _NEAR for n in denied) for m in own):
        return True
    # 'Ik wil nooit meer een val vergeten': a goal told with an absolute, its own act
    return _act_after(goal, min(m.end for m in own), end)


def _act_after(goal: Goal, start: int, end: int) -> bool:
    """Is there an infinitive between ``start`` and ``end`` (the act a wish is for)?"""
    doc = goal.doc
    return doc is not None and any(
        start <= t.idx < end and "Inf" in t.morph.get("VerbForm", []) for t in doc
    )


def _duty(goal: Goal, ctx: RuleContext, span: tuple[int, int]) -> bool:
    """Does the sentence at ``span`` lay a duty (the pack's ``obligation_modals``: 'We have
    to cut waste', 'Er moet ...')? A duty is a goal of its own, whoever it binds."""
    start, end = span
    return any(start <= m.start < end for m in ctx.find(goal, "obligation_modals"))


def _statement(goal: Goal, span: tuple[int, int]) -> bool:
    """Is the sentence at ``span`` a plain statement: a subject and a finite verb, and no
    question ('Last year we had 2 incidents.', 'Ik sta nu 4 jaar in de straalcabine.')? A
    fragment ('Better shelf labels.', 'Sneller werken.') is a goal in a note's shape."""
    start, end = span
    if goal.doc is None or goal.text[start:end].rstrip().endswith("?"):
        return False
    roots = [t for t in goal.doc if start <= t.idx < end and not start <= t.head.idx < end]
    roots += [t for t in goal.doc if start <= t.idx < end and t.head.i == t.i]
    return any(_finite_clause(root) for root in roots)


def _finite_clause(root: Token) -> bool:
    """Is ``root`` the head of a clause: a subject of its own and a verb (the root's, an
    auxiliary's or a copula's; a Dutch stem the tagger calls a noun shows by its particle:
    'Als het druk is *klap* ik *dicht*'), finite or at least no bare infinitive or
    participle? A verb inside a relative clause ('Less complaints about the mess *we
    leave*') is no root, so it makes no statement of the fragment."""
    subject = any(c.dep_.startswith("nsubj") or c.dep_ == "expl" for c in root.children)
    helpers = [c for c in root.children if c.dep_ in ("aux", "aux:pass", "cop")]
    particle = any(c.dep_ == "compound:prt" for c in root.children)
    verbal = root.pos_ in ("VERB", "AUX") or bool(helpers) or particle
    forms = [f for v in (root, *helpers) for f in v.morph.get("VerbForm", [])]
    bare = "Fin" not in forms and any(f in ("Inf", "Part") for f in forms)
    return subject and verbal and not bare and not _aim_told(root)


def _aim_told(root: Token) -> bool:
    """Does the clause tell an aim with an infinitive ('My goal is *to be* better at X',
    'Mijn doel is om beter te *worden* in X', 'My plan is to *shadow* Piet')? A goal in the
    shape of a statement, no remark beside one."""
    helpers = [c for c in root.children if c.dep_ in ("aux", "aux:pass")]
    if any("Fin" in h.morph.get("VerbForm", []) for h in helpers):
        return False  # "I don't want that": the root's infinitive after a finite helper
    clausal = ("aux", "aux:pass", "csubj", "xcomp", "ccomp")
    infinitives = [root, *(c for c in root.children if c.dep_ in clausal)]
    return any("Inf" in v.morph.get("VerbForm", []) for v in infinitives)
