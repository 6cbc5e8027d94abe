"""A problem dated as if it were the goal: 'Presenteren op bewonersavonden gaat vóór [datum]
nog niet goed, met hulp van een training.', 'By [date], presenting at resident evenings
isn't going well yet'.

A state told as not reached yet (the pack's ``not_yet_states``: 'nog niet', 'not ... yet')
is the writer's problem. Framed in the clause the rewrite commits to (the sentence's own
clause, or the own part's that-clause) it dates or promises the problem; inside a clause
of its own ('de klanten bellen *die* nog niet betaald hebben') it only describes a thing and
may stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.phrases import frame_words
from smartcheck.fixing.rewrite.seams.surface import PLACEHOLDER

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: How many words a gapped entry skips ('isn't going well yet').
_GAP = 4


def not_yet_framed(
    candidate: str, doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """A not-yet state in the committed clause of a sentence the rewrite changed (a sentence
    kept as the writer wrote it is the writer's remark)."""
    entries = [e.lower().split() for e in ctx.pack.words("not_yet_states")]
    if not entries or not PLACEHOLDER.search(candidate):
        return []
    openers = {*ctx.pack.words("subordinators"), *style.relativizers, *style.clause_ends}
    openers |= set(style.complementizers) | set(style.clause_openers)
    own = frame_words(style.frames.own_part or "")
    seams = []
    for sentence in doc.sents:
        if sentence.text.strip() in goal.text:
            continue
        words = [t.lower_ for t in sentence]
        for entry in entries:
            at = _find(words, entry)
            if at is None or _inner(sentence, at, openers, own):
                continue
            detail = f"the not-yet state {' '.join(entry)!r} framed as the goal"
            seams.append(Seam("contradiction", detail, (entry[0], "not-yet")))
            break
    return seams


def _inner(sentence: Span, at: int, openers: set[str], own: list[str]) -> bool:
    """Does a clause of its own open before ``at`` (not the own part's 'dat' / 'that')?"""
    tokens = list(sentence)
    for n, t in enumerate(tokens[:at]):
        if t.lower_ not in openers:
            continue
        framed = len(own) >= 2 and t.lower_ == own[-1] and n and tokens[n - 1].lower_ == own[-2]
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
