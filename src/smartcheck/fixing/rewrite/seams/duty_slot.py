"""A duty modal where the frame asks for the writer's act.

'By [date], forklift driving *needs to* [concrete behaviour]', '..., in order to hand sewing
*needs to* improve': a goal that lays a duty on a thing ('Forklift driving needs to
improve') read with the tagger taking its modal for a noun ('needs' NOUN) keeps the duty in
the frame's slot. The behaviour placeholder is the writer's own act after the commitment
('I will', 'ga ik'), never after someone else's duty; and the purpose infinitive ('in order
to', 'om ... te') holds no finite duty. Read on the text, since the parse misses the modal.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.compiled import compiled
from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from collections.abc import Collection

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Marks that end the purpose clause.
_CLAUSE_END = re.compile(r"[,;:.!?\n]")
#: How many words of the purpose its infinitive's own clause takes before a duty could be
#: a later clause's ('in order to learn R *so I don't have to* ...').
_PURPOSE_HEAD = 4


def duty_in_frame_slot(
    candidate: str, written: str, duties: Collection[str], style: RewriteStyle
) -> list[Seam]:
    """A duty modal (the pack's ``obligation_modals``) right before the behaviour
    placeholder, or finite among the first words of the frame's purpose infinitive (unless
    the writer wrote that purpose opener); after the infinitive marker it is the purpose's
    own verb ('om ... te *moeten* straten', 'in order to *have to* ...')."""
    seams: list[Seam] = []
    lowered, said = candidate.lower(), written.lower()
    behaviour = re.escape(style.placeholders.behaviour.lower())
    for duty in duties:
        word = re.escape(duty.lower())
        if compiled(rf"\b{word}\s+{behaviour}").search(lowered):
            seams.append(Seam("two_modals", f"{duty!r} before the behaviour asked", (duty,)))
    purpose = (style.frames.purpose or "").split("{clause}")[0].strip().lower()
    if not purpose or f" {purpose} " in f" {said} ":
        return seams
    markers = {m.lower() for m in style.infinitive_markers}
    for found in re.finditer(rf"(?:^|,\s){re.escape(purpose)}\s", lowered):
        end = _CLAUSE_END.search(lowered, found.end())
        words = lowered[found.end() : end.start() if end else len(lowered)].split()
        head = words[:_PURPOSE_HEAD]  # the infinitive's own first words
        inside = next((d for d in duties if _finite_duty(head, d.lower().split(), markers)), None)
        if inside is not None:
            seams.append(Seam("two_modals", f"{inside!r} inside the purpose", (inside,)))
    return seams


def _finite_duty(words: list[str], duty: list[str], markers: set[str]) -> bool:
    """Do ``words`` hold the duty's words, not right after an infinitive marker ('to *have
    to*', 'te *moeten*': the purpose's own infinitive)?"""
    size = len(duty)
    return any(
        words[n : n + size] == duty and (n == 0 or words[n - 1] not in markers)
        for n in range(len(words) - size + 1)
    )
