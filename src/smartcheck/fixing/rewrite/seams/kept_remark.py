"""The writer's remark kept word for word after the goal: its clause structure is the writer's.

"Makes sense I guess, but I'm already swamped with the prep.", "Klopt wel denk ik, maar ...":
a remark kept as a sentence of its own after the rewritten goal (remarks.py) holds a hedge
put in as an aside ("I guess", "denk ik"), so its stretch has two finite verbs. The goal's own
seams are not the rewrite's doing, but the tagger may parse the sentence in another way once
it stands after the rewrite, and the whole rewrite was refused for words it never touched.
Only that check, on a stretch inside a later sentence that is exactly one of the goal's own,
is lifted; the rewritten sentence holds the frame's words, so it is never one of them. A
remark the writer cut off after a spaced dash ("... project - no idea where to start") is no
clause of its own either: its missing finite verb is the writer's, no seam.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentences

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.seams.kinds import Seam
    from smartcheck.reading.goal import Goal

#: How the clause check names the stretch it flags: "a + b in '...'".
_STRETCH = re.compile(r" in ('.*'|\".*\")$")


def outside_kept_remark(
    seams: list[Seam], candidate: str, goal: Goal, abbreviations: Collection[str] = ()
) -> list[Seam]:
    """``seams`` without two finite verbs in a stretch of a later sentence of ``candidate``
    that the writer wrote as it stands."""
    kept = _later_sentences_as_written(candidate, goal.text, abbreviations)
    if not kept:
        return seams
    dashed = [k for k in kept if _after_dash(k, goal.text)]
    return [
        s
        for s in seams
        if not (s.kind == "two_finite" and _inside(s.detail, kept))
        and not (s.kind == "lost_tense" and _inside(s.detail, dashed))
    ]


def _after_dash(sentence: str, written: str) -> bool:
    """Did the writer cut ``sentence`` off after a spaced dash ('... project - no idea where
    to start')? A remark told so needs no finite verb of its own: it was never one clause
    with the goal."""
    said = re.escape(sentence.rstrip(".!?").lower())
    return re.search(rf"\s[-\u2013\u2014]\s+{said}", written.lower()) is not None


def _later_sentences_as_written(
    candidate: str, written: str, abbreviations: Collection[str] = ()
) -> list[str]:
    """The sentences of ``candidate`` after its first that stand word for word in
    ``written`` (a capital the remark got as a sentence of its own aside)."""
    told = sentences(candidate.strip(), abbreviations, marks=".!?")[1:]
    plain = written.lower()
    return [s for s in told if len(s.split()) > 2 and s.rstrip(".!?").lower() in plain]


def _inside(detail: str, kept: list[str]) -> bool:
    """Is the stretch the seam names inside one of ``kept``?"""
    found = _STRETCH.search(detail)
    if found is None:
        return False
    try:
        stretch = ast.literal_eval(found.group(1))
    except (ValueError, SyntaxError):
        return False
    return isinstance(stretch, str) and any(stretch.strip() in s for s in kept)
