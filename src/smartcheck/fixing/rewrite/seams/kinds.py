"""The Seam type: one place where a candidate rewrite reads broken, and the kinds of break.

Every check of the package returns a list of these; the rewriter shows no candidate that
has one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SeamKind = Literal[
    "residue",
    "doubled",
    "two_finite",
    "two_modals",
    "lost_subject",
    "lost_tense",
    "dangling",
    "two_deadlines",
    "lost_negation",
    "lost_modal",
    "word_order",
    "lost_verb",
    "lost_words",
    "contradiction",
    "context_committed",
    "doubled_means",
    "asked_inside",
    "committed_noun",
    "cut_opening",
]


@dataclass(frozen=True)
class Seam:
    """One place where a candidate rewrite is broken."""

    kind: SeamKind
    detail: str
    words: tuple[str, ...] = ()  # the offending words, lower case (to compare with the input)
