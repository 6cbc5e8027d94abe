"""A frame phrase between a state verb and what it says of the writer.

'By [date], I will not be, with [how measured] as evidence, so stressed during stocktake
week': the frame put its evidence right after the bare state verb ('be', 'feel', 'zijn';
the rewrite's ``state_verbs``), so the verb lost its complement and the complement dangles
after the phrase. The evidence follows the whole clause ('..., so stressed ..., with [how
measured] as evidence'), never the state verb alone. In a verb-second language the state
verb closes its clause, and the evidence after it is in its place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def state_split_by_frame(candidate: str, style: RewriteStyle) -> list[Seam]:
    """The measure phrase of the frame right after a state verb, with more of the clause
    after it (not the sentence's end)."""
    measure = style.frames.measure.format(measure=style.placeholders.measure)
    if not measure.strip() or not style.state_verbs or style.word_order == "v2":
        return []  # verb-second: the state verb closes its clause ('zal ik rustiger zijn, ...')
    verbs = "|".join(re.escape(v.lower()) for v in sorted(style.state_verbs, key=len, reverse=True))
    phrase = re.escape(measure.lower())
    found = re.search(rf"\b(?:{verbs}){phrase},\s+\w", candidate.lower())
    if found is None:
        return []
    return [
        Seam("word_order", "the frame's evidence between a state verb and its words", ("state",))
    ]
