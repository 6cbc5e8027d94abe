"""The behaviour asked for, then the writer's aims after a colon: 'ga ik voor nettere naden
[concreet gedrag]: sneller werken'.

A note of aims without verbs ('Nettere naden. Sneller werken.') framed as a topic puts the
first aim before the behaviour placeholder and the rest after a colon, as if they listed
what the behaviour is. Filled in, the sentence says 'ga ik voor nettere naden elke naad
nalopen: sneller werken': two aims torn apart by the act. Judged on the text: the behaviour
placeholder right before a colon with words after it.
"""

from __future__ import annotations

import re

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle


def behaviour_before_colon(candidate: str, style: RewriteStyle) -> list[Seam]:
    """The behaviour placeholder followed by a colon and more words."""
    behaviour = re.escape(style.placeholders.behaviour)
    found = re.search(rf"{behaviour}\s*:\s*(\w+)", candidate)
    if found is None:
        return []
    detail = f"the aim {found.group(1)!r} after the behaviour asked for"
    return [Seam("dangling", detail, (found.group(1).lower(), "colon-aims"))]
