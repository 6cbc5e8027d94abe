"""A bound set off after the behaviour placeholder, with no verb of its own.

'I will [concrete behaviour], at most [number] near-misses in the warehouse this year': the
frame asked for the writer's behaviour and hung the bounded target after it as a fragment,
which says neither what the behaviour is for nor who has the near-misses. The bound belongs
in a clause of its own ('..., in order to have at most [number] ...') or in the writer's act
('I will miss a deadline at most [number] times'). Read on the text: the placeholder, a
comma, then the opening of one of the bounds the rewrite writes (the pack's
``rewrite.replacements`` and the bound frames), up to its number. A bound told as the
behaviour's manner ('..., met hooguit [aantal] fouten', '..., with at most [number] errors';
the pack's ``rewrite.manner_prepositions``) is set off on purpose.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def bound_after_behaviour(candidate: str, style: RewriteStyle) -> list[Seam]:
    """The behaviour placeholder, a comma, and a bound's opening words right after it."""
    openings = _bound_openings(style)
    if not openings:
        return []
    behaviour = re.escape(style.placeholders.behaviour.lower())
    told = "|".join(re.escape(o) for o in sorted(openings, key=len, reverse=True))
    found = re.search(rf"{behaviour},\s+(?:{told})\s", candidate.lower())
    if found is None:
        return []
    return [Seam("dangling", f"a bound set off after the behaviour: {found.group()!r}", ("bound",))]


def _bound_openings(style: RewriteStyle) -> set[str]:
    """The words a bound opens with before its number ('at most', 'in at least', 'hooguit',
    'in minstens'), from the absolutes' replacements and the bound frames."""
    bounds = [*style.replacements.values(), style.frames.bounded_count, style.frames.bounded_mass]
    manner = {w.lower() for w in style.manner_prepositions}
    openings = set()
    for bound in bounds:
        head = bound.split("{number}")[0].strip().lower() if "{number}" in bound else ""
        if not head or "…" in head or "..." in head or head.split()[0] in manner:
            continue  # 'met hooguit [aantal] fouten': how the behaviour goes, its manner
        openings.add(head)
    return openings
