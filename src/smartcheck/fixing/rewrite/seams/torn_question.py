"""The writer's bare question torn into the statement: 'Beter delegeren dus, maar hoe?'
became '... om dus, maar hoe beter te delegeren'.

A goal that ends with a question of one word ('..., maar hoe?', '..., but how?') asks the
reader for the means; it is no part of the goal. A rewrite that keeps the question word but
not its question mark has made it a word of the commitment ('ga ik minder overwerken, maar
hoe, van ...'), or torn the writer's phrase apart to fit the frame around it ('om dus, maar
hoe beter te delegeren'). The check: a question word of the pack (``question_words``) that the
goal has right before a question mark, found in the rewrite more often without one than the
goal has it so (a question word that opens a clause of the goal, 'leren hoe ik ...', stays).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

    from smartcheck.reading.goal import Goal


def question_torn_in(doc: Doc, goal: Goal, question_words: frozenset[str]) -> list[Seam]:
    """Each bare question word of the goal the rewrite ``doc`` holds without its '?'."""
    if goal.doc is None:
        return []
    asked = {t.lower_ for t in goal.doc if t.lower_ in question_words and _asked(t)}
    seams = []
    for word in sorted(asked):
        told = _told(goal.doc, word)
        if _told(doc, word) > told:
            detail = f"the writer's question {word!r}? told inside the statement"
            seams.append(Seam("residue", detail, (word, "torn-question")))
    return seams


def _asked(token: Token) -> bool:
    """Is ``token`` a question of its own: the question mark right after it?"""
    return token.i + 1 < len(token.doc) and token.nbor(1).text == "?"


def _told(tokens: Iterable[Token], word: str) -> int:
    return sum(1 for t in tokens if t.lower_ == word and not _asked(t))
