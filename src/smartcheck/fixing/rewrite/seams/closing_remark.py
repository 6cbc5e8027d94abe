"""A past incident or someone else's view, told after a comma, kept inside the committed
sentence: 'Vóór [datum] ga ik [concreet gedrag] in het uitleggen van X, dat ging echt niet
goed, met als bewijs [hoe gemeten].', 'By [date], I will [concrete behaviour] in writing
rescue plans, my supervisor says they are too generic.'

The clause after the goal's last comma tells what went wrong before ('dat ging vorig jaar
echt niet goed': past_after.py) or what someone else says of the writer's work ('my
supervisor says they are too generic': voiced_after.py). It is the goal's reason, its own
sentence. Inside the frame it reads as part of the commitment, and the past one lost its
time on the way (a past time is no deadline, so the frame dropped it). Such a candidate is
refused; the readings keep the clause as a sentence after the rewrite. Judged on the
candidate's text: a sentence with a frame the rewrite added (a placeholder, or the writer's
committed auxiliary beside the subject) with a part after a comma that holds the clause's
subject and finite verb as the goal wrote them. A clause taken up with a word of the frame
('..., as my colleagues say ...') is no longer that clause: it opens otherwise; one the
writer joined with a conjunction ('..., because there were complaints') stays inside.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import SUBJECT_DEPS, is_finite
from smartcheck.fixing.rewrite.stops import sentences

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


#: Word classes a closing clause of its own opens with, its subject ('*dat* ging ...', '*my*
#: supervisor says ...'); one opened otherwise the writer joined to the goal ('..., because
#: there were complaints', '..., particularly when ...'), and it stays where it is.
_OPENING = frozenset({"DET", "PRON", "NOUN", "PROPN"})


def closing_remark_inside(candidate: str, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """The goal's closing past incident or voice kept inside a framed sentence of
    ``candidate`` (module docstring)."""
    # imported here: both readers import the seams' token helpers, which import this module
    from smartcheck.fixing.rewrite.past_after import past_after
    from smartcheck.fixing.rewrite.voiced_after import voiced_after

    if past_after(goal, style) is None and voiced_after(goal, style) is None:
        return []
    found = _subject_and_verb(goal)
    if found is None:
        return []
    first, told = found[0], found[1:]
    placeholders = list(style.placeholders.model_dump().values())
    committed = {f"{s} {a}".lower() for s, a in style.subjects.items()}
    committed |= {f"{a} {s}".lower() for s, a in style.subjects.items()}
    for sentence in sentences(candidate, style.abbreviations):
        words = re.findall(r"[^\W\d_]+", sentence.lower())
        framed = any(p in sentence for p in placeholders)
        if not framed and not {f"{a} {b}" for a, b in pairwise(words)} & committed:
            continue
        for part in sentence.split(",")[1:]:
            opening = re.findall(r"[^\W\d_]+", part.lower())[:4]
            if opening[:1] == [first] and set(told) <= set(opening):
                detail = f"the clause {part.strip()!r} told inside the commitment"
                return [Seam("contradiction", detail, ("closing-remark",))]
    return []


def _subject_and_verb(goal: Goal) -> tuple[str, str, str] | None:
    """The first word, the subject's head and the finite verb of the clause after
    ``goal``'s last comma."""
    doc = goal.doc
    commas = [t for t in doc if t.text == ","] if doc is not None else []
    if doc is None or not commas:
        return None
    clause = [t for t in doc[commas[-1].i + 1 :] if not t.is_punct]
    if not clause or clause[0].pos_ not in _OPENING:
        return None  # '..., because there were complaints', '..., particularly when ...': joined
    finite = next((t for t in clause if is_finite(t)), None)
    subject = next((c for c in finite.children if c.dep_ in SUBJECT_DEPS), None) if finite else None
    if finite is None or subject is None:
        return None
    return clause[0].lower_, subject.lower_, finite.lower_
