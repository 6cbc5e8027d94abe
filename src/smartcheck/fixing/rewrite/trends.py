"""A trend told of the work: 'steeds meer', 'more and more', no change the writer aims at.

"We krijgen *steeds meer* klachten over de bezorging.", "We get *more and more* large
commissions for public spaces.": the comparative inside a trend phrase (the pack's
``rewrite.trend_words``: steeds meer, steeds vaker, more and more, increasingly) tells how
the work is going, the reason for the goal. Read as a change to reach, the sentence was
rewritten as a goal ("Vóór [datum] krijgen we steeds meer klachten ..., van [huidig aantal]
naar [streefaantal]", "By [date], we will [concrete behaviour] ... in order to get more and
more ..."). A sentence of others or the team told in the present with such a trend is the
situation (present_context.py), kept as written before or after the goal, also when it
opens the text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle


def trend_tokens(doc: Doc, style: RewriteStyle) -> frozenset[int]:
    """The indices of the tokens inside one of the pack's trend phrases in ``doc``."""
    text = doc.text.lower()
    spans = [
        m.span()
        for phrase in style.trend_words
        for m in re.finditer(rf"(?<!\w){re.escape(phrase.lower())}(?!\w)", text)
    ]
    return frozenset(t.i for t in doc if any(a <= t.idx < b for a, b in spans))
