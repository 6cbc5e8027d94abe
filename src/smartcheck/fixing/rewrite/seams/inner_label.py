"""A numbered goal label of the input left inside a rewrite: '... kunnen behandelen: *doel 2:*
beter op tijd lopen ...'.

A text that numbers its goals ('Doel 1: ... Doel 2: ...', 'Goal 1: ... Goal 2: ...')
lists several goals; a label is removed before judging, and a rewrite that keeps the next
goal's label inside one sentence joined goals the writer kept apart. The pack's
``goal_labels`` followed by a number and a colon, after a word or a colon.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from smartcheck.fixing.rewrite.seams.kinds import Seam


def numbered_label(candidate: str, labels: Collection[str]) -> list[Seam]:
    """Each numbered goal label ('doel 2:', 'Goal 3:') inside a sentence of ``candidate``
    (one that opens a sentence of its own keeps the goals apart)."""
    if ":" not in candidate or not labels:
        return []
    names = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    found = re.finditer(rf"(?i)(?<=[^.!?\s])\s*\b(?:{names})\s*\d+\s*:", candidate)
    return [
        Seam("residue", f"the goal label {m.group(0).strip()!r} inside a sentence", ("goal-label",))
        for m in found
    ]
