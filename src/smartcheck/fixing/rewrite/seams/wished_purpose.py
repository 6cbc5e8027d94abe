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
    (``style.frames.purpose``, 'om {clause}'), or one the commitment replaces (also in
    ``style.cluster_drop``: 'graag') after a commitment word ('ga', 'will') in the same
    clause; not so in the goal's text."""
    frame = style.frames.purpose or ""
    purpose = frame.split("{clause}")[0].strip().lower()
    wishes = {w.lower() for w in style.asked_wishes}
    # after a commitment only a word the commitment replaces ('graag'): a preference of
    # when or which stays a preference ('Ik ga het liefst voor de zomer ...')
    replaced = wishes & {w.lower() for w in style.cluster_drop}
    written = " ".join(goal_text.lower().split())
    said = " ".join(candidate.lower().split())
    for openers, words in (({purpose} - {""}, wishes), (set(commitment_words(style)), replaced)):
        if not openers or not words:
            continue
        pattern = re.compile(
            rf"(?<![\w'])(?:{_either(openers)})\s+(?:[^\s,.;:!?()]+\s+){{0,{_REACH}}}?"
            rf"({_either(words)})(?!\w)"
        )
        for found in pattern.finditer(said):
            if found.group(0) not in written:
                detail = f"the wish {found.group(1)!r} committed"
                return [Seam("word_order", detail, ("wish",))]
    return []


def _either(words: set[str]) -> str:
    """A regular expression of any of ``words``, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
