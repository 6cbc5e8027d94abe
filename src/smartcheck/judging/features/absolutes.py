"""Absolute demands a goal makes ("nooit meer", "to zero"), not the writer's past told with an
absolute word ("Ik heb nog nooit geprogrammeerd", "I have never led a team"): that is where
the writer starts (the pack's ``past_experience``), no standard the goal sets: the rewrite
bounds only these. (R001 still flags an absolute word in the past: on the development goals
it is the only thing that fails one goal that is unrealistic for another reason.)
"""

from __future__ import annotations

from smartcheck.judging.context import RuleContext
from smartcheck.reading.goal import Goal
from smartcheck.reading.lexicon import LexiconMatch


def demanded_absolutes(goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
    """The pack's ``absolutes`` in the goal, outside a phrase of past experience."""
    past = ctx.find(goal, "past_experience")
    return [
        m
        for m in ctx.find(goal, "absolutes")
        if not any(p.start <= m.start and m.end <= p.end for p in past)
    ]
