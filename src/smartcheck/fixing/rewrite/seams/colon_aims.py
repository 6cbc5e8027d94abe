"""The behaviour asked for, then the writer's aims after a colon: 'ga ik voor nettere naden
[concreet gedrag]: sneller werken'.

A note of aims without verbs ('Nettere naden. Sneller werken.') framed as a topic puts the
first aim before the behaviour placeholder and the rest after a colon, as if they listed
what the behaviour is. Filled in, the sentence says 'ga ik voor nettere naden elke naad
nalopen: sneller werken': two aims torn apart by the act. Judged on the text: the behaviour
placeholder right before a colon with words after it; or a colon the goal does not have
whose words after it were a sentence of their own in the goal, an aim opened by a
comparative (the pack's ``comparatives``: 'in cleaner welds: less rework', 'om strakkere te
voegen: minder afval'), in a sentence that asks for the behaviour (the first aim made its
topic or purpose): the writer's second aim made a note on the first. A manner after the
writer's own act ('ga ik beter rapporteren in ONS: korter en feitelijker') and aspects after
a topic ('in Excel: draaitabellen en formules') stay a note.
"""

from __future__ import annotations

import re

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle


def behaviour_before_colon(candidate: str, style: RewriteStyle) -> list[Seam]:
    """The behaviour placeholder followed by a colon and more words."""
    behaviour = re.escape(style.placeholders.behaviour)
    found = re.search(rf"{behaviour}\s*:\s*(\w+)", candidate)
    if found is None:
        return []
    detail = f"the aim {found.group(1)!r} after the behaviour asked for"
    return [Seam("dangling", detail, (found.group(1).lower(), "colon-aims"))]


def sentence_as_note(
    candidate: str, goal_text: str, comparatives: frozenset[str], style: RewriteStyle
) -> list[Seam]:
    """A colon the rewriter put before a sentence of the goal that is an aim of its own, a
    comparative opening it ('Cleaner welds. Less rework.' -> '... in cleaner welds: less
    rework'); a sentence of aspects stays a note ('Excel. Draaitabellen en formules.')."""
    if ":" in goal_text:
        return []
    seams: list[Seam] = []
    for found in re.finditer(r":\s*([^,;:.!?\[\]]+)", candidate):
        note = found.group(1).strip()
        if not note or note.split()[0].lower() not in comparatives:
            continue
        opening = max(candidate.rfind(m, 0, found.start()) for m in ".!?")
        if style.placeholders.behaviour not in candidate[opening + 1 : found.start()]:
            continue  # 'ga ik beter rapporteren in ONS: korter en feitelijker': how, as told
        told = re.search(rf"[.!?]\s+{re.escape(note)}\s*[.!?]?", goal_text, flags=re.IGNORECASE)
        if told is not None:
            detail = f"the sentence {note!r} made a note after a colon"
            seams.append(Seam("dangling", detail, (note.split()[0].lower(), "colon-aims")))
    return seams
