"""The writer's nod to someone's reason made the goal: 'By [date], I can see why, I'm not
much of a paperwork person, ...', 'Vóór [datum] snap ik wel waarom, ...'.

Asked by someone to do a thing, writers grant the reason and add how they feel about it
("My manager thinks I should X. I can see why, I'm just not much of a paperwork person.",
"Mijn teamleider wil dat ik X. Ik snap wel waarom, maar ..."). The nod (the pack's
``acknowledged_reasons``, within a few words of its sentence's start) is a remark on the
other's wish, never the goal: a candidate that puts a frame or a commitment before the
writer's words of the nod commits the writer to seeing why. Kept as a sentence of its own,
as written, it is no seam.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.stops import sentence_ends

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Most words before the nod in its sentence ('I can', 'Ik'): the nod opens it.
_OPENING_WORDS = 3


def acknowledgement_committed(
    candidate: str, goal: Goal, ctx: RuleContext, abbreviations: Collection[str] = ()
) -> list[Seam]:
    """The goal's nod to a reason in a sentence of ``candidate`` that does not open as the
    nod's sentence of the goal does (from its start to the nod's end), or goes on with
    words the goal did not write there ('..., vóór [datum], zodat ...')."""
    seams: list[Seam] = []
    low = " ".join(candidate.split()).lower()
    for match in ctx.find(goal, "acknowledged_reasons"):
        starts = sentence_ends(goal.text[: match.start], abbreviations, marks=".!?")
        start = starts[-1] if starts else 0
        if len(goal.text[start : match.start].split()) > _OPENING_WORDS:
            continue  # '..., zodat ik snap waarom ...': inside a clause, no nod
        told = " ".join(goal.text[start : match.end].split()).lower()
        nod = goal.text[match.start : match.end].lower().split()
        # the nod's first and last word, a few words apart ('snap *ik wel* waarom')
        words = rf"\b{re.escape(nod[0])}\b" + (
            rf"(?:\W+[\w']+){{0,3}}?\W+{re.escape(nod[-1])}\b" if len(nod) > 1 else ""
        )
        written = " ".join(goal.text.lower().split())
        for found in re.finditer(words, low):
            head, rest = low[: found.end()], low[found.end() :]
            opening = head[([0, *sentence_ends(head, abbreviations, marks=".!?")])[-1] :].strip()
            ends = sentence_ends(rest, abbreviations, marks=".!?")
            whole = opening + (rest[: ends[0]] if ends else rest)
            if opening != told or whole.strip().rstrip(".!?") not in written:
                detail = f"the nod {' '.join(nod)!r} framed"
                seams.append(Seam("context_committed", detail, ("nod",)))
                break
    return seams
