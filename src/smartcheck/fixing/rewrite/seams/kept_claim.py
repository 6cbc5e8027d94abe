"""The writer's claim on a need kept inside the committed sentence: 'Vóór [datum] zorg ik
ervoor dat er iemand komt die de kassa-afsluiting kan doen, dat wil ik wel op me nemen,
met als bewijs ...', 'By [date], someone in the office should be able to fix the printers,
I would be happy to do that, ...'.

A need with no owner and the writer's offer to be that one ('Er moet iemand komen die X
kan, ik zou dat wel willen oppakken', taken_on.py) has its goal in the offer: the writer
takes the aim on. A frame that commits to the need and keeps the offer after a comma says
two things at once (the writer sees to it that someone comes, and would like to do it),
and the frame's evidence then hangs on the offer. The offer is never kept inside a framed
sentence: a rewrite of an aim taken on leaves it out (taken_on.claim_spans).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.taken_on import taken_on

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def claim_kept_inside(candidate: str, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """The writer's claim on a need laid on someone (taken_on.py; the pack's
    ``taken_subjects``) after a comma in ``candidate``."""
    if "," not in goal.text:
        return []
    found = taken_on(goal, style)
    someone = "|".join(re.escape(w) for w in style.taken_subjects)
    if found is None or not someone or not re.search(rf"\b(?:{someone})\b", found.aim, re.I):
        return []  # no need laid on 'someone': the claim is on another aim, read elsewhere
    claim = " ".join(found.claim.rstrip(" .!?").split())
    if not claim:
        return []
    joined = " ".join(candidate.split())
    if not re.search(rf",\s*{re.escape(claim)}", joined, flags=re.IGNORECASE):
        return []
    return [Seam("context_committed", f"the claim {claim!r} inside", ("kept-claim",))]
