"""The other person's credit on a remark: 'I tend to over-explain ..., as my team lead wants'.

A goal another person asked for gets their credit after the committed goal ("..., zoals
mijn leidinggevende wil", "..., as my team lead wants": the frames' ``as_wished``). When
the writer's remark is kept as a sentence after the goal, the credit put at the very end
lands on the remark: it then says the other wants the writer's tendency or feeling. Judged
on the text: the credit, added by the rewrite, stands in a sentence with nothing the rewrite
framed (no placeholder, no committed subject and auxiliary) while another sentence has it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.style import RewriteStyle


def credit_on_remark(candidate: str, goal_text: str, style: RewriteStyle) -> list[Seam]:
    """The added credit in a sentence the rewrite did not frame, beside one it did."""
    frames = (style.frames.as_wished, style.frames.as_judged)
    openers = list(dict.fromkeys((f or "").split("{who}")[0].strip() for f in frames))
    for opener in (o for o in openers if o):
        found = _credit_on_remark(candidate, goal_text, style, opener)
        if found:
            return found
    return []


def _credit_on_remark(
    candidate: str, goal_text: str, style: RewriteStyle, opener: str
) -> list[Seam]:
    """:func:`credit_on_remark` for the credit that opens with ``opener`` ('zoals', 'as')."""
    parts = sentences(candidate, style.abbreviations)
    if len(parts) < 2:
        return []
    written = " ".join(goal_text.lower().split())
    framed = [framed_sentence(p, style) for p in parts]
    credit = re.compile(rf",\s+{re.escape(opener)}\s+[^,]+$", re.IGNORECASE)
    for sentence, own_frame in zip(parts, framed, strict=True):
        found = credit.search(sentence.rstrip(".!?"))
        if found is None or own_frame or not any(framed):
            continue
        if " ".join(found.group(0).lower().split()) in written:
            continue  # the writer's own words
        return [Seam("dangling", f"the credit {found.group(0)[1:].strip()!r} on a remark")]
    return []


def framed_sentence(sentence: str, style: RewriteStyle) -> bool:
    """A sentence the rewrite framed: a placeholder, or the writer with the committed
    auxiliary in either order (where the other's credit belongs, voices/reading.py)."""
    lower = sentence.lower()
    if any(p.lower() in lower for p in style.placeholders.model_dump().values()):
        return True
    words = re.findall(r"[^\W\d_]+", lower)
    pairs = {f"{a} {b}" for a, b in pairwise(words)}
    committed = {f"{s} {a}".lower() for s, a in style.subjects.items()}
    committed |= {f"{a} {s}".lower() for s, a in style.subjects.items()}
    return bool(pairs & committed)
