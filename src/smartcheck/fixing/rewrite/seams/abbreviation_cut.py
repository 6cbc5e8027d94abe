"""An abbreviation of the goal cut from the words it goes on with: 'learn how vigilance
reporting works *incl, eUDAMED* and the FSCA process', '... works *incl., with [how measured]
as evidence*, ... EUDAMED and the FSCA process.'

The parser may end a sentence at an abbreviation's period when a capital follows it ('incl.
EUDAMED', 'bijv. Excel'), and a candidate built on that reads the period as the sentence's
end: it puts a comma in its place and lowers the capital after it, or puts the frame's
phrases between the abbreviation and its object. A word of the pack's ``abbreviations`` the
goal writes with its period and a word after it must stand in the candidate the same way,
with that word after it. So must an abbreviation with a period inside ('e.g. Utrecht', 'o.a.
Kew'), which needs no pack to be known: '..., e.g, agreed with my manager. Utrecht or
Zwolle.' shows one cut.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.compiled import compiled
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.reading.sentence_ends import shouted

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


#: An abbreviation with a period inside, written with its final period ('e.g.', 'd.w.z.').
_DOTTED_INSIDE = re.compile(r"(?<![\w.])((?:[^\W\d_]\.)+[^\W\d_])\.(?=\s)")


def abbreviation_cut(candidate: str, goal_text: str, style: RewriteStyle) -> list[Seam]:
    """Each abbreviation the goal writes with its period and a word after it ('incl.
    EUDAMED') that ``candidate`` has without either."""
    seams: list[Seam] = []
    dotted_inside = {m.group(1) for m in _DOTTED_INSIDE.finditer(goal_text)}
    for word in sorted({*style.abbreviations, *dotted_inside}):
        dotted = compiled(rf"\b({re.escape(word)})\.,?\s+(\w[\w-]*|\[[^\]]*\])", re.IGNORECASE)
        told = {m.group(2) for m in dotted.finditer(goal_text) if not shouted(m.group(1))}
        if not told:
            continue
        bare = re.compile(rf"\b{re.escape(word)}\b(?!\.)", re.IGNORECASE)
        written = len(bare.findall(goal_text))  # 'no' the goal has as a word of its own
        every = re.compile(rf"\b{re.escape(word)}\b(\.,?\s+(\w[\w-]*|\[[^\]]*\]))?", re.IGNORECASE)
        cut = [m.group(0) for m in every.finditer(candidate) if m.group(2) not in told]
        cut = cut[written:]
        seams += [
            Seam("residue", f"the abbreviation cut from its words: {text!r}", (word.lower(),))
            for text in cut
        ]
    return seams
