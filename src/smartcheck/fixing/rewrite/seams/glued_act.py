"""English: a coordinated act glued onto the end of the other act's object.

'Attend the FESPA trade fair in 2027 and present what I learned to the team' split wrong
(the tagger's verb 'trade' taken for the first act's head) gave 'I will attend the FESPA
present what I learned to the team': the second act's verb lost its join and stands right
after a noun of the first act's object. A verb the goal opened a conjunct with (after
'and', 'or' or a comma) that the candidate puts right after a noun or a name, where the goal
never had the two side by side, reads as no sentence. Subject-verb languages only: a
verb-second rewrite moves verbs next to other words by design.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import inflects_as_verb
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.reading.goal import Goal

#: Closed word classes: no act opens with one (', with some help from ...').
_CLOSED = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "ADV", "PART", "AUX", "NUM"})
#: Word classes of the end of an object phrase.
_NOUNS = frozenset({"NOUN", "PROPN"})


def glued_act(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A verb that opened a conjunct in the goal, right after a noun in the candidate."""
    if style.word_order == "v2" or goal.doc is None:
        return []
    opened = {
        t.lower_
        for t in goal.doc[1:]
        if (t.nbor(-1).pos_ == "CCONJ" or t.nbor(-1).text == ",")
        and t.pos_ not in _CLOSED
        and inflects_as_verb(t)
    }
    pairs = {(a.lower_, b.lower_) for a, b in zip(goal.doc, goal.doc[1:], strict=False)}
    seams: list[Seam] = []
    for t in doc[1:]:
        before = t.nbor(-1)
        if t.lower_ not in opened or before.pos_ not in _NOUNS or not before.is_alpha:
            continue
        if (before.lower_, t.lower_) in pairs:
            continue  # the writer's own words side by side
        detail = f"the act {t.text!r} glued onto {before.text!r}"
        seams.append(Seam("lost_verb", detail, (before.lower_, t.lower_, "glued-act")))
    return seams
