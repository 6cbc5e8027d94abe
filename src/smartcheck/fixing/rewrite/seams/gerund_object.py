"""English: the second object of a gerund, split off as an act of its own.

'like measuring moisture *and protein* in the larvae meal': after a gerund and its object a
bare word after 'and' is a second object of the same gerund (a second act would be a gerund
too: 'measuring moisture and testing protein'). A list split there commits to the noun ('I
will protein in the larvae meal'), whatever the tagger called it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: How many words the gerund's first object may have ('measuring *the room temperature*').
_OBJECT = 3
_JOINERS = frozenset({"and", "or", "&"})
#: Words right after a verb of its own ('to' of an infinitive, an object's determiner).
_VERB_FOLLOWERS = frozenset({"PART", "DET", "PRON"})


def gerund_object_committed(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A word after the writer's modal ('will') that the goal has as the bare conjunct of a
    gerund's object."""
    objects = _second_objects(goal)
    if not objects:
        return []
    seams = []
    for t in doc[1:]:
        if t.lower_ in objects and t.nbor(-1).lower_ in style.modals:
            detail = f"{t.text!r}, a gerund's second object, after {t.nbor(-1).text!r}"
            seams.append(Seam("lost_verb", detail, (t.lower_, "gerund-object")))
    return seams


def _second_objects(goal: Goal) -> set[str]:
    """The bare words after 'and' that follow a gerund and at most three words of its
    object, with no punctuation between ('measuring moisture and *protein*')."""
    if goal.doc is None:
        return set()
    found = set()
    for t in goal.doc[1:-1]:
        if t.lower_ not in _JOINERS:
            continue
        after = t.nbor(1)
        if not after.is_alpha or after.lower_.endswith("ing") or after.pos_ == "ADV":
            continue
        if after.i + 1 < len(goal.doc) and after.nbor(1).pos_ in _VERB_FOLLOWERS:
            continue  # 'and *learn to* ...', 'and *update my* CV': an act of its own
        before = goal.doc[max(t.i - _OBJECT - 1, 0) : t.i]
        gerund = next((b for b in reversed(before) if b.tag_ == "VBG"), None)
        if gerund is None or gerund.i == t.i - 1:
            continue
        if gerund.i > 0 and gerund.nbor(-1).pos_ in ("DET", "ADJ", "PRON"):
            continue  # 'the *tasting* panel', 'my *cleaning* business': a modifier
        between = goal.doc[gerund.i + 1 : t.i]
        if all(b.is_alpha and b.pos_ not in ("VERB", "AUX", "ADP") for b in between):
            found.add(after.lower_)
    return found
