"""The writer's sentences of context: kept word for word they are no seam; dated they are.

A goal with a sentence of context ("Er moet meer structuur komen in ..., nu staat alles door
elkaar in het magazijn.") is rewritten without it and the context follows as its own
sentence, verbatim ("... met als bewijs [hoe gemeten]. Nu staat alles door elkaar in het
magazijn.", rewrite/situation.py). The small tagger may miss that sentence's verb ('staat'
read as the noun), and the check that every sentence has a finite verb would then refuse
the whole rewrite for words the rewriter never touched. Only that check, on a sentence that
is exactly one of the goal's sentences of context, is lifted: the rewritten part is checked
as ever. The other way round, a frame phrase the rewriter put inside such a clause ("..., nu
gooien we vóór [datum] te veel weg") dates the situation instead of the goal: a seam; so
does a frame phrase hung after it when it stands as a sentence of its own ("... Ik loop vaak
achter met de bestellijsten, *van [huidig aantal] naar [streefaantal]*").
"""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from smartcheck.reading.goal import Goal

#: How the finite-verb check names the sentence it flags.
_LEAD = "no finite verb in "


def outside_context(seams: list[Seam], goal: Goal) -> list[Seam]:
    """``seams`` without a missing finite verb in a sentence that is one of ``goal``'s
    sentences of context as written."""
    spans = goal.syntax.context if goal.syntax is not None else ()
    told = {_plain(s.text) for s in spans}
    if not told:
        return seams
    return [s for s in seams if not (s.kind == "lost_tense" and _flagged(s.detail) in told)]


def _flagged(detail: str) -> str | None:
    """The sentence a missing finite verb was found in, or None."""
    if not detail.startswith(_LEAD):
        return None
    try:
        quoted = ast.literal_eval(detail[len(_LEAD) :])
    except (ValueError, SyntaxError):
        return None
    return _plain(quoted) if isinstance(quoted, str) else None


def _plain(text: str) -> str:
    return text.strip().rstrip(".!?;,").strip().lower()


def frame_inside_context(candidate: str, goal: Goal) -> list[Seam]:
    """A frame phrase put inside a clause of context ('..., nu gooien we *vóór [datum]* te
    veel weg'): the situation told is dated as if it were the goal. The context's first and
    last words stand in order with a placeholder between them, and its words no longer stand
    together."""
    spans = goal.syntax.context if goal.syntax is not None else ()
    lower = candidate.lower()
    seams: list[Seam] = []
    for span in spans:
        words = re.findall(r"\w+", span.text.lower())
        if len(words) < 3:
            continue
        together = r"\W+".join(re.escape(w) for w in words)
        if re.search(rf"(?:^|[.!?]\s+){together}\W*,[^.!?]*\[", lower):
            detail = f"a frame phrase after the context {span.text!r}"
            seams.append(Seam("context_committed", detail, tuple(words[:2])))
            continue  # the situation's sentence carries the goal's measure
        if re.search(together, lower):
            continue  # kept together, as written
        # its first two words, not only the first: a subject the frame adds ('ga *ik* ...')
        # opens no clause of the context ('Ik merk dat ...')
        inside = r"\W+".join(
            [
                re.escape(words[0]),
                re.escape(words[1]),
                r"(?:\w+\W+)*?\[[^\]]+\](?:\W+\w+)*?",
                re.escape(words[-1]),
            ]
        )
        if re.search(rf"(?<!\w){inside}(?!\w)", lower):
            detail = f"a frame phrase inside the context {span.text!r}"
            seams.append(Seam("context_committed", detail, tuple(words[:2])))
    return seams
