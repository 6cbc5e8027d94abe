"""The writer's closing remark that only tells their effort on the goal: "My manager said I
need to speak up more in team meetings. *I'm trying.*", "Vaker iets zeggen in het
teamoverleg. *Ik probeer het.*", "... *Working on it.*", "... *Ik doe mijn best.*".

Such a sentence adds nothing to do: it is the attempt the goal's commitment replaces (JUDGING
A: "I'll try to" weakens commitment). Kept as written it fails the commitment again beside
the rewrite, and the frames cannot fold it into the goal. When the text's last sentence is
one of the pack's ``rewrite.effort_remarks`` and nothing else, it goes, and the goal before
it is read and rewritten alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: A sentence end before the remark, and the marks that may close the remark.
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+([^.!?]+?)\s*[.!?]*\s*$")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def effort_remark_span(text: str, style: RewriteStyle) -> tuple[int, int] | None:
    """Where the closing effort remark of ``text`` stands (its sentence, up to the text's
    end), or None when the last sentence is no such remark or nothing comes before it."""
    if not style.effort_remarks:
        return None
    found = _LAST_SENTENCE.search(text.rstrip())
    if found is None or not any(ch.isalpha() for ch in text[: found.start()]):
        return None
    said = " ".join(found.group(1).translate(_APOSTROPHES).lower().split())
    if said not in {r.lower() for r in style.effort_remarks}:
        return None
    return found.start(1), len(text.rstrip())


def effort_remark_spans(text: str, style: RewriteStyle) -> list[tuple[int, int]]:
    """The closing effort remark's span as a list (none or one), as the kept-words checks
    take the spans a rewrite leaves out on purpose."""
    span = effort_remark_span(text, style)
    return [span] if span is not None else []


def without_effort_remark(text: str, style: RewriteStyle) -> str | None:
    """``text`` without its closing effort remark; None when it ends in none."""
    span = effort_remark_span(text, style)
    return None if span is None else text[: span[0]].rstrip()
