"""The writer's trial that opens a sentence beside someone else's wish: "My manager thinks I
should take over the repair jobs. *I'll try*, but the vacuum lines still take me ages.",
"Mijn leidinggevende wil dat ik de planning maak. *Ik ga het proberen*, maar ik vind Excel
lastig.", "... I'll try."

The trial accepts the wish with a hedge (JUDGING A), and what follows the contrast is the
writer's reservation. The rewrite commits to the wish, so the trial is told as the
commitment it is (the pack's ``rewrite.trial_remarks``: "I'll try" -> "I will do it") and
the reservation stays after its contrast word as written ("I will do it, but the vacuum
lines still take me ages."); a sentence that is only the trial goes (its hedge is all it
says). A trial with its own object ("I'll try to ...") is a goal: not this.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def trial_opened(sentence: str, style: RewriteStyle) -> str | None:
    """``sentence`` with its opening trial told as the commitment ('I will do it, but ...'),
    '' for a sentence that is only the trial, or None when no trial opens it before a
    contrast or its end."""
    text = sentence.strip()
    contrasts = "|".join(re.escape(c) for c in style.reservation_contrasts)
    for trial in sorted(style.trial_remarks, key=len, reverse=True):
        if any(trial.lower().startswith(f"{c.lower()} ") for c in style.reservation_contrasts):
            continue  # 'but I'll try' closes a remark (others_aims.committed_remark)
        if not text.lower().startswith(trial.lower()):
            continue
        rest = text[len(trial) :]
        if not rest.strip(" .!"):
            return ""
        found = (
            re.match(rf",?\s+({contrasts})\s+(\S.*)$", rest, re.IGNORECASE) if contrasts else None
        )
        if found is None:
            continue
        told = capitalise(style.trial_remarks[trial])
        reservation = found.group(2).rstrip(" .!")
        return f"{told}, {found.group(1).lower()} {reservation}."
    return None
