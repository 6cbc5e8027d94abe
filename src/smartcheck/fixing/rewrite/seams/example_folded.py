"""The writer's example step folded into the aim: 'om meer verantwoordelijkheid, bijv. de
planning van de schippers te doen', 'for more responsibility, e.g. running the stand-up'.

A goal that names an aim as a thing and then the step that is its example (example_steps.py)
has its step as the goal. A frame that keeps the whole as the purpose or the topic puts the
example opener and the step inside the aim: a purpose with a list inside, and the step the
writer named is no behaviour. Refused wherever the goal has that shape and the candidate
still has the opener after a comma.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.example_steps import example_step
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def example_folded(candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """An example opener after a comma in ``candidate`` where ``goal`` gave its step as the
    example of an aim."""
    openers = sorted(style.example_openers, key=len, reverse=True)
    spelled = "|".join(re.escape(o) for o in openers)
    if not spelled or not re.search(rf",\s+(?:{spelled})(?!\w)", candidate, re.IGNORECASE):
        return []
    if example_step(goal, ctx, style) is None:
        return []
    return [Seam("dangling", "the example step folded into the aim", ("example",))]
