"""English: a negation put where the writer's absolute stood, without the support verb.

'The temps not open the app I use': bounding an absolute in place turns 'never' into 'not',
and in a sentence that tells what others do (no modal to carry it) the negation is left
between the subject and the verb. English negates a present with the support verb ('do not
open'); a language whose pack names no support verb (``rewrite.negation_verb``) places its
negation freely and is not checked. The tagger reads such a cut badly ('temps' an adjective,
'open' too), so the check is on the words: the negation stands between two words the writer
wrote with another word between them ('temps *never* open'), and the writer never wrote the
first with the negation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: What the tagger may call the word before such a negation.
_BEFORE = frozenset({"NOUN", "PROPN", "PRON", "ADJ"})


def negation_without_support(doc: Doc, style: RewriteStyle, written: str) -> list[Seam]:
    """A negation word between a noun (as tagged, or read as an adjective) and the next
    word, where the writer wrote another word between the two (module doc)."""
    if not style.negation_verb or not style.negations:
        return []
    own = " ".join(written.lower().split())
    for t in doc[1:-1]:
        before, after = doc[t.i - 1], doc[t.i + 1]
        if t.lower_ not in style.negations or before.pos_ not in _BEFORE:
            continue
        if f"{before.lower_} {t.lower_}" in own or not after.is_alpha:
            continue
        replaced = rf"(?<!\w){re.escape(before.lower_)} \w+ {re.escape(after.lower_)}(?!\w)"
        if not re.search(replaced, own):
            continue
        detail = f"{before.text!r} {t.text!r} {after.text!r} without {style.negation_verb!r}"
        return [Seam("lost_verb", detail, (t.lower_,))]
    return []
