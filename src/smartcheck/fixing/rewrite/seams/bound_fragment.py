"""A bound that opens a sentence without the writer: 'Hooguit [aantal] keer een bak ijs
laten smelten door ... vóór [datum], ...', 'At most [number] late deliveries by [date]'.

The bound R001 puts in place of an absolute ("nooit meer" -> "hooguit [aantal] keer") is
the writer's standard only in a clause that commits the writer to it. A verbless or bare
infinitive goal the frames could not give a subject kept its fragment: the bound, the thing
and the frame's date and measure, and no one who commits ("no subject, no finite verb, no
commitment"). A sentence of the candidate that opens with a bound of the pack's
``rewrite.replacements`` (its words before the number and the number's placeholder) and
names no first-person subject of the pack's ``rewrite.subjects`` anywhere is a seam: the
frame that commits the writer ("Vóór [datum] ga ik hooguit [aantal] keer ...") or the
structured fallback shows instead.
"""

from __future__ import annotations

import re
from itertools import pairwise

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.stops import sentence_ends
from smartcheck.fixing.rewrite.style import RewriteStyle


def bound_without_writer(candidate: str, style: RewriteStyle) -> list[Seam]:
    """Each sentence that opens with a bound and names no writer."""
    number = style.placeholders.number
    openers = {
        f"{value.split('{number}')[0]}{number}".strip().lower()
        for value in style.replacements.values()
        if "{number}" in value and not value.startswith("{number}")
    }
    openers.discard(number.lower())
    if not openers or number not in candidate:
        return []
    subjects = {s.lower() for s in style.subjects}
    cuts = [0, *sentence_ends(candidate, style.abbreviations), len(candidate)]
    seams = []
    for begin, end in pairwise(cuts):
        sentence = candidate[begin:end].strip().lower()
        if not any(sentence.startswith(o) for o in openers):
            continue
        words = set(re.findall(r"[^\W\d_]+", sentence))
        if words & subjects:
            continue
        opener = next(o for o in openers if sentence.startswith(o))
        seams.append(Seam("lost_subject", f"{opener!r} bounds no one's act", (opener,)))
    return seams
