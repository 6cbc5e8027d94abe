"""A means put in the frame's phrase of help when the writer already told it with one.

The rewrite gives a guessed means or a supporter in the frames' phrase of help ("met hulp
van {means}", "with support from {support}"). When the words it fills in already open with
their own preposition ("met wat hulp van een collega", "via de mentor", "with help from
the planner"), the phrase is doubled: "met hulp van met wat hulp van ...". Judged on the
text: the frame's lead, added by the rewrite, followed right away by a preposition of the
pack or by its own head noun again a few words on.
"""

from __future__ import annotations

import re

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

#: How far after the frame's lead its head noun counts as told twice ('met hulp van met
#: wat *hulp* van'): the lead and a preposition with a determiner or amount.
_REACH = 4


def _leads(style: RewriteStyle) -> list[str]:
    """The words of the frames that open a phrase of help ('met hulp van', 'with support
    from'), without their slot and leading comma."""
    frames = (style.frames.means, style.frames.support)
    leads = [f.split("{", 1)[0].strip(" ,") for f in frames if f and "{" in f]
    return [lead for lead in leads if len(lead.split()) >= 2]


def doubled_means(candidate: str, goal_text: str, style: RewriteStyle) -> list[Seam]:
    """The frame's phrase of help before words that tell their own preposition of means."""
    written = " ".join(goal_text.lower().split())
    preps = {p.lower() for p in style.prepositions}
    seams: list[Seam] = []
    small = preps | {d.lower() for d in style.determiners}
    for lead in _leads(style):
        nouns = [w.lower() for w in lead.split() if w.lower() not in small]
        head = max(nouns, key=len) if nouns else ""  # 'hulp', 'help', 'support'
        for found in re.finditer(rf"\b{re.escape(lead)}\s+", candidate, re.IGNORECASE):
            phrase_end = re.search(r"[,.;:!?()]", candidate[found.end() :])
            rest = candidate[found.end() :][: phrase_end.start() if phrase_end else None]
            after = re.findall(r"[^\W\d_]+", rest)[:_REACH]  # within the phrase only
            phrase = " ".join(candidate[found.start() : found.end()].lower().split())
            if not after or f"{phrase} {after[0].lower()}" in written:
                continue  # the writer's own words
            if after[0].lower() in preps or (head and head in (w.lower() for w in after)):
                seams.append(Seam("doubled_means", f"{lead!r} before {' '.join(after)!r}"))
    return seams
