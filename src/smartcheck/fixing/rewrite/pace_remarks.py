"""A remark that the goal is no hurry: 'not urgent', 'geen haast', kept as written.

"Maybe look into a certification for AM, I think there's one from ASTM? not urgent", "Een
cursus Spaans volgen. Geen haast.", "Learn the new CAD package, no rush": the writer tells,
in a piece of its own, that the goal need not be done soon (the pack's
``rewrite.pace_remarks``). It names no time, so it gives the goal no deadline and takes
none away: the goal is rewritten with the date it still lacks, and the remark stays after it
as written, as the writer's other remarks do (remarks.py). Read as part of the goal, it was
glued into the frame ('I will look into X: not urgent, with ...') or left only the
structured fallback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle


def pace_told(words: list[Token], style: RewriteStyle) -> bool:
    """Is the piece ``words`` (its punctuation left out) only a remark that the goal is no
    hurry (see the module)?"""
    said = " ".join(t.lower_ for t in words)
    return any(said == r.lower() for r in style.pace_remarks)
