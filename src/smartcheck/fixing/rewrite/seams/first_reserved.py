"""A step the writer wants first, kept inside the commitment after a contrast: 'By [date],
I can start training patients in self-testing but I'd like to shadow Ingrid first for a
couple of trainings, agreed with [who supports you].'

After the contrast of a reservation (the pack's ``reservation_contrasts``: 'but', 'maar')
the writer, as the subject of a clause of their own, names what has to come before the goal
(a ``step_markers`` word: 'first', 'eerst'). Framed as one sentence the goal is committed
to by the deadline and put off in the same breath; the step is the first step, or the
reservation a sentence of its own, never part of the goal's frame.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.stops import sentences

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext

#: Most words between the writer's subject and the step marker ('I'd like to shadow Ingrid
#: *first*', 'maar ik wil *eerst* ...').
_REACH = 8


def first_step_reserved(candidate: str, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A framed sentence (one with a placeholder) with 'contrast + the writer + ... + step
    marker' in it."""
    markers = [m.lower() for m in ctx.pack.words("step_markers")]
    if not style.reservation_contrasts or not markers:
        return []
    contrast = "|".join(re.escape(c.lower()) for c in style.reservation_contrasts)
    writer = "|".join(re.escape(s.lower()) for s in style.subjects)
    step = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?:{contrast})\s+(?:{writer})(?:'\w+)?\b(?:\s+[\w'-]+){{0,{_REACH}}}?\s+(?:{step})\b"
    )
    added = list(style.placeholders.model_dump().values())
    for sentence in sentences(candidate, style.abbreviations):
        if not any(p in sentence for p in added):
            continue
        found = pattern.search(sentence.lower().replace("\u2019", "'"))
        if found is not None:
            detail = f"the step wanted first {found.group()!r} inside the commitment"
            return [Seam("contradiction", detail, ("first-step",))]
    return []
