"""Dutch: phrases the writer put after a passive may stay after it in a subordinate clause.

"Er moet beter gecommuniceerd worden vanuit kantoor naar de bus" becomes the writer's own
part "... dat er beter gecommuniceerd wordt vanuit kantoor naar de bus": Dutch lets a
prepositional phrase follow the verbs of a subordinate clause, and keeping it there keeps the
adverb beside its participle ("beter ... gecommuniceerd"). The word-order seam that flags
words after the verbs is lifted only for this: a participle and a form of "worden" closing the
cluster, prepositional phrases after them, and the writer's own goal with the same participle
followed by the same words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.seams.kinds import Seam
    from smartcheck.fixing.rewrite.seams.segments import Segment

#: The forms of the passive auxiliary a subordinate clause may end in.
_PASSIVE = frozenset({"wordt", "worden", "werd", "werden"})


def passive_extraposed(seam: Seam, segment: Segment, written: str) -> bool:
    """``seam`` flags words after the verbs of ``segment`` that are prepositional phrases
    after a passive ('gecommuniceerd wordt vanuit kantoor ...') the writer wrote after the
    same participle in ``written`` ('gecommuniceerd worden vanuit kantoor ...')."""
    if seam.kind != "word_order" or not seam.detail.startswith("words after the verbs"):
        return False
    tokens = [t for t in segment.tokens if not t.is_punct]
    at = next((n for n, t in enumerate(tokens) if n and t.lower_ in _PASSIVE), None)
    if at is None or at + 1 >= len(tokens) or tokens[at + 1].pos_ != "ADP":
        return False
    after = tokens[at + 1 :]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod",) for t in after):
        return False  # a second verb after the passive: more than phrases
    participle = re.escape(tokens[at - 1].lower_)
    pieces = re.findall(r"\w+|[^\w\s]", " ".join(t.lower_ for t in after))  # 'dag-': 'dag -'
    tail = r"\s+".join(re.escape(p) for p in pieces)
    text = " ".join(re.findall(r"\w+|[^\w\s]", written.lower()))
    found = rf"(?<!\w){participle}\s+(?:worden|wordt)\s+{tail}(?!\w)"
    return re.search(found, text) is not None
