"""A problem dated as if it were the goal: 'Presenteren op bewonersavonden gaat vóór [datum]
nog niet goed, met hulp van een training.', 'By [date], presenting at resident evenings
isn't going well yet'.

A state told as not reached yet (the pack's ``not_yet_states``: 'nog niet', 'not ... yet')
is the writer's problem. Framed in the clause the rewrite commits to (a sentence with a
placeholder: its own clause, or the own part's that-clause) it dates or promises the
problem; inside a clause of its own ('de klanten bellen *die* nog niet betaald hebben') it
only describes a thing, and in a sentence without a placeholder it is the writer's remark
('Ik weet nog niet of dat bij me past.'); both may stay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.phrases import frame_words
from smartcheck.fixing.rewrite.seams.surface import PLACEHOLDER
from smartcheck.fixing.rewrite.stops import sentences

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext

#: How many words a gapped entry skips ('isn't going well yet').
_GAP = 4
#: A word, an English negation's clitic, or a mark.
_TOKEN = re.compile(r"n't\b|[^\W\d_]+(?=n't\b)|[\w'-]+|[^\w\s]")


def not_yet_framed(candidate: str, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A not-yet state in the committed clause of a sentence that holds a placeholder."""
    entries = [e.lower().split() for e in ctx.pack.words("not_yet_states")]
    if not entries:
        return []
    openers = {*ctx.pack.words("subordinators"), *style.relativizers, *style.clause_ends}
    openers |= set(style.complementizers) | set(style.clause_openers)
    own = frame_words(style.frames.own_part or "")
    seams = []
    for sentence in sentences(candidate, style.abbreviations):
        if not PLACEHOLDER.search(sentence):
            continue
        words = _TOKEN.findall(PLACEHOLDER.sub("x", sentence.lower().replace("\u2019", "'")))
        for entry in entries:
            at = _find(words, entry)
            if at is None or _inner(words, at, openers, own):
                continue
            detail = f"the not-yet state {' '.join(entry)!r} framed as the goal"
            seams.append(Seam("contradiction", detail, (entry[0], "not-yet")))
            break
    return seams


def _inner(words: list[str], at: int, openers: set[str], own: list[str]) -> bool:
    """Does a clause of its own open before ``at`` (not the own part's 'dat' / 'that')?"""
    for n, word in enumerate(words[:at]):
        if word not in openers:
            continue
        framed = len(own) >= 2 and word == own[-1] and n > 0 and words[n - 1] == own[-2]
        if not framed:
            return True
    return False


def _find(words: list[str], entry: list[str]) -> int | None:
    for start in range(len(words)):
        if _match(words, entry, start):
            return start
    return None


def _match(words: list[str], entry: list[str], at: int) -> bool:
    if not entry:
        return True
    head, rest = entry[0], entry[1:]
    if head == "&":
        return any(_match(words, rest, at + skip) for skip in range(_GAP + 1))
    return at < len(words) and words[at] == head and _match(words, rest, at + 1)
