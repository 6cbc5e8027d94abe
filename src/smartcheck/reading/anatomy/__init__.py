"""Read a goal's anatomy from its spaCy Doc: actor, action, modals, object, measures, ...

The steps, each in its own module: find the main clause and its dependent clauses
(:mod:`.clauses`), the verbs and the action among them (:mod:`.verbs`), the actor and object
(:mod:`.roles`) and the measures (:mod:`.measures`). Every step works on an untagged
``spacy.blank`` Doc (word lists and word order) and uses tags, morphology and the dependency
parse when the pipeline has them; docs/anatomy.md describes both and their accuracy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.reading.anatomy.asides import aside_spans
from smartcheck.reading.anatomy.clauses import (
    boundaries,
    first_sentence,
    fronted_condition,
    is_passive,
    main_clause,
    purpose_span,
)
from smartcheck.reading.anatomy.coordination import goal_pieces, goal_verbs, segments
from smartcheck.reading.anatomy.measures import find_measures
from smartcheck.reading.anatomy.roles import Clause, find_actor, find_object
from smartcheck.reading.anatomy.situation import context_spans
from smartcheck.reading.anatomy.verbs import (
    action_lemma,
    choose_action,
    is_nonfinite,
    looks_like_participle,
    separable_particle,
    verb_candidates,
)
from smartcheck.reading.anatomy.words import PackWords, Reading, lemma_text
from smartcheck.reading.goal import (
    Action,
    ClauseSpan,
    Measure,
    Modal,
    Syntax,
    TextSpan,
    Verb,
    VerbForm,
    VerbRole,
)
from smartcheck.reading.timex import TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["read_anatomy"]


def read_anatomy(
    doc: Doc,
    ctx: PackWords,
    times: tuple[TimeExpression, ...] = (),
    passed: tuple[tuple[int, int], ...] = (),
) -> dict[str, Any]:
    """The anatomy fields of :class:`~smartcheck.reading.goal.Goal` for ``doc``; ``passed``
    holds the character spans of times that point back ('vorig jaar', 'last month')."""
    measures = find_measures(doc, ctx, times)
    r = Reading(doc, ctx, times, tuple((m.start, m.end) for m in measures), passed=passed)
    clause = _main_clause(r)
    passive = is_passive(r, clause.action, clause.start, clause.end)
    purpose = purpose_span(r)
    context = context_spans(r)
    parts = segments(r, purpose, clause.action, context)
    syntax = Syntax(
        clauses=_clauses(r, clause, purpose),
        verbs=_verbs(r, clause),
        particle=_token_span(r, clause.particle) if clause.particle is not None else None,
        goal_verbs=goal_verbs(r, parts),
        goal_pieces=goal_pieces(r, parts),
        asides=aside_spans(r),
        context=context,
    )
    return {
        "actor": find_actor(r, clause),
        "action": _action(r, clause),
        "modals": _modals(r),
        "object": find_object(r, clause, passive),
        "measures": _without_verbs(measures, clause),
        "support": tuple(_span(r, m.start, m.end) for m in ctx.matcher("support").find(doc)),
        "purpose": purpose,
        "passive": passive,
        "negated": _negated(r, purpose),
        "syntax": syntax,
    }


def _verbs(r: Reading, clause: Clause) -> tuple[Verb, ...]:
    """The main clause's verbs with their form and role."""
    found = []
    candidates = list(clause.verbs)
    for verb in clause.verbs:
        form: VerbForm = "finite"
        if is_nonfinite(r, verb, candidates):
            participle = "Part" in verb.morph.get("VerbForm", []) or looks_like_participle(
                verb.lower_, r
            )
            form = "participle" if participle else "infinitive"
        role: VerbRole = "verb"
        if verb == clause.action:
            role = "action"
        elif r.is_framing(verb):
            role = "framing"
        elif r.is_auxiliary(verb):
            role = "auxiliary"
        lemma = action_lemma(r, verb, clause.particle) if role == "action" else lemma_text(verb)
        span = _token_span(r, verb)
        found.append(
            Verb(text=span.text, start=span.start, end=span.end, lemma=lemma, form=form, role=role)
        )
    return tuple(found)


def _clauses(r: Reading, clause: Clause, purpose: TextSpan | None) -> tuple[ClauseSpan, ...]:
    """The main clause, the purpose clause and the other dependent clauses of the first
    sentence (a fronted condition among them), in text order."""
    found: list[ClauseSpan] = []
    condition = fronted_condition(r)
    if condition is not None:
        start, stop = condition
        if r.is_word(r.doc[stop - 1], "consequence_words"):
            stop -= 1  # "dan"/"then" opens the main clause; the comma is trimmed below
        span = _range_span(r, start, stop)
        if span is not None:
            found.append(
                ClauseSpan(text=span.text, start=span.start, end=span.end, kind="dependent")
            )
    main = _range_span(r, clause.start, clause.end)
    if main is not None:
        found.append(ClauseSpan(text=main.text, start=main.start, end=main.end, kind="main"))
    if purpose is not None:
        found.append(
            ClauseSpan(text=purpose.text, start=purpose.start, end=purpose.end, kind="purpose")
        )
    start, end = first_sentence(r)
    marks = [b for b in boundaries(r, start, end) if not b.purpose and b.token >= clause.end]
    stops = [*(b.token for b in marks[1:]), end] if marks else []
    for here, stop in zip(marks, stops, strict=True):
        span = _range_span(r, here.token, stop)
        if span is not None and (purpose is None or not purpose.start <= span.start < purpose.end):
            found.append(
                ClauseSpan(text=span.text, start=span.start, end=span.end, kind="dependent")
            )
    return tuple(sorted(found, key=lambda c: c.start))


def _range_span(r: Reading, start: int, end: int) -> TextSpan | None:
    """Tokens [start, end) as a span, without punctuation at its edges."""
    tokens = [t for t in r.doc[start:end]]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if not tokens:
        return None
    first, last = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return TextSpan(text=r.text[first:last], start=first, end=last)


def _token_span(r: Reading, token: Token) -> TextSpan:
    end = token.idx + len(token.text)
    return TextSpan(text=r.text[token.idx : end], start=token.idx, end=end)


def _main_clause(r: Reading) -> Clause:
    """The main clause with its verbs, action and (Dutch) separable particle."""
    start, end = first_sentence(r)
    found = boundaries(r, start, end)
    clause_start, clause_end = main_clause(r, found)
    verbs = verb_candidates(r, clause_start, clause_end)
    action = choose_action(r, verbs)
    if action is None or r.is_framing(action) or r.is_auxiliary(action):
        # No lexical verb before an infinitival complement: look inside it.
        wider = main_clause(r, found, widen=True)
        if wider != (clause_start, clause_end):
            clause_start, clause_end = wider
            verbs = verb_candidates(r, clause_start, clause_end)
            action = choose_action(r, verbs)
    particle = separable_particle(r, action, clause_end, verbs) if action is not None else None
    return Clause(clause_start, clause_end, tuple(verbs), action, particle)


def _action(r: Reading, clause: Clause) -> Action | None:
    verb = clause.action
    if verb is None:
        return None
    start, end = verb.idx, verb.idx + len(verb.text)
    lemma = action_lemma(r, verb, clause.particle)
    return Action(text=verb.text, start=start, end=end, lemma=lemma)


def _modals(r: Reading) -> tuple[Modal, ...]:
    """Modal and hedging verbs and phrases; a phrase in both lists counts as a hedge."""
    found: dict[int, Modal] = {}
    keys: tuple[tuple[LexiconKey, bool], ...] = (("modal_verbs", False), ("hedges", True))
    for key, hedge in keys:
        for m in r.ctx.matcher(key).find(r.doc):
            tokens = r.doc[m.token_start : m.token_end]
            lemma = " ".join(t.lemma_.lower() or t.lower_ for t in tokens)
            earlier = found.get(m.start)
            found[m.start] = Modal(
                text=r.text[m.start : m.end],
                start=m.start,
                end=m.end,
                lemma=lemma,
                hedge=hedge or (earlier is not None and earlier.hedge),
            )
    return tuple(sorted(found.values(), key=lambda m: m.start))


def _negated(r: Reading, purpose: TextSpan | None) -> bool:
    """A negation word outside the purpose clause ("zodat ik niet ..." negates the why)."""
    for m in r.ctx.matcher("negations").find(r.doc):
        if purpose is None or not purpose.start <= m.start < purpose.end:
            return True
    return False


def _without_verbs(measures: tuple[Measure, ...], clause: Clause) -> tuple[Measure, ...]:
    """Deliverable words used as verbs are not deliverables ("I *plan* to", "is documented")."""
    verbs = {(v.idx, v.idx + len(v.text)) for v in clause.verbs}
    return tuple(m for m in measures if m.kind != "deliverable" or (m.start, m.end) not in verbs)


def _span(r: Reading, start: int, end: int) -> TextSpan:
    return TextSpan(text=r.text[start:end], start=start, end=end)
