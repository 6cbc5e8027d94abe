"""A need of the team the writer says has fallen to the writer already: 'Er moet iemand in de
fractie zijn die social media bijhoudt en dat ben ik nu een beetje geworden', 'Someone has
to run the rota and that's me now'.

The first clause reads as a duty laid on someone ('er moet iemand ...'), and the rewrite
made it the writer's part to see to ('Vóór [datum] zorg ik ervoor dat er iemand ... is ...
en dat ben ik nu een beetje geworden'): a promise of what the writer says is so already.
The clause after it (the pack's ``rewrite.filled_needs``: 'dat ben ik', 'that's me', 'that
has become me') tells that the writer is that someone: the sentence is the writer's
situation, kept as written before the goal that follows it ('Ik wil daar een cursus voor
volgen'). A negation after it ('... en dat ben ik nog niet') tells a need still open, no
situation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def filled_need(sentence: str, style: RewriteStyle) -> bool:
    """Does ``sentence`` tell that the writer is already the one a need asked for?"""
    words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(sentence)]
    said = " ".join(words)
    for phrase in style.filled_needs:
        found = re.search(rf"(?<!\S){re.escape(phrase.lower())}(?!\S)", said)
        if found is None:
            continue
        after = said[found.end() :].split()
        if not any(w in style.negations for w in after):
            return True
    return False
