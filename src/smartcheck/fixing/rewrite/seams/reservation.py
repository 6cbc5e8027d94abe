"""The writer's reservation kept inside the committed sentence: a commitment that doubts itself.

"Ik wil de opleiding doen maar weet niet of de zaak dat betaalt", "I want to finish the course
but not sure the company will pay for it": the part after the contrast is the writer's doubt
about the goal (reservations.py). A candidate that frames the whole sentence as the
commitment ("Vóór [datum] ga ik de opleiding doen maar weet niet of de zaak dat betaalt.")
commits to a goal and doubts it in one breath: broken, whatever the frame. The remark reading
keeps the doubt as a sentence of its own after the rewrite instead.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.stops import sentences

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext

#: Most words between the contrast and the doubt ('but *I'm* not sure', 'maar *ik* weet').
_BETWEEN = 2


def reservation_committed(candidate: str, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A sentence of ``candidate`` with a frame the rewrite added (a placeholder, or the
    writer's committed auxiliary beside the subject) and, after a contrast of the pack's
    ``reservation_contrasts``, the writer's uncertainty or doubt (``uncertain_remarks``,
    ``doubt_remarks``): the reservation was committed to with the goal."""
    if not style.reservation_contrasts:
        return []
    doubts = [
        *ctx.pack.words("uncertain_remarks"),
        *ctx.pack.words("doubt_remarks"),
        *ctx.pack.words("lacking_remarks"),  # '... maar heb geen tijd': a lack, no means
    ]
    told = "|".join(_phrase(d) for d in sorted(doubts, key=len, reverse=True))
    contrast = "|".join(re.escape(c.lower()) for c in style.reservation_contrasts)
    pattern = re.compile(rf"\b(?:{contrast})\s+(?:[\w']+\s+){{0,{_BETWEEN}}}?(?:{told})\b")
    added = list(style.placeholders.model_dump().values())
    committed = {f"{s} {a}".lower() for s, a in style.subjects.items()}
    committed |= {f"{a} {s}".lower() for s, a in style.subjects.items()}
    for sentence in sentences(candidate, style.abbreviations):
        plain = sentence.lower().replace("\u2019", "'")
        words = re.findall(r"[^\W\d_]+", plain)
        framed = any(p in sentence for p in added)
        framed = framed or bool({f"{a} {b}" for a, b in pairwise(words)} & committed)
        found = pattern.search(plain) if framed else None
        if found is not None:
            return [
                Seam(
                    "contradiction",
                    f"the reservation {found.group()!r} committed to",
                    ("reservation",),
                )
            ]
    return []


def _phrase(entry: str) -> str:
    """A pack entry as a pattern: its words with any spacing, '&' a gap of a few words."""
    parts = [r"\s+".join(re.escape(w) for w in piece.lower().split()) for piece in entry.split("&")]
    return r"\s+(?:[\w']+\s+){0,3}?".join(p for p in parts if p)
