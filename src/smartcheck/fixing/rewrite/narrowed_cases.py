"""A case the goal is narrowed to, told with its marker last, read with the marker first.

'Get better at Excel, pivot tables especially', 'De nieuwe kassa leren, de retouren
vooral': the last piece names the case the goal is about, the narrowing word (the pack's
``narrowing_markers``) after it. Frames that read a narrowing piece by its opening word
('..., especially pivot tables') carried it whole into the rewrite; with the word last, the
piece was read as a goal of its own ('I will pivot tables especially'). With the marker
moved to the front of its piece the text reads as the writer's narrowed goal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from smartcheck.reading.goal import Goal

#: Most words of the case ('the reprint function').
_CASE_WORDS = 5


def narrowing_fronted(goal: Goal, markers: Collection[str]) -> str | None:
    """The goal's text with the one-word narrowing marker that closes its last piece moved
    to that piece's front ('..., pivot tables especially' -> '..., especially pivot
    tables'); None when the text has no such piece."""
    text = goal.text.rstrip()
    end = len(text.rstrip(".!"))
    comma = text.rfind(",", 0, end)
    if comma < 1:
        return None
    piece = text[comma + 1 : end].split()
    single = {m.lower() for m in markers if " " not in m and m.isalpha()}
    if len(piece) < 2 or len(piece) > _CASE_WORDS + 1 or piece[-1].lower() not in single:
        return None
    case = piece[:-1]
    if any(w.lower() in single for w in case):
        return None
    return f"{text[: comma + 1]} {piece[-1]} {' '.join(case)}{text[end:]}"
