"""A hedge inside the reason the writer gives after the goal.

"Een paar weken rouleren naar QA, want ik wil later *misschien* richting QA", "Shadow the
intake, because I will *probably* take over the planning": the reason tells what may come
and why the goal is worth it; the writer's commitment is the goal's. A hedge there is no
doubt of the goal (A001), and the rewrite keeps it as written. The reason runs from one of
the pack's ``reason_markers`` after the text's start to the end of its sentence: a hedge in
the next sentence ("... want dan raak ik in paniek. Misschien kan de chef me coachen.") is
the goal text's again.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reading.lexicon import LexiconMatch

#: A sentence end between a reason marker and a hedge: the reason ended there.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def outside_reason_clauses(
    goal: Goal, ctx: RuleContext, found: list[LexiconMatch]
) -> list[LexiconMatch]:
    """``found`` without the matches inside a reason's sentence after its marker."""
    reasons = [r for r in ctx.find(goal, "reason_markers") if r.start > 0]
    if not reasons:
        return found
    text = goal.text
    return [
        m
        for m in found
        if not any(
            r.end <= m.start and _SENTENCE_END.search(text, r.end, m.start) is None for r in reasons
        )
    ]
