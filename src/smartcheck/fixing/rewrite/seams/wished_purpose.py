"""The writer's wish kept inside the purpose frame: '..., om *graag* een paar weken te
rouleren op de latexlijn'.

A bare goal may open with the word that asks for it ("Graag een paar weken rouleren op de
lijn", "Liefst twee dagen meelopen met de planner", "Ideally a week on the night shift"):
the pack's ``rewrite.asked_wishes``. The wish is the writer's, no part of the act; inside
the purpose's infinitive clause ('om graag ... te rouleren', 'in order to ideally ...') it
reads as the purpose of wanting. The rewrite that commits to the act and drops the wish
('Vóór [datum] ga ik een paar weken rouleren op de latexlijn') is shown instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def wish_in_purpose(candidate: str, style: RewriteStyle) -> list[Seam]:
    """A word of ``style.asked_wishes`` right after the opening words of the purpose frame
    (``style.frames.purpose``, 'om {clause}')."""
    frame = style.frames.purpose or ""
    opener = frame.split("{clause}")[0].strip().lower()
    wishes = [w.lower() for w in style.asked_wishes]
    if not opener or not wishes:
        return []
    either = "|".join(re.escape(w) for w in sorted(wishes, key=len, reverse=True))
    found = re.search(rf"(?<!\w){re.escape(opener)}\s+({either})(?!\w)", candidate.lower())
    if found is None:
        return []
    return [Seam("word_order", f"the wish {found.group(1)!r} inside the purpose", ("wish",))]
