"""A state committed as the target while the direction told after it stays a duty: 'Vóór
[datum] zorg ik ervoor dat mijn score onder het gemiddelde ligt, ... . Dat moet omhoog.'

A text that tells where a thing stands and closes with only the way it should go ('Dat moet
omhoog', 'That needs to go up'; the pack's ``rewrite.closing_directions``) names the state as
the baseline. A candidate that frames the goal and keeps that closing sentence as written
after it committed the writer to the baseline, the reverse of the aim, and left the
direction nobody's (JUDGING A). The honest readings give the direction its owner
(closing_directions.py) or show the structured fallback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.closing_directions import closing_sentence
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.stops import sentences

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext


def direction_left_told(candidate: str, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A closing direction kept as a sentence after the candidate's first sentence, which
    carries the frame's placeholders (a commitment the rewrite made); a comparative closes
    too ('Dat moet beter.': the pack's ``comparatives``)."""
    comparatives = frozenset(w.lower() for w in ctx.pack.words("comparatives"))
    told = sentences(candidate, style.abbreviations)
    if len(told) < 2 or "[" not in " ".join(told[:-1]):
        return []
    return [
        Seam("context_committed", f"the state before {s!r} committed as the target", ("closed",))
        for s in told[1:]
        if closing_sentence(s, style, comparatives)
    ]
