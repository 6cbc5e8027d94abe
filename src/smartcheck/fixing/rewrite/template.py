"""The built-in template rewriter: deterministic, offline, driven by the rule pack.

It reads what failed from the report, plans word-level edits (plan.py), commits the
intention (commit.py), puts the words into a SMART frame with the language's word order
(frame.py), and fills the gaps with the pack's bracketed placeholders, or with concrete
values where a safe fix supplies them (an explicit date for "binnen drie maanden"). Goals it
cannot read as one goal (questions, lists, no words) get no rewrite rather than a bad one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.commit import commit
from smartcheck.fixing.rewrite.frame import Parts, analyse, assemble
from smartcheck.fixing.rewrite.guard import looks_grammatical, refusal
from smartcheck.fixing.rewrite.plan import Plan, failed, finish_plan, make_plan
from smartcheck.fixing.rewrite.purpose import purpose_sentence, wants_purpose
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import RewriteStyle, style_for
from smartcheck.fixing.rewrite.words import words_of

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reporting.report import GoalReport


class TemplateRewriter:
    """Deterministic, offline rewrites from rule-pack templates."""

    def rewrite(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """The rewrites of a failing goal without a seam (best first), or ()."""
        if report.is_smart or refusal(report.goal.text) is not None:
            return ()
        style = style_for(ctx)
        if style is None:
            return ()
        try:
            found = candidates(report, ctx, style)
        except (ValueError, IndexError, KeyError):  # a goal shape the frames do not cover
            return ()
        return tuple(
            text
            for text in dict.fromkeys(found)
            if looks_grammatical(text, report.goal.text, style)
            and not find_seams(text, report.goal, ctx, style)
        )


def candidates(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> list[str]:
    """Every sentence the frames make of ``report``'s goal, best first (seams not checked)."""
    found = [build(report, ctx, style)]
    return [text for text in found if text]


def build(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """One rewrite of ``report``'s goal in ``style``'s frames."""
    words = words_of(report.goal)
    if not any(w.is_word for w in words):
        return None
    plan = make_plan(report, ctx, style, words)
    clause = analyse(plan, style, report.goal)
    finish_plan(report, ctx, style, plan, clause.core)
    if plan.behaviour is not None:
        clause = analyse(plan, style, report.goal)
    commit(plan, clause, style)
    if clause.shape == "third" and Criterion.A in failed(report):
        plan.agreement = True
    if wants_purpose(report, ctx, style, plan, clause):
        plan.measure = True
        sentence = purpose_sentence(plan, clause, style, _parts(plan, style), ctx)
        if sentence is not None:
            return sentence
    return assemble(plan, clause, style, _parts(plan, style), report.lang)


def _parts(plan: Plan, style: RewriteStyle) -> Parts:
    ph = style.placeholders
    values = {
        "date": ph.date,
        "measure": ph.measure,
        "current_number": ph.current_number,
        "target_number": ph.target_number,
        "support": ph.support,
    }
    frames = style.frames
    time = None
    if plan.time == "until":
        time = frames.until.format(**values)
    elif plan.time == "deadline":
        time = frames.deadline.format(**values)
    extras = []
    if plan.comparison:
        extras.append(frames.comparison.format(**values))
    if plan.measure:
        extras.append(frames.measure.format(**values))
    if plan.agreement:
        extras.append(frames.agreement.format(**values))
    elif plan.support:
        extras.append(frames.support.format(**values))
    return Parts(time=time, extras=tuple(extras))


def placeholders_in(text: str) -> list[str]:
    """The bracketed placeholders left in a rewrite, in order."""
    return re.findall(r"\[[^\[\]]+\]", text)
