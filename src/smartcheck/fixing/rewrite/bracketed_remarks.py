"""A remark of the writer's own in brackets at the end of the goal: 'Get more confident going
up masts for rig checks (I still hate heights)', 'Vaker presenteren in het teamoverleg (ik
vind dat nog doodeng)'.

The bracket holds a clause with the writer as its subject: how the writer feels or what is
the case now, no part of what the goal names (a bracket that lists what a thing covers,
'(IND, gehoren)', has no subject: bracketed.py). Read inside the goal, the frames put the
writer's clause in the middle of the commitment ('..., get more confident ... (, I will
still hate heights), ...') and the seams refused every reading, so only the structured
fallback was shown. Told as a sentence of its own after the goal, as the writer could have
written it, the remark stays as written after the rewrite (remarks.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: A last bracket and what may follow it: a stop, spaces.
_LAST_BRACKET = re.compile(r"\s*\(([^()]+)\)\s*[.!]?\s*$")
#: Fewest words the remark has after the writer: a verb and what it says.
_MIN_WORDS = 2


def bracket_told(text: str, style: RewriteStyle) -> str | None:
    """``text`` with its last bracket told as a sentence of its own after the goal (see the
    module); None when it ends in no bracket that opens with the writer's subject, or when
    nothing of the goal stands before it."""
    found = _LAST_BRACKET.search(text)
    if found is None:
        return None
    inside = found.group(1).strip()
    words = inside.split()
    subjects = {s.lower() for s in style.subjects}
    if len(words) <= _MIN_WORDS or words[0].lower() not in subjects:
        return None
    head = text[: found.start()].rstrip().rstrip(",;:")
    if not any(ch.isalpha() for ch in head) or head.endswith("?"):
        return None
    remark = inside[:1].upper() + inside[1:]
    remark = remark if remark[-1] in ".!?" else f"{remark}."
    head = head if head[-1] in ".!" else f"{head}."
    return f"{head} {remark}"
