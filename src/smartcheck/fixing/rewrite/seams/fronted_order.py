"""English: the goal's opening imperative after a fronted date, read as a noun by the tagger:
'By [date], *hand* in my site inspection reports on time.'

"Hand in my reports on time", "Back up the server logs weekly", "Chair the Monday meeting":
a goal often opens with its verb, and the small tagger may call that verb a noun (it is
one, too: 'hand', 'back', 'chair'). A rewrite that fronts the date and keeps the verb
('By [date], hand in ...') has lost the frame's subject and 'will': an order, no
commitment. The tag-based check (commitment.py: imperative_after_front) misses it; here
the word is known as the goal's own first word with a past form of its own in the
dictionary ('handed'), followed by the start of its object or particle (a determiner,
possessive, preposition or particle), not by a verb ('Report quality is ...').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.reading.pipeline import has_regular_past

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Parts of speech that open what an imperative takes ('hand *in* my', 'chair *the*').
_TAKEN = frozenset({"ADP", "DET", "PRON", "PART", "ADV"})


def noun_read_imperative(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A fronted phrase, a comma, and the goal's first word as a noun with a verb's past."""
    if style.word_order == "v2" or len(doc) < 4 or doc[0].pos_ != "ADP":
        return []
    first = next((w for w in goal.text.split() if w[:1].isalpha()), "").lower()
    comma = next((t for t in doc[1:] if t.text == ","), None)
    if not first or comma is None or comma.i + 2 >= len(doc):
        return []
    word, after = comma.nbor(1), comma.nbor(2)
    if word.pos_ != "NOUN" or word.lower_ != first or not word.is_lower:
        return []
    if after.pos_ not in _TAKEN or not has_regular_past(word.lower_):
        return []
    return [Seam("lost_tense", f"no subject before {word.text!r}", ("imperative",))]
