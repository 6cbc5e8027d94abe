"""A condition the writer doubts: what the writer is unsure of, no condition on the goal.

"Not sure yet *if there is time for it* next to my shifts", "I wonder *if there is time*",
"weet nog niet *of er tijd voor is*": words of doubt (the pack's ``uncertain_remarks`` and
``doubt_remarks``) open an indirect question, and a conditional hedge right after them is
that question's clause. It does not make the goal conditional (A001), the fallback keeps it
as written, and the rewrite keeps it in the writer's remark.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.judging.context import RuleContext
from smartcheck.reading.goal import Goal

if TYPE_CHECKING:
    from smartcheck.configuration.lexicon_keys import LexiconKey

#: Most words between the words of doubt and the condition they open ('not sure *yet* if').
DOUBT_GAP = 2
_KEYS: tuple[LexiconKey, ...] = ("uncertain_remarks", "doubt_remarks")


def doubt_opens(goal: Goal, ctx: RuleContext, start: int) -> bool:
    """Do the writer's words of doubt end at most ``DOUBT_GAP`` words before character
    ``start``, in the same clause ('Not sure yet | if there is time')?"""
    text = goal.text
    gap = re.compile(rf"\s*(?:\w+\s+){{0,{DOUBT_GAP}}}")
    ends = [m.end for key in _KEYS for m in ctx.find(goal, key)]
    return any(end <= start and gap.fullmatch(text[end:start]) for end in ends)
