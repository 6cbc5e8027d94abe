"""An absolute told after the goal as a sentence of its own: 'I check the stock every
morning. No mistakes.', 'Labels op de pallets controleren. Zonder fouten.', '... Every single
time.'

The last sentence has no verb: only an absolute of the pack (R001 flags it), maybe stressed
once more ('No mistakes EVER.', the pack's ``absolute_stresses``). Read with the goal, the
plan bounded it in its place, after the frame's own words, as a fragment ('..., with support
from [who supports you]. at most [number] mistakes.'), which the guard refuses. The absolute
is a standard of the act: it is folded into the goal's last sentence, after a comma, where
the plan bounds it like any absolute ('..., with at most [number] mistakes', '..., in
[number] out of 10 cases'). A bound that is a count ('at most', 'hooguit': the pack's
``bounds``) takes the pack's ``absolute_link`` before it ('with', 'met'); the stress goes.
The text so built is judged and rewritten in the goal's place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.closing_bounds import bounds_folded
from smartcheck.judging.features.absolutes import demanded_absolutes

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

_STOPS = frozenset({".", "!", "?"})


@dataclass(frozen=True)
class ClosingAbsolute:
    """The closing sentence's absolute, and where its stress stands (empty when none)."""

    phrase: str
    bound: str
    stress: tuple[int, int]


def closing_absolute(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> ClosingAbsolute | None:
    """The absolute a verbless closing sentence consists of, or None when the text does not
    end in such a sentence or its absolute has no bound that stands in its place."""
    doc = goal.doc
    if doc is None:
        return None
    tokens = list(doc)
    stops = [t.i for t in tokens[:-1] if t.text in _STOPS]
    if not stops or not any(t.is_alpha for t in tokens[: stops[-1]]):
        return None
    last = [t for t in tokens[stops[-1] + 1 :] if not t.is_punct and not t.is_space]
    if not last or any(t.pos_ in ("VERB", "AUX") for t in last):
        return None
    start, end = last[0].idx, last[-1].idx + len(last[-1].text)
    found = [m for m in demanded_absolutes(goal, ctx) if m.start == start]
    if not found:
        return None
    absolute = max(found, key=lambda m: m.end)
    phrase = goal.text[absolute.start : absolute.end]
    bound = style.replacements.get(phrase.lower())
    if not bound or "…" in bound:
        return None  # 'Never.': a bound split around a clause needs the clause
    if not _stresses_only(goal.text[absolute.end : end].lower().split(), style):
        return None
    return ClosingAbsolute(_lowered(phrase, last[0]), bound, (absolute.end, end))


def absolute_folded(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The goal's text with its closing absolute sentence folded into the sentence before
    it; None when the text does not end in such a sentence."""
    found = closing_absolute(goal, ctx, style) if style.absolute_link else None
    if found is None or goal.doc is None:
        return bounds_folded(goal, style)  # '... 100%, no exceptions, this year.'
    stop = max(t.idx for t in goal.doc[:-1] if t.text in _STOPS)
    head = goal.text[:stop].rstrip()
    opener = found.bound.split("{")[0].strip().lower()
    counts = {b.lower() for b in ctx.pack.words("bounds")}
    link = f"{style.absolute_link} " if opener in counts else ""
    return f"{head}, {link}{found.phrase}."


def stress_spans(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the words that only stress a closing absolute stand: the fold drops them."""
    found = closing_absolute(goal, ctx, style)
    return [found.stress] if found is not None and found.stress[0] < found.stress[1] else []


def _stresses_only(words: list[str], style: RewriteStyle) -> bool:
    """Whether the words after the absolute only stress it ('ever', 'whatsoever')."""
    said = [w.strip(",;:!") for w in words]
    said = [w for w in said if w]
    stresses = sorted((s.lower().split() for s in style.absolute_stresses), key=len, reverse=True)
    at = 0
    while at < len(said):
        match = next((s for s in stresses if said[at : at + len(s)] == s), None)
        if match is None:
            return False
        at += len(match)
    return True


def _lowered(phrase: str, first: Token) -> str:
    """The absolute as it reads inside the sentence: its sentence capital gone ('No
    mistakes' -> 'no mistakes'); a word in capitals throughout stays as written."""
    if first.text[1:2].isupper():
        return phrase
    return phrase[:1].lower() + phrase[1:]
