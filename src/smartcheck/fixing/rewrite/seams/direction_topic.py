"""A target told as a direction made the topic of a behaviour asked for.

'Afkeur naar beneden', 'Reject rate down': a count and the way it should go, no verb. Read
as a field to get better in, the frame puts it after the behaviour placeholder and its
preposition ('ga ik [concreet gedrag] in afkeur naar beneden', 'I will [concrete
behaviour] in reject rate down'), where the direction ends its clause with no verb to take
it: the writer's target torn from the verb that moves it (counts.py brings it that way).
Judged on the text: the behaviour placeholder, then a clause with no other placeholder that
ends on one of the pack's count directions.
"""

from __future__ import annotations

import re

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

#: Where a clause ends: a mark, or the end of the text.
_CLAUSE_END = r"\s*(?:[,;:.!?]|$)"


def direction_as_topic(candidate: str, style: RewriteStyle) -> list[Seam]:
    """The behaviour placeholder, then words up to a count direction that ends the clause
    ('[concreet gedrag] in afkeur naar beneden,')."""
    behaviour = re.escape(style.placeholders.behaviour)
    markers = {m.lower() for m in style.infinitive_markers}
    seams: list[Seam] = []
    for direction in style.count_directions:
        found = re.search(
            rf"{behaviour}\s+([^\[\],;:.!?]*?)\s{re.escape(direction)}{_CLAUSE_END}",
            candidate,
            flags=re.IGNORECASE,
        )
        if found and not markers.intersection(found.group(1).lower().split()):
            # not '[concrete behaviour] to keep spirits up': a verb of its own takes it
            detail = f"the direction {direction!r} as the topic of a behaviour"
            seams.append(Seam("lost_verb", detail, (direction.lower(), "direction-topic")))
    return seams
