"""A bracket's list told as a sentence of its own.

'By [date], I will become the go-to person ... in meat processing, with [how measured] as
evidence. Slaughterhouses, cutting plants, and the agencies that supply the workers.': the
writer's bracket named what the goal covers; a reading that takes a bracket for a remark
(bracketed_remarks.py) told it after the goal, where it is a fragment. A bracket that holds
a clause of its own ('(I still hate heights)', '(nu doet Ilse dat nog)') is a remark and may
be told so; a list stays in its bracket after the words it followed, or the candidate is
refused.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.bracketed_remarks import own_clause
from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: A closed round bracket without brackets inside.
_BRACKET = re.compile(r"\(([^()]+)\)")


def bracket_list_told(candidate: str, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A bracket of the goal whose words, with no subject of the writer first and no clause
    of their own (the goal's parse), open a sentence of ``candidate``."""
    if "(" not in goal.text:
        return []
    seams = []
    subjects = {s.lower() for s in style.subjects}
    for found in _BRACKET.finditer(goal.text):
        inside = found.group(1).strip().rstrip(".!?")
        words = inside.split()
        if len(words) < 2 or words[0].lower() in subjects:
            continue
        told = inside[:1].upper() + inside[1:]
        at = candidate.find(told)
        if at < 0 or f"({inside}" in candidate:
            continue
        if at > 0 and candidate[:at].rstrip()[-1:] not in ".!?":
            continue  # not where a sentence opens
        if own_clause(goal.doc, found.start(1), found.end(1)):
            continue  # a remark of its own ('(I still hate heights)')
        seams.append(
            Seam("dangling", f"the bracket told alone: {told[:30]!r}", ("(", "bracket-told"))
        )
    return seams
