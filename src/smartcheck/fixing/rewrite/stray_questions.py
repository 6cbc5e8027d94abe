"""A question mark inside a sentence that goes on after it: 'Leren zingen voor de liedjes in
animatiefilms? en meer zelfvertrouwen in de booth', 'Learn to weld? and more time on the
floor'.

The writer's "?" stands where the sentence goes on in lower case with a coordinator: a
doubt in passing, no question to answer, and the goal and what the coordinator adds are told
as one sentence. Read as a sentence end, the pieces had no goal to rewrite and only the
structured fallback was left. Told with a comma instead, the sentence reads as the writer's
goals joined, each rewritten (a split when it packs two).

A period there is a slip of the same kind ("We need to win the league. and qualify for the
LAN"): the sentence goes on in lower case with its coordinator, so the period goes.
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import words_of

if TYPE_CHECKING:
    from smartcheck.reading.goal import Goal

#: What a stray mark before a lower-case coordinator is told as: a doubt's "?" a comma, a
#: slipped "." nothing.
_TOLD_AS = {"?": ",", ".": ""}


def without_stray_questions(
    goal: Goal, coordinators: Collection[str], alternatives: Collection[str]
) -> str | None:
    """The goal's text with each question mark that a lower-case coordinator follows told
    as a comma (a period there gone), or None when it has none. An alternative ('? of toch
    liever X', the pack's ``alternative_openers``) is a real doubt between two: not read."""
    joins = {c.lower() for c in coordinators if c.isalpha()} - {a.lower() for a in alternatives}
    words = words_of(goal)
    text = goal.text
    marks = [
        word.start
        for word, after in pairwise(words)
        if word.text in _TOLD_AS and after.text in joins and after.text.islower()
    ]
    if not marks:
        return None
    for at in reversed(marks):
        text = text[:at] + _TOLD_AS[text[at]] + text[at + 1 :]
    return text
