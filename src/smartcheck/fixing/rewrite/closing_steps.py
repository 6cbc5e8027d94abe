"""A closing sentence after a goal kept as written: what a coach adds to a goal that reads
whole but fits no frame.

Some goals read as one aim with its explanation ("Mijn first-time-fix moet omhoog. Te vaak
moet ik ... langs omdat ..."), yet no frame can take them in: the aim cannot be moved into a
frame's clause without breaking it. A coach does not rebuild such a text; they keep it and
add one sentence with what it lacks: the time and the measure ("Dit doel bereik ik vóór
[datum].", "I will reach this goal by [date].") or the concrete step to it ("Daarvoor ga ik
[concreet gedrag] vóór [datum].", "To get there, I will [concrete behaviour] by [date].").

Only what a sentence after the goal can add is added this way: S (the step), M and T.
A goal that fails A or R (a hedge, an imposed or impersonal aim, an absolute) needs its own
words changed, so it keeps the structured fallback, as does a goal that packs goals or a
question (no aim yet). The seam check refuses a second time beside one of the goal's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.plan import failed

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reporting.report import GoalReport

#: What a closing sentence can add; any other failing criterion asks for the writer's words.
ADDABLE = frozenset({Criterion.S, Criterion.M, Criterion.T})
#: Findings that say the text packs goals: one closing step cannot serve them all.
PACKED = frozenset({"S004", "R004"})


def closing_sentence(report: GoalReport, style: RewriteStyle, kept: str) -> str | None:
    """``kept`` (the goal's own words as the structured fallback keeps them) with a closing
    sentence that adds what the goal failed; None when a sentence after it cannot fix that."""
    bad = failed(report)
    frames = style.frames
    if not bad or not bad <= ADDABLE or frames.closing_reach is None:
        return None
    if frames.closing_step is None or PACKED & {f.code for f in report.findings}:
        return None
    if "?" in kept:
        return None
    ph = style.placeholders
    deadline = " " + frames.deadline.format(date=ph.date) if Criterion.T in bad else ""
    measure = frames.measure.format(measure=ph.measure) if Criterion.M in bad else ""
    if Criterion.S in bad:
        added = frames.closing_step.format(
            deadline=deadline, behaviour=ph.behaviour, measure=measure
        )
    else:
        added = frames.closing_reach.format(deadline=deadline, measure=measure)
    text = kept.strip()
    if not text.endswith((".", "!")):
        text += "."
    return f"{text} {added}"
