"""A thing the writer weighed as a means after a comma, left bare after its hedge went.

'Leren werken met SAP, misschien een cursus bij de leverancier', 'Learn the new ERP, maybe a
course from the vendor': after the goal's clause the writer names a thing that might get them
there, opened by a hedge (the pack's ``rewrite.suggestion_openers``). The plan drops the
hedge, and a frame that keeps the rest of the goal in place leaves the thing after the comma
with nothing to take it ('ga ik leren werken met SAP, een cursus bij de leverancier, in
overleg met ...'): a second object hanging off the clause, or a second goal with no verb. A
rewrite that gives it a preposition ('bijvoorbeeld met een cursus ...', hedged_notes.py) or
keeps the hedge is no such seam.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.words import join, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Words of the thing compared with the candidate: its determiner and what follows it.
_THING_WORDS = 3
#: Word classes that open a thing after the hedge ('een cursus'); a number there is an
#: amount the writer weighs ('Work more hours, maybe 24 instead of 16'), no means.
_THING = frozenset({"DET"})


def hedged_thing_bare(candidate: str, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """The seam of a thing weighed after a comma and a hedge in ``goal`` that ``candidate``
    keeps right after a comma with the hedge gone (see the module)."""
    if not style.suggestion_openers or goal.doc is None:
        return []
    words = words_of(goal)
    lower = " ".join(candidate.lower().split())
    for n, comma in enumerate(words[:-3]):
        hedge, first = words[n + 1], words[n + 2]
        if comma.text != "," or hedge.lower not in style.suggestion_openers:
            continue
        if first.pos not in _THING:
            continue
        thing = []
        for word in words[n + 2 : n + 2 + _THING_WORDS]:
            if word.text in (",", ".", ";", "?", "!"):
                break
            thing.append(word)
        phrase = ", " + join(thing).lower()
        if len(thing) > 1 and phrase in lower:
            detail = f"{join(thing)!r} after a comma, its hedge {hedge.text!r} gone"
            return [Seam("dangling", detail, (first.lower,))]
    return []
