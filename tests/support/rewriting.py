"""What the rewrite tests ask of a checker: the rewrite it shows for a failing goal (read whole,
no seam; a split part by part) and the kinds of seam a candidate shows against its goal."""

from __future__ import annotations

import datetime

from smartcheck import Checker
from smartcheck.fixing.rewrite.coordinated import part_seams
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import RewriteStyle, style_for
from tests.conftest import REF
from tests.support.rewrite_quality import evaluate_goal


def rewrite_style(checker: Checker, lang: str) -> RewriteStyle:
    """The ``rewrite:`` block of ``lang``'s pack (every shipped language has one)."""
    style = style_for(checker.context(lang))
    assert style is not None
    return style


def rewrite_of(checker: Checker, text: str, lang: str) -> str | None:
    """The rewrite ``checker`` shows for ``text`` on the tests' reference date (any kind:
    a sentence, a split or the structured fallback; None for a SMART goal)."""
    return checker.check(text, lang=lang, reference_date=REF).rewrite


def falls_back(checker: Checker, text: str, lang: str) -> bool:
    """Does ``checker`` show the structured fallback for ``text`` (no sentence read whole)?"""
    return checker.check(text, lang=lang, reference_date=REF).structured_rewrite is not None


def shown_rewrite(checker: Checker, text: str, lang: str) -> str:
    """The sentence rewrite of a failing goal, asserted to be a sentence with no seam (a split:
    every part without one)."""
    report = checker.check(text, lang=lang, reference_date=REF)
    assert not report.is_smart
    assert report.structured_rewrite is None, report.rewrite
    assert report.rewrite is not None
    ctx = checker.context(lang)
    style = style_for(ctx.pack)
    assert style is not None
    # the goal as judged (after a list marker or label): its spans and Doc agree
    judged = checker.parse(checker.surface(text, lang).text, lang=lang, reference_date=REF)
    if report.split:  # several goals: one rewrite per goal, each read as a part
        assert all(part_seams(part, judged, ctx) == [] for part in report.split)
        return report.rewrite
    assert find_seams(report.rewrite, judged, ctx, style) == []
    return report.rewrite


def well_rewritten(checker: Checker, text: str, lang: str) -> str:
    """The shown rewrite of a failing goal, asserted to be rewritten well: a sentence (no
    fallback, no seam) that passes every criterion the goal failed and keeps the writer's
    content words."""
    outcome = evaluate_goal(checker, text, lang)
    assert outcome is not None, "the goal fails at least one criterion"
    assert outcome.rewrite is not None
    assert outcome.ok, outcome
    return shown_rewrite(checker, text, lang)


def seam_kinds(checker: Checker, lang: str, goal: str, candidate: str) -> set[str]:
    """The kinds of seam ``candidate`` shows as a rewrite of ``goal``."""
    parsed = checker.parse(goal, lang=lang, reference_date=REF)
    ctx = checker.context(lang)
    style = style_for(ctx.pack)
    assert style is not None
    return {s.kind for s in find_seams(candidate, parsed, ctx, style)}


def seam_tags(checker: Checker, lang: str, goal: str, candidate: str) -> set[str]:
    """Every word a seam of ``candidate`` names (its tag among them: 'inf-slot',
    'te-object', ...): to tell which check found it."""
    parsed = checker.parse(goal, lang=lang, reference_date=REF)
    ctx = checker.context(lang)
    style = style_for(ctx.pack)
    assert style is not None
    return {w for s in find_seams(candidate, parsed, ctx, style) for w in s.words}


def deadline_of(checker: Checker, text: str, lang: str) -> tuple[str, datetime.date | None] | None:
    """The deadline ``checker`` reads in ``text`` on the tests' reference date: its words and
    its due date (None when the goal has none)."""
    deadline = checker.check(text, lang=lang, reference_date=REF).goal.deadline
    return None if deadline is None else (deadline.text, deadline.due)
