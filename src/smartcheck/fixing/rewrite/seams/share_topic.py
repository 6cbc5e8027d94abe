"""A share of the writer's work told as a result, wrapped as the behaviour's topic: 'I will
[concrete behaviour] for [number]% of my labels approved in the quality check', 'ga ik voor
[aantal]% van mijn rapporten goedgekeurd bij de eerste controle [concreet gedrag]'.

'100% of my labels approved in the quality check', '90% van de offertes binnen een week
verstuurd', 'All my reports submitted on time': the writer names a share of the work (a
number with '%', or a total: the pack's ``totals``) in the state it should reach, a
participle and no verb of the writer's. The domain frame ('for {topic}', 'voor {topic}')
takes that as a thing the behaviour is about, and the sentence reads as a behaviour *for*
labels approved: the result is lost. Refused, so the fallback shows; judged on the goal (a
participle, no finite verb) and on the candidate (the frame's preposition before the share).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def share_as_topic(candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """The domain frame's preposition before a share in ``candidate``, where ``goal`` tells
    the share's result with a participle and no finite verb."""
    prefix = style.frames.domain.split("{topic}")[0].strip()
    if not prefix or style.placeholders.behaviour not in candidate:
        return []
    totals = "|".join(re.escape(w) for w in sorted(ctx.pack.words("totals"), key=len)[::-1])
    share = (
        rf"(?:\[[^\]]+\]\s*%|\d+\s*%|(?:{totals})\b)" if totals else r"(?:\[[^\]]+\]\s*%|\d+\s*%)"
    )
    if not re.search(rf"\b{re.escape(prefix)}\s+{share}", candidate, re.IGNORECASE):
        return []
    if not _participle_result(goal):
        return []
    return [Seam("dangling", f"{prefix!r} before a share told as a result", (prefix,))]


def _participle_result(goal: Goal) -> bool:
    """The goal tells a result with a participle and no finite verb ('labels approved')."""
    doc = goal.doc
    if doc is None:
        return False
    finite = any("Fin" in t.morph.get("VerbForm", []) for t in doc if t.pos_ in ("VERB", "AUX"))
    participle = any(
        "Part" in t.morph.get("VerbForm", []) or t.tag_ == "VBN" for t in doc if t.pos_ == "VERB"
    )
    return participle and not finite
