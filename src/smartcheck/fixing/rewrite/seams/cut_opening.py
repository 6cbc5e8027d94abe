"""A sentence of the writer's kept after its opening word was cut: 'there is an online
course, I will look for it.'

A hedge that opens a sentence ("Maybe there is an online course", "Misschien kan ik later
doorgroeien") goes when the goal is committed; a reading that drops it and keeps the rest
as written leaves a sentence that opens in lower case mid-text, and often one whose sense
needed the hedge. A sentence the rewrite keeps is whole only as the writer wrote it (a
writer who writes in lower case keeps their sentence so); a sentence the rewrite opens in
lower case that is no sentence of the goal as written is a seam.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import pairwise

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.stops import sentence_ends, sentences

_FIRST_LETTER = re.compile(r"[^\W\d_]")


def _plain(text: str) -> str:
    return " ".join(text.lower().split())


def opening_cut(candidate: str, goal_text: str, abbreviations: Collection[str] = ()) -> list[Seam]:
    """Each later sentence of ``candidate`` that opens in lower case and is no sentence of
    the goal as written."""
    written = {_plain(s) for s in sentences(goal_text, abbreviations)}
    # a sentence the writer opened in lower case too (after an initial, 'Mevrouw K. laat
    # ...'; or writing without capitals): the same opening is no cut
    lowered = {s.split(" ", 1)[0] for s in sentences(goal_text, abbreviations) if s[:1].islower()}
    seams = []
    cuts = sentence_ends(candidate, abbreviations)
    for start, end in pairwise([*cuts, len(candidate)]):
        if candidate[start - 1] == ";":
            continue  # a clause after a semicolon opens in lower case
        told = candidate[start:end].strip()
        first = _FIRST_LETTER.search(told)
        if first is None or first.start() or not first.group().islower():
            continue  # a placeholder, a number or a mark first; or a capital
        word = told.split(" ", 1)[0]
        if any(c.isupper() for c in word):
            continue  # a name written so ('iPad', 'eHealth')
        if _plain(told) not in written and word.lower() not in lowered:
            seams.append(Seam("cut_opening", f"a sentence opens cut: {told[:40]!r}", (word,)))
    return seams
