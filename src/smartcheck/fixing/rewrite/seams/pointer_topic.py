"""A pronoun that points back made the topic of the behaviour asked for: 'By [date], I will
[concrete behaviour] that', '... [concrete behaviour] for it'.

'I need to handle that better', 'I want to deal with it better': the vague improvement's
frame puts the placeholder for the behaviour where the verb stood and keeps its object as
the topic. An object that only points back to a sentence before ('that', 'it'; the pack's
``rewrite.pointing_pronouns``) leaves the topic empty once the sentence is read on its own:
nothing is said of what the behaviour is for. The purpose reading ('... in order to handle
that better'), which keeps the writer's verb, or the honest fallback shows instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def pointer_as_topic(candidate: str, style: RewriteStyle) -> list[Seam]:
    """The behaviour placeholder, maybe a domain frame's preposition ('for', 'in'), and a
    pointing pronoun that closes the phrase."""
    pronouns = sorted(style.pointing_pronouns, key=len, reverse=True)
    if not pronouns:
        return []
    frames = (style.frames.domain, style.frames.activity_domain or "")
    preps = {f.split("{topic}")[0].strip() for f in frames if "{topic}" in f}
    prep = "|".join(re.escape(p) for p in sorted(preps - {""}, key=len, reverse=True))
    behaviour = re.escape(style.placeholders.behaviour)
    pointer = "|".join(re.escape(p) for p in pronouns)
    opt = rf"(?:\s+(?:{prep}))?" if prep else ""
    pattern = rf"{behaviour}{opt}\s+({pointer})(?=\s*(?:[,.;:!?]|$))"
    found = re.search(pattern, candidate, re.IGNORECASE)
    if found is None:
        return []
    return [Seam("dangling", f"the pointer {found.group(1)!r} as the behaviour's topic", ())]
