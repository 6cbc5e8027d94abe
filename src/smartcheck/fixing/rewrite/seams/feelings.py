"""A feeling about the goal committed to or dated: the writer's comment made the goal.

"Het stemmen van X - daar ben ik nog onzeker in", "Pricing jobs - I'm still unsure about
that": the second part is how the writer feels about the first (remarks.py keeps it as a
sentence of its own after the rewrite). A candidate that commits to it or dates it ("daar ben
ik vóór [datum] nog onzeker in", "I will be still very unsure about that") says the writer
aims to stay unsure: broken, whatever the frame.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.stops import sentences

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext


def feeling_committed(candidate: str, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A sentence of ``candidate`` that holds a feeling of the writer's (the pack's
    ``remark_feelings``), a word that points back at the goal (``back_references``) and a
    frame the rewrite added (a placeholder, or the writer's committed auxiliary after the
    subject): the comment on the goal was made the goal."""
    feelings = {w.lower() for w in ctx.pack.words("remark_feelings") if " " not in w}
    if not feelings:
        return []
    added = list(style.placeholders.model_dump().values())
    committed = {f"{s} {a}".lower() for s, a in style.subjects.items()}
    committed |= {f"{a} {s}".lower() for s, a in style.subjects.items()}
    for told in sentences(candidate, style.abbreviations):
        sentence = _without_acceptance(told, style)
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", sentence)]
        pairs = {f"{a} {b}" for a, b in pairwise(words)}
        framed = any(p in sentence for p in added) or bool(pairs & committed)
        feeling = next((w for w in words if w in feelings), None)
        if framed and feeling and _points_back(sentence, style):
            return [Seam("contradiction", f"the feeling {feeling!r} committed to", (feeling,))]
    return []


def _without_acceptance(sentence: str, style: RewriteStyle) -> str:
    """``sentence`` without the acceptance a trial after the writer's unease was told as
    ("I'm nervous about it *but I will do it*", others_aims.committed_remark): that
    commitment is to the goal, never to the feeling before it."""
    for told in set(style.trial_remarks.values()):
        sentence = re.sub(rf"\s*\b{re.escape(told)}(?=[\s.!]*$)", "", sentence, flags=re.I)
    return sentence


def _points_back(sentence: str, style: RewriteStyle) -> bool:
    """A back reference used as a pronoun ('about that.', 'daar ben ik', 'that is'), not
    as a determiner before its noun ('that exam')."""
    verbs = {w.lower() for w in style.finite_words} | set(style.subjects) | _COPULAS
    told = re.findall(r"[^\W\d_]+|[,.;:!?\[]", sentence.lower())
    for n, word in enumerate(told):
        if word in style.back_references:
            after = told[n + 1] if n + 1 < len(told) else "."
            if not after.isalpha() or after in verbs:
                return True
    return False


#: Forms of 'to be' after a pronoun that points back ('that is ...', "that's").
_COPULAS = frozenset({"is", "s", "was"})
