"""Two of the writer's sentences run together with no mark between them: '... (meldingen
van kindermisbruik) *dat moet* gewoon ... goed gaan'.

A goal's next sentence opens with a capital after a full stop ('... kindermisbruik). Dat
moet gewoon altijd goed gaan'). A candidate that kept its opening words but lost the stop
and the capital, with a word or a closing bracket right before them, has glued that sentence
into the clause before it: the parse then reads one clause with two verbs, or a relative
clause that was never written. A comma or another mark before them is a join the frame made
on purpose and is left to the other checks.
"""

from __future__ import annotations

import re

from smartcheck.fixing.rewrite.seams.kinds import Seam

#: A sentence's end and the capital that opens the next one.
_NEXT_SENTENCE = re.compile(r"[.!?]\s+(?=[^\W\d_])")
#: The first two words of a sentence.
_OPENING = re.compile(r"(\w+)\s+(\w+)")


def sentences_run_together(candidate: str, written: str) -> list[Seam]:
    """Each later sentence of ``written`` whose two opening words follow a word or a closing
    bracket in ``candidate``, lower-cased where the goal had a capital."""
    seams: list[Seam] = []
    for stop in _NEXT_SENTENCE.finditer(written):
        opening = _OPENING.match(written, stop.end())
        if opening is None or not opening.group(1)[0].isupper():
            continue
        words = rf"{opening.group(1).lower()}\s+{re.escape(opening.group(2))}"
        for glued in re.finditer(rf"(?<=[\w)])\s+({words})(?!\w)", candidate):
            seams.append(Seam("dangling", f"{glued.group(1)!r} run into the clause before", ()))
    return seams
