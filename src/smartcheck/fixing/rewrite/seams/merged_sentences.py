"""Two of the writer's sentences run together with no mark between them: '... (meldingen
van kindermisbruik) *dat moet* gewoon ... goed gaan'.

A goal's next sentence opens with a capital after a full stop ('... kindermisbruik). Dat
moet gewoon altijd goed gaan'). A candidate that kept its opening words but lost the stop
and the capital, right after the last word of the sentence before, has glued that sentence
into the clause before it: the parse then reads one clause with two verbs, or a relative
clause that was never written. A join the frame made on purpose ('..., as management would
like', 'I will be a buddy') has other words before them; a list's numbers ('1. Learn') and
lines are no sentences run together, nor is a one-word heading the label frame fronts in
the clause ('Administratie. De bonnen moeten ...' -> '... dat bij administratie de bonnen ...').
"""

from __future__ import annotations

import re

from smartcheck.fixing.rewrite.seams.kinds import Seam

#: A sentence's end after a word or a closing bracket (not a list's number: '1. Learn'),
#: and the capital that opens the next one; the word before the stop is captured.
_NEXT_SENTENCE = re.compile(r"([^\W\d_]+\)?|\))[.!?]\s+(?=[^\W\d_])")
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
        if _heading(written, stop):
            continue  # 'Administratie. De bonnen ...': a heading the frame puts in the clause
        words = rf"{opening.group(1).lower()}[ \t]+{re.escape(opening.group(2))}"
        last = re.escape(stop.group(1))  # the previous sentence's last word, right before
        for glued in re.finditer(rf"(?i:{last})[ \t]+({words})(?!\w)", candidate):
            seams.append(Seam("dangling", f"{glued.group(1)!r} run into the clause before", ()))
    return seams


def _heading(written: str, stop: re.Match[str]) -> bool:
    """The sentence ``stop`` ends is one word and the goal's first ('Administratie.')."""
    return not written[: stop.start(1)].strip()
