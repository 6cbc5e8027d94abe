"""The writer's hedged proposal to talk the goal over, at the end of a remark kept after it.

"Ik weet eigenlijk niet of ik daar tijd voor heb naast de poli, *misschien kunnen we het
daar in het volgende gesprek over hebben?*", "..., not sure how with my kids, *maybe we can
discuss it at my review?*": after a doubt about someone else's wish the writer asks the
manager to talk it over. That question is for the conversation, no hedge on the goal: kept
as written after the rewrite its 'misschien' still reads as the writer's doubt of the
commitment (JUDGING A: hedging fails). Told as a question of its own, without the polite
hedge ('Kunnen we het daar in het volgende gesprek over hebben?'), it asks what it asked,
and the doubt before it stays in the writer's words.

A proposal is the last piece of the remark after a comma: one of the pack's one-word hedges
(``drop_hedges``), an asking modal (``asked_modals``: kunnen, can) and a subject of the
pack's ``subjects`` other than the writer alone ('we'): 'misschien kan ik ...?' asks a step
of the writer's, left to the readings of steps. The piece must end the remark with '?'.
Only the modal-first order is read ('misschien kunnen we'): English 'maybe we can ...?' would
need its words turned round to ask, which the seam checks do not take as the writer's
question; it stays as written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def talk_unhedged(remark: str, style: RewriteStyle) -> str | None:
    """``remark`` with its closing hedged proposal to talk told as a question of its own
    without the hedge ('..., misschien kunnen we het ... over hebben?' -> '.... Kunnen we het
    ... over hebben?'), or None when it does not end in one (see the module)."""
    told = remark.strip()
    if not told.endswith("?") or "," not in told:
        return None
    before, piece = told.rsplit(",", 1)
    words = re.findall(r"[\w']+", piece.lower())
    if len(words) < 4 or not before.strip():
        return None
    hedge, modal, subject = words[:3]
    writer = style.default_subject.lower()
    if hedge not in style.one_word_hedges or modal not in style.asked_modals:
        return None
    if subject not in {s.lower() for s in style.subjects} or subject == writer:
        return None
    asked = re.sub(rf"^\s*{re.escape(hedge)}\s+", "", piece, flags=re.IGNORECASE)
    return f"{before.rstrip()}. {capitalise(asked.strip())}"
