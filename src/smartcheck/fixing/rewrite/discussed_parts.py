"""Several goals with one question after them that asks the manager to agree.

"I want to do more night shifts and maybe become a trainer. Can we discuss this?", "Ik wil
de weekplanning maken en ook de inkoop doen. Kan dat geregeld worden?": the question
(asked_arrangements.py) asks the one the writer hands the goals to, and it covers them all.
to_discuss.py reads it for a goal of one piece; with several goals each is agreed with the
one asked ("agreed with [who supports you]"), a line each, and the question goes. A remark
that names someone ("Need to discuss with Marieke") does not tell which goal is whose, and
is not read here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.hedged_steps import discussed_spans
from smartcheck.fixing.rewrite.to_discuss import with_agreement

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def each_agreed(parts: tuple[str, ...], who: str, style: RewriteStyle) -> tuple[str, ...] | None:
    """Each of ``parts`` (one goal's rewrite each) agreed with ``who``, the placeholder of
    the one asked; a part that already asks whom it is agreed with, or settles its step with
    the manager (hedged_steps.discussed_spans), stays as it is. None when
    ``who`` names someone, or a part has no place for the agreement."""
    frame = style.frames.agreement
    if not frame or who != style.placeholders.support:
        return None
    head = frame.split("{support}")[0].strip(" ,").lower()
    told: list[str] = []
    for part in parts:
        if discussed_spans(part, style):
            told.append(part)  # 'I will agree with my manager on whether I X': agreed already
            continue
        agreed = with_agreement(part, who, style)
        if agreed is None and head not in part.lower():
            return None
        told.append(agreed or part)
    return tuple(told)
