"""An added deadline beside the writer's own edge of a period: 'By [date], by the end of my ...'.

A deadline anchored on the writer's own period ("by the end of my second year", "aan het
eind van mijn stageblok") stays, and the rewrite asks for its date beside it. When the reading
stage does not know the period's noun, the anchor is no time to it, and a rewrite that adds
its own deadline ("By [date], by the end of my ...") shows two deadlines that the time check
cannot see. Judged on the text: the goal's phrase of a marker (or none) and an edge of a
period ("the end of", "het eind van") before the writer's possessive, kept in the candidate
outside every time it reads, beside an added deadline that is not in brackets. A routine's
"until [date]" is left alone ("... by the end of my shift, every day").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reading.timex import TimeExpression

#: The year of the date stand-in (as seams/deadlines.py's ``ADDED_TIME``).
_ADDED = "2027"


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def deadline_beside_edge(
    filled: str, times: list[TimeExpression], goal: Goal, ctx: RuleContext
) -> list[Seam]:
    """The writer's unread edge of a period kept beside an added deadline."""
    added = [
        t
        for t in times
        if _ADDED in t.text
        and t.kind == "deadline"
        and not filled[: t.start].rstrip().endswith("(")
    ]
    if not added or any(e.kind == "recurring" for e in goal.deadlines):
        return []
    table = ctx.pack.time
    edges = [e.lower() for e in (*table.events.edges.end, *table.events.edges.start) if " " in e]
    markers = [m.lower() for m in (*table.markers.deadline, *table.markers.before) if m.isalpha()]
    own = [w.lower() for w in ctx.pack.words("first_person_possessive")]
    if not edges or not own:
        return []
    phrase = re.compile(
        rf"(?<!\w)(?:(?:{_alt(markers)})\s+)?(?:{_alt(edges)})\s+(?:{_alt(own)})\s+[^\W\d_][\w-]*",
        re.IGNORECASE,
    )
    lowered = filled.lower()
    for found in phrase.finditer(goal.text):
        told = " ".join(found.group(0).lower().split())
        at = lowered.find(told)
        if at < 0 or any(t.start <= at < t.end for t in times):
            continue  # gone from the rewrite, or read as a time there (one_deadline's)
        return [Seam("two_deadlines", f"{added[0].text} / {found.group(0)}")]
    return []
