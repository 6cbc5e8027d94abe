"""A verb left after its object: the rewrite of a note-style goal ('Guitar setups learn')
that keeps the writer's order ('By [date], I will guitar setups learn'). English puts the
verb first; such a sentence is broken whatever frame holds it (fronted_verbs.py reads the
goal with the verb in front, and this seam keeps the broken order from being shown when that
reading finds no sentence)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.fronted_verbs import verb_first
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def verb_after_object(
    candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """The goal is a line with its verb after the object, and ``candidate`` keeps the object
    and the verb in that order ('guitar setups learn', 'in Excel improve')."""
    names = frozenset((*ctx.pack.words("known_names"), *ctx.pack.words("ambiguous_names")))
    others = frozenset(w.lower() for w in ctx.pack.words("impersonal_subject") if " " not in w)
    if verb_first(goal.text, style, names, others) is None:
        return []
    words = goal.text.strip().rstrip(".!").split()
    kept = r"\s+".join(re.escape(w) for w in words[-2:])
    if re.search(rf"(?<!\w){kept}(?!\w)", candidate, flags=re.IGNORECASE) is None:
        return []
    return [Seam("word_order", f"{' '.join(words[-2:])!r}: the verb after its object", ("ov",))]
