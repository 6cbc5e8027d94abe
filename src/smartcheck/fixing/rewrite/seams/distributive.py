"""A determiner of each one left without its noun: 'om elke de temperatuur te noteren'.

A distributive determiner ('elke', 'iedere', 'every', 'each') counts the noun right after it
('elke keer', 'every shift'). When a frame drops that noun (a time word such as 'keer' read as
a frequency and moved out, from 'elke keer weer de temperatuur noteren'), the determiner
stands before another determiner or a mark and the sentence reads broken. Which words are
distributive is data (the pack's ``rewrite.distributive_determiners``).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Tags of a word that cannot be the noun a distributive determiner counts.
_NO_NOUN = frozenset({"DET", "PUNCT", "CCONJ", "SCONJ", "AUX"})


def stranded_distributive(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A distributive determiner of the candidate followed by a word that is no noun of it
    (another determiner, a mark, a conjunction), where the goal has no such pair."""
    seams: list[Seam] = []
    original = goal.doc
    pairs = pairwise(original) if original is not None else ()
    written = {(a.lower_, b.lower_) for a, b in pairs}
    for t in doc[:-1]:
        nxt = t.nbor(1)
        if t.lower_ not in style.distributive_determiners or nxt.pos_ not in _NO_NOUN:
            continue
        if t.pos_ == "PRON" or (t.lower_, nxt.lower_) in written:
            continue  # a pronoun ('from each, ...'), or the writer's own words
        seams.append(Seam("dangling", f"{t.text!r} before {nxt.text!r}", (t.lower_,)))
    return seams
