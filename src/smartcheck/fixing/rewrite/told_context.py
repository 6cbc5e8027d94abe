"""A sentence that tells a precondition or a past problem beside the goal: context.

"Ik wil het diploma X halen. *Ik moet wel eerst met mijn teamleider overleggen wanneer ik kan
starten.*" and "I want to get my forklift licence. *First I need to check with HR whether
they pay for it.*": the writer first, a duty (the pack's ``obligation_modals``) and a word of
a first step (``step_markers``): what must happen before the goal, no goal of its own.
"Ik wil mijn caseload op orde hebben. *Vorig jaar heb ik een paar keer een termijn gemist*
en dat wil ik voorkomen." and "*Last year I missed two deadlines* and ...": the writer first,
a verb that looks back and a time already past: the problem that brought the goal. A
rewrite of either as a goal dates the duty or the past ("Vóór [datum] moet ik wel eerst
...", "By [date], I missed ..."). The other sentences are the goal: they are rewritten as a
goal of their own and these sentences stay as written where the writer put them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import looks_back
from smartcheck.fixing.rewrite.situation import Situated, sentences_around

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.configuration.lexicon_keys import LexiconKey
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: How far into its sentence the writer's subject stands ('Vorig jaar heb *ik*', '*Ik* moet').
_SUBJECT_WITHIN = 4


def context_told(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> Situated | None:
    """The goal's sentences without those that tell a precondition or a past problem, and
    those sentences before and after them; None when no sentence tells one, or every
    sentence does."""
    doc = goal.doc
    if doc is None:
        return None
    return sentences_around(goal.text, style, lambda a, b: _tells_context(goal, ctx, style, a, b))


def _tells_context(goal: Goal, ctx: RuleContext, style: RewriteStyle, start: int, end: int) -> bool:
    """Does the sentence from ``start`` to ``end`` (characters) tell a precondition or a past
    problem in its first clause, the writer near its start?"""
    tokens = [t for t in goal.doc or () if start <= t.idx < end]
    clause = _first_clause(tokens)
    words = [t for t in clause if t.is_alpha]
    writer = {w.lower() for w in ctx.pack.words("first_person_subject")}
    if not any(t.lower_ in writer for t in words[:_SUBJECT_WITHIN]):
        return False
    span = (clause[0].i, clause[-1].i + 1) if clause else (0, 0)

    def inside(key: LexiconKey) -> bool:
        return any(span[0] <= m.token_start < span[1] for m in ctx.find(goal, key))

    if inside("wish_verbs") or inside("hedges"):
        return False
    if inside("obligation_modals") and inside("step_markers"):
        return True  # 'Ik moet wel eerst ... overleggen': before the goal can start
    past = any(
        t.due is not None and t.due < goal.reference_date and start <= t.start and t.end <= end
        for t in goal.deadlines
    )
    return past and any(looks_back(t, style) or _perfect(t, clause, style) for t in clause)


def _perfect(token: Token, clause: list[Token], style: RewriteStyle) -> bool:
    """A perfect's auxiliary with a verb after it in its clause ('heb ik ... *gemist*',
    which the tagger may call a present): with a time already past, a past told."""
    if token.lemma_.lower() not in style.perfect_verbs:
        return False
    return any(t.pos_ == "VERB" and t.i > token.i for t in clause)


def _first_clause(tokens: list[Token]) -> list[Token]:
    """The tokens up to the first coordinator or comma: 'Vorig jaar heb ik ... gemist' of
    '... en dat wil ik echt voorkomen' (the wish after it points back at the past)."""
    out: list[Token] = []
    for t in tokens:
        if out and (t.pos_ == "CCONJ" or t.text in {",", ";"}):
            break
        out.append(t)
    return out
