"""A reason told first and closed by a colon, the goal after it: 'Omdat ik nu ook de
bezorging inplan: leren hoe het planningssysteem werkt en zorgen dat ...', 'Because I now
plan the deliveries too: learn how the planning system works.'

Told so, the sentence has no main clause the frames can take (the reason holds the only
subject and finite verb), and the goal after the colon stayed as written while a later
sentence was rewritten. The reason goes after its goal, in the order a reason told later
has ('Leren hoe het planningssysteem werkt ..., omdat ik nu ook de bezorging inplan.'), and
that text is rewritten as the goal; the other sentences stay where they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentences

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Marks that end a sentence.
_ENDS = ".!?"


def reason_after_goal(text: str, style: RewriteStyle) -> str | None:
    """``text`` with its first sentence's fronted reason (one of the pack's
    ``reason_openers``, closed by a colon) put after the goal that follows the colon; None
    when no sentence opens so."""
    told = sentences(text, style.abbreviations)
    if not told:
        return None
    first = told[0]
    opener = first.split(maxsplit=1)[0].lower() if first.split() else ""
    if opener not in style.reason_openers or first.count(":") != 1:
        return None
    reason, goal = (part.strip() for part in first.split(":"))
    end = goal[-1] if goal and goal[-1] in _ENDS else "."
    goal = goal.rstrip(_ENDS).rstrip()
    if len(reason.split()) < 3 or len(goal.split()) < 2:
        return None  # 'Omdat: ...' or a label, no reason clause
    if goal[-1:] in ",;" or not goal[:1].isalpha():
        return None
    moved = f"{goal[:1].upper()}{goal[1:]}, {reason[:1].lower()}{reason[1:]}{end}"
    return " ".join([moved, *told[1:]])
