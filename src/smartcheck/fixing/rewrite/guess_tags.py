"""The writer's guess tagged onto the end of a clause: "I should write shorter reports *I
guess*", "so I should start with that *I guess*", "Ik moet kortere rapporten schrijven *denk
ik*".

The tag only tells how sure the writer is of the clause before it; the judge does not read it
as a hedge, so every frame kept it after the committed verb ("I will write shorter reports I
guess": two finite verbs, refused) and the text got the structured fallback. One of the
pack's ``guess_tags`` right before a stop, a comma or the end of the text (with the comma
before it, if any) goes, and the goal is read and rewritten without it; the commitment says
what the tag left open.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def guess_tag_spans(text: str, style: RewriteStyle) -> list[tuple[int, int]]:
    """The (start, end) of each guess tag that ends a clause of ``text``, a comma before it
    included ('..., I suppose.')."""
    if not style.guess_tags:
        return []
    tags = "|".join(re.escape(t) for t in sorted(style.guess_tags, key=len, reverse=True))
    # a tag opening the text ('I guess I should ...') is the start of a clause, not a tag
    pattern = re.compile(rf"(?<=\w)\s*,?\s+(?:{tags})\b(?=\s*(?:[,.;!?]|$))", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def without_guess_tags(text: str, style: RewriteStyle) -> str | None:
    """``text`` without its guess tags; None when it has none."""
    spans = guess_tag_spans(text, style)
    if not spans:
        return None
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    return text
