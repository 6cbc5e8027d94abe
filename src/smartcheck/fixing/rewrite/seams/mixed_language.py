"""A frame in one language joined to a clause in another.

"Er is nooit tijd, so I want to plan ...": the writer's Dutch clause with an English frame
(or the other way round) is no sentence of either language. Short clauses are hard to tell
apart, so a clause counts only when its evidence for one language (function words, letter
cues, words only that language's dictionary knows: reading/language.py) is plain and far
ahead of the other's; and only when the goal reads in one language throughout (a writer who
mixed languages has no clear language to keep).
"""

from __future__ import annotations

import re

from smartcheck.configuration.packs import SUPPORTED_LANGUAGES
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.surface import PLACEHOLDER
from smartcheck.reading.language import language_scores

#: Evidence a clause needs for its language, and how far ahead of the runner-up it must be.
_PLAIN, _AHEAD = 2.0, 1.5
#: Where a candidate's clauses part.
_CLAUSE_END = re.compile(r"[,;:.!?()]")


def mixed_languages(candidate: str, goal_text: str) -> list[Seam]:
    """Two clauses of ``candidate`` each plainly in a different language, while every
    clause of the goal that reads plainly reads in one."""
    found = _languages(PLACEHOLDER.sub(" ", candidate))
    if len(found) < 2 or len(_languages(goal_text)) > 1:
        return []
    detail = f"clauses in {' and '.join(sorted(found))} in one sentence"
    return [Seam("residue", detail, ("mixed-language",))]


def _languages(text: str) -> set[str]:
    """The languages the clauses of ``text`` plainly read in."""
    found = set()
    for clause in _CLAUSE_END.split(text):
        scores = language_scores(clause)
        ranked = sorted(SUPPORTED_LANGUAGES, key=lambda lang: -scores.get(lang, 0.0))
        if len(ranked) < 2:
            continue
        best, second = scores.get(ranked[0], 0.0), scores.get(ranked[1], 0.0)
        if best >= _PLAIN and best >= second + _AHEAD:
            found.add(ranked[0])
    return found
