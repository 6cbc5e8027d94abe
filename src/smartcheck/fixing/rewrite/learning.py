"""Learning goals: the learning verb stays, and the concrete result is asked for.

JUDGING S: "learn X" is vague unless a concrete result is named ("Excel leren" fails,
"Excel leren, zodat ik zelf draaitabellen kan maken" passes; judging/features/learning.py).
Replacing the learning verb by ``[concreet gedrag]`` loses the writer's verb, and the purpose
frame ("..., om Excel te leren") hides what the writer wants to do. This frame commits the
goal as written ("Vóór [datum] ga ik Excel leren") and adds the pack's result clause, a
purpose whose behaviour the writer fills in (``rewrite.frames.learning_result``: ", zodat ik
[concreet gedrag] kan" / ", so that I can [concrete behaviour]"). A vague word beside the
learning verb goes ("beter leren schrijven" -> "leren schrijven"); the verbs stay.
"""

from __future__ import annotations

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.aim_nouns import aim_noun
from smartcheck.fixing.rewrite.commit import commit
from smartcheck.fixing.rewrite.countable import countable_comparatives
from smartcheck.fixing.rewrite.frame import Clause, analyse
from smartcheck.fixing.rewrite.plan import Plan, failed, make_plan
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import is_verbal, words_of
from smartcheck.judging.context import RuleContext
from smartcheck.judging.features.learning import learning
from smartcheck.reading.lexicon import LexiconMatch
from smartcheck.reporting.report import GoalReport

#: Findings of a goal someone else imposes or grants: the own-part frames take those.
_OTHERS = frozenset({"A002", "A003"})


def learning_frame(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle
) -> tuple[Plan, Clause, bool] | None:
    """The committed plan and clause of a learning goal that fails S, and whether it needs
    the result clause (nothing says what is learnt to do); None when it learns nothing, has
    a purpose or a clause of its own after it, or a subject other than the writer. A
    concrete task ('mijn offertes beter leren opstellen') needs no result: the vague word
    goes and the learning verb stays ('ga ik mijn offertes leren opstellen')."""
    if style.frames.learning_result is None or Criterion.S not in failed(report):
        return None
    if any(f.code in _OTHERS for f in report.criteria[Criterion.A].findings):
        return None  # imposed or granted ('moet van mijn leidinggevende'): the own-part frames'
    goal = report.goal
    found = learning(goal, ctx)
    if found is None or goal.purpose is not None:
        return None
    words = words_of(goal)
    plan = make_plan(report, ctx, style, words)
    clause = analyse(plan, style, goal)
    verb = [i for i, w in enumerate(words) if w.inside(found.verb.start, found.verb.end)]
    if not verb or any(not plan.kept(i) or i in plan.replace for i in verb):
        return None
    if clause.subject is not None:
        if words[clause.subject].lower != style.default_subject.lower():
            return None  # 'we': the result clause speaks for the writer alone
    elif verb[0] in clause.core and clause.shape in ("third", "topic"):
        clause = Clause("fragment", [], None, None, clause.core, clause.tail)  # 'Excel leren'
    if clause.shape not in ("first", "inverted", "fragment") or not set(verb) <= set(clause.core):
        return None
    if any(words[i].is_word for i in clause.tail):
        return None  # a clause of its own after the goal: the result would not be the last
    skill = found.skill
    keep = set(verb) | (
        {i for i, w in enumerate(words) if w.inside(skill.start, skill.end)} if skill else set()
    )
    if not _drop_vague(report, ctx, style, plan, set(clause.core) - keep):
        return None
    bad = failed(report)
    plan.measure = Criterion.M in bad
    compared = [
        m
        for m in ctx.find(goal, "comparatives")
        if any(plan.kept(i) for i in _inside(plan, m.start, m.end))
    ]
    counted = countable_comparatives(goal, ctx, style, compared)
    if plan.measure and any(m not in counted and not _shared(m, counted) for m in compared):
        return None  # 'learn to weld better': a quality, no count; the purpose frame serves it
    plan.comparison = plan.measure and bool(compared)
    if found.task is not None:
        plan.measure = plan.measure or not found.narrowed
    commit(plan, clause, style, frozenset(ctx.pack.words("separable_particles")))
    return plan, clause, found.task is None


def with_result(sentence: str, style: RewriteStyle) -> str:
    """``sentence`` with the learning result clause at its end, before the full stop."""
    frame = style.frames.learning_result
    assert frame is not None
    result = frame.format(behaviour=style.placeholders.behaviour)
    return sentence.rstrip(" .!") + result + "."


def _drop_vague(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle, plan: Plan, droppable: set[int]
) -> bool:
    """The vague words beside the learning verb ('beter', 'more') go; False when a vague
    phrase has a verb of its own ('get better at learning ...'): not this frame's goal. Of
    a gapped phrase only its own words go ('handle *difficult conversations* better': the
    object in the gap stays)."""
    v2 = style.word_order == "v2"
    amounts = {c.lower() for c in ctx.pack.words("comparatives") if " " not in c}
    for match in ctx.find(report.goal, "vague_outcome"):
        parts = {p.lower() for p in match.entry.replace("&", " ").split()}
        inside = [
            i
            for i in _inside(plan, match.start, match.end)
            if i in droppable and (" & " not in match.entry or plan.words[i].keys() & parts)
        ]
        if any(is_verbal(plan.words[i], v2) for i in inside):
            return False
        if aim_noun(plan.words, inside, amounts, style):
            return False  # 'meer kennis van X, ook leren plannen': an aim of its own
        plan.drop.update(inside)
    return True


def _inside(plan: Plan, start: int, end: int) -> list[int]:
    return [i for i, w in enumerate(plan.words) if w.inside(start, end)]


def _shared(match: LexiconMatch, others: list[LexiconMatch]) -> bool:
    """``match`` shares a word with one of ``others`` ('more' inside 'more often')."""
    return any(match.start < o.end and o.start < match.end for o in others)
