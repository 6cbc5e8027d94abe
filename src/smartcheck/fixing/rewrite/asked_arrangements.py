"""A question after the goal that only asks whether it can be arranged or is allowed.

"Ik zou graag een keer meedraaien op de nachtdienst. Kan dat geregeld worden?", "I'd like
to spend a week in the warehouse in Venlo. Would that be possible?": the question holds no
step and no doubt of the writer's; it asks the one who decides (the manager) to agree. That
is the goal's agreement (JUDGING A: owned and agreed), so the question goes and the goal
asks whom it is agreed with ("in overleg met [wie ondersteunt je]", "agreed with [who
supports you]"). Kept, the question made the whole text a question (no rewrite but the
structured fallback). The question: the last sentence (not the first) or the piece after
the last comma ("I'd love to do a rotation in purchasing, is that possible?"), made of one
of the pack's ``rewrite.arrangement_asks`` and maybe a hedge, a politeness word or a
reference to the one asked; read by to_discuss.py as an agreement still to be made, whom
with not told.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentence_ends

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


def arrangement_asked(goal: Goal, style: RewriteStyle) -> tuple[str, tuple[int, int]] | None:
    """The goal's text before a last sentence that only asks whether it can be arranged
    (see the module), closed, and where the question stands; None without one."""
    if not style.arrangement_asks:
        return None
    text = goal.text.rstrip()
    if not text.endswith("?"):
        return None
    ends = [e for e in sentence_ends(text, style.abbreviations) if e < len(text) - 1]
    comma = text.rfind(",")  # '..., is that possible?': the same question after a comma
    if not ends and comma < 0:
        return None
    start = max([*ends, comma + 1])
    rest = text[:start].rstrip().rstrip(",")
    if not arrangement_said([w.lower() for w in _WORD.findall(text[start:])], style):
        return None
    if len(_WORD.findall(rest)) < 2:
        return None
    if rest[-1] not in ".!":
        rest += "."
    return rest, (start, len(goal.text))


def arrangement_said(asked: list[str], style: RewriteStyle) -> bool:
    """Do the lower-case words ``asked`` of a question only ask whether the goal can be
    arranged (one of the pack's ``arrangement_asks``)? A hedge may open them ('Misschien kan
    dat geregeld worden?'), a word of ``arrangement_extras`` close them ('..., please?'),
    a word of ``arrangement_fillers`` stand among them ('Kunnen we daar *eens* over
    praten?'), and a pointer stand apart from its preposition as Dutch strands it ('daar
    ... over' is 'daarover', the pack's ``stranding_pointers`` and ``offer_pointers``)."""
    while asked and asked[0] in style.one_word_hedges:
        asked = asked[1:]  # 'Misschien kan dat geregeld worden?'
    while asked and asked[-1] in style.arrangement_extras:
        asked = asked[:-1]  # 'Would that be possible, please?'
    fillers = frozenset(f.lower() for f in style.arrangement_fillers)
    asked = asked[:2] + [w for w in asked[2:] if w not in fillers]
    said = " ".join(_joined(asked, style))
    return said in {a.lower() for a in style.arrangement_asks}


def _joined(asked: list[str], style: RewriteStyle) -> list[str]:
    """``asked`` with a stranded pointer joined to its preposition later on ('daar over' ->
    'daarover'); the first such preposition only, and none across another pointer."""
    joined = frozenset(p.lower() for p in style.offer_pointers)
    for at, word in enumerate(asked):
        if word not in style.stranding_pointers:
            continue
        for later in range(at + 1, len(asked)):
            if word + asked[later] in joined:
                return [
                    *asked[:at],
                    word + asked[later],
                    *asked[at + 1 : later],
                    *asked[later + 1 :],
                ]
    return asked
