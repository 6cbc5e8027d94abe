"""A word that restricts or adds, cut out from between its neighbours.

"..., not just the installation" became "..., not the installation": the rewrite dropped the
word that restricts ("just", "alleen", "only") or adds ("ook", "too"), and the meaning turned.
Judged on the text: a word of the pack's ``restricting_words`` stands in the goal between two
words, and the candidate holds those two words side by side without it, where the goal never
does. A filler ("just" in "I just want to") is left to the filler step, unless a negation or
a preposition stands before it: "not just" and "instead of just" restrict.
"""

from __future__ import annotations

import re
from itertools import pairwise

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|n't")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def lost_restriction(candidate: str, goal_text: str, style: RewriteStyle) -> list[Seam]:
    """The goal's restricting or adding word gone from between its two neighbours."""
    if not style.restricting_words:
        return []
    written = _words(goal_text)
    told = set(pairwise(_words(candidate)))
    own = set(pairwise(written))
    negations = {n.lower() for n in style.negations} | {"not", "n't"}
    fillers = {f.lower() for f in style.fillers}
    prepositions = {p.lower() for p in style.prepositions}
    seams: list[Seam] = []
    for n in range(1, len(written) - 1):
        before, word, after = written[n - 1], written[n], written[n + 1]
        if word not in style.restricting_words:
            continue
        if word in fillers and before not in negations and before not in prepositions:
            continue  # 'I just want to': a filler the rewrite may drop ('instead of just'
            # restricts, as 'not just' does)
        if (before, after) in told and (before, after) not in own:
            seams.append(Seam("lost_words", f"{word!r} cut from {before} … {after}", (word,)))
    return seams
