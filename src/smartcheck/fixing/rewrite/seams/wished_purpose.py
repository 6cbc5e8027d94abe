"""The writer's wish kept inside the rewrite's commitment or purpose: '..., om *graag* een
paar weken te rouleren op de latexlijn', 'Vóór [datum] ga ik later *graag* werkvoorbereider
worden'.

A goal may ask for its act with a word of wishing ("Graag een paar weken rouleren op de
lijn", "Ook wil ik later graag werkvoorbereider worden", "Liefst twee dagen meelopen met de
planner", "Ideally a week on the night shift"): the pack's ``rewrite.asked_wishes``. The
wish is the writer's asking, no part of the act; once the rewrite commits ('ga ik', 'I
will') or frames the purpose ('om ... te'), the word reads as a promise to like it or as
the purpose of wanting. The rewrite that commits to the act without the wish is shown
instead, or the fallback. Words the writer wrote so stay theirs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Most words between the commitment and the wish in one clause ('ga ik later graag').
_REACH = 4


def wish_in_purpose(candidate: str, goal_text: str, style: RewriteStyle) -> list[Seam]:
    """A word of ``style.asked_wishes`` after the opening word of the purpose frame
    (``style.frames.purpose``, 'om {clause}') or a commitment word ('ga', 'will') in the same
    clause, not so in the goal's text."""
    frame = style.frames.purpose or ""
    openers = {frame.split("{clause}")[0].strip().lower(), *commitment_words(style)} - {""}
    wishes = [w.lower() for w in style.asked_wishes]
    if not openers or not wishes:
        return []

    def either(words: list[str] | set[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    pattern = re.compile(
        rf"(?<![\w'])(?:{either(openers)})\s+(?:[^\s,.;:!?()]+\s+){{0,{_REACH}}}?"
        rf"({either(wishes)})(?!\w)"
    )
    written = " ".join(goal_text.lower().split())
    for found in pattern.finditer(" ".join(candidate.lower().split())):
        if found.group(0) in written:
            continue
        return [Seam("word_order", f"the wish {found.group(1)!r} committed", ("wish",))]
    return []
