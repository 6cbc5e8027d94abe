"""Someone's wish for the writer's act, joined to the act's purpose: no step after an aim.

"My manager wants me to learn the after-sales process too, *so I can* handle complaints
myself": the comma and "so" look like the joiner of an aim and the writer's own step ("X
wants Y, so I need to Z", aims.py), but "so I can" (the pack's ``purpose_markers``) opens the
purpose of the act the other wants. Read as aim and step, the two swap: "By [date], I can
handle complaints myself, so that I can learn the after-sales process too". The act stays the
learning, and what it is for stays its purpose (the voices read the wish, voices/).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.aims import joiner_spans

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def purpose_joined(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> bool:
    """Does a purpose marker start at the joiner that would cut the aim from the step?"""
    spans = joiner_spans(goal, style)
    if not spans:
        return False
    purposes = ctx.find(goal, "purpose_markers")
    return any(a <= m.start < b for a, b in spans for m in purposes)
