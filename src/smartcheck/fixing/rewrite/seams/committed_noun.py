"""English: 'will' followed by a noun the writer used as one, the head of its 'of' phrase.

A goal told as a noun phrase ("Knowledge of hydraulics. Perhaps a course?", "Better
understanding of the tariffs") put in the frame reads "I will knowledge of hydraulics":
the commitment's auxiliary takes the noun as its verb. The dictionary check of
``no_verb_after_commitment`` (commitment.py) cannot see it, because the dictionary knows
odd verb forms of many nouns ('knowledged'). The writer's own parse tells it: a word the
goal has as a noun with its complement right after it (the pack's ``noun_complements``:
'knowledge *of*', 'overview *of*', 'command *of*') and never as a verb is a noun, and
'will' before it with that complement still after it is a seam. So is a word the language
always capitalises (the pack's ``capitalised``: a language's name, 'I will english for
customers'), which no verb is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Word classes between the auxiliary and its verb ('will *not* ...', 'will *better* ...').
_BETWEEN = frozenset({"ADV", "PART"})


def noun_committed(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """Each 'will' after the writer whose next word is a noun of the goal heading its
    complement, the complement still after it."""
    complements = style.noun_complements
    if not complements or goal.doc is None:
        return []
    told = goal.doc
    heads = {
        t.lower_
        for t in told[:-1]
        if t.pos_ in ("NOUN", "PROPN") and told[t.i + 1].lower_ in complements
    }
    heads -= {t.lower_ for t in told if t.pos_ in ("VERB", "AUX")}
    commit = set(style.subjects.values())
    seams = []
    for t in doc[1:]:
        if t.lower_ not in commit or t.nbor(-1).lower_ not in style.subjects:
            continue
        nxt = next((u for u in doc[t.i + 1 :] if u.pos_ not in _BETWEEN), None)
        if nxt is not None and nxt.lower_ in style.capitalised:
            # a language's name ('I will english for customers'): never a verb
            seams.append(
                Seam("committed_noun", f"{t.text!r} + the name {nxt.text!r}", (nxt.lower_,))
            )
            continue
        if nxt is None or nxt.lower_ not in heads or nxt.i + 1 >= len(doc):
            continue
        if doc[nxt.i + 1].lower_ in complements:
            seams.append(
                Seam("committed_noun", f"{t.text!r} + the noun {nxt.text!r}", (nxt.lower_,))
            )
    return seams
