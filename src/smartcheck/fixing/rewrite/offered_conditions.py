"""The writer's offer to take on a need, with a condition after a contrast: "Er moet iemand
het osmosesysteem bijhouden, dat wil ik wel doen *maar dan moet ik er wel tijd voor
krijgen*", "Someone needs to keep the log, I'm happy to do it *but I'd need time for it*".

The offer points back at the need and holds no goal of its own (taken_on.py reads it as the
writer's claim); the condition after the contrast is what the writer needs to do it
(conditions.py). Told in one piece the offer was too long for a claim, so nothing read the
text and it got the structured fallback. Here the piece is cut at its first contrast (the
pack's ``reservation_contrasts``): the offer before it is the claim, the condition after it
is kept as a sentence of its own, without the contrast (after the commitment, "but" would
take it back).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


@dataclass(frozen=True)
class OfferedCondition:
    """An offer cut from the condition after it."""

    claim: str  # 'dat wil ik wel doen'
    end: int  # where the claim ends in the piece (the contrast starts)
    told: int  # where the condition starts in the piece (after the contrast)
    condition: str  # 'Dan moet ik er wel tijd voor krijgen.'


def offered_condition(piece: str, style: RewriteStyle) -> OfferedCondition | None:
    """``piece`` cut at its first contrast into the offer and the condition told alone, or
    None without a contrast or with nothing on either side of it."""
    if not style.reservation_contrasts:
        return None
    contrasts = "|".join(re.escape(c) for c in style.reservation_contrasts)
    found = re.search(rf"\s*,?\s+(?:{contrasts})\b\s*", piece, flags=re.IGNORECASE)
    if found is None:
        return None
    claim = piece[: found.start()].strip()
    condition = piece[found.end() :].strip().rstrip(" .!")
    if not claim or len(condition.split()) < 2:
        return None
    return OfferedCondition(claim, found.start(), found.end(), f"{capitalise(condition)}.")


def opens_with_contrast(piece: str, style: RewriteStyle) -> bool:
    """Does ``piece`` open with a contrast ('maar dan heb ik ...', 'but I'd need ...'): a
    condition or a reservation, never the writer's claim on what came before?"""
    first = piece.strip().split(maxsplit=1)
    lowered = {c.lower() for c in style.reservation_contrasts}
    return bool(first) and first[0].lower().strip(",") in lowered
