"""Another person's observation of the writer is no goal to commit to.

"Mijn leidinggevende vindt dat ik te snel praat", "My mentor thinks I talk too fast": the
writer reports a judgement of a flaw, with no modal of advice in it. A template rewrite that
dates it ("vindt dat ik vóór [datum] te snel praat") or commits to it ("I will talk too fast")
says the opposite of what the writer wants; only the structured fallback keeps it honest.
A flaw of excess in it ("thinks I make too many mistakes") points at its reduction: a
candidate that commits to that ("I will make fewer mistakes") is no contradiction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import Word, join, words_of

if TYPE_CHECKING:
    from smartcheck.reading.goal import Goal


def observation_rewritten(goal: Goal, style: RewriteStyle, candidate: str = "") -> list[Seam]:
    """Every candidate of a goal that is only another person's observation of the writer.
    When the writer goes on after it ('... Misschien eens per kwartaal langsgaan bij X?'), a
    candidate that keeps the observation as written, word for word, commits to what follows
    and not to the observation."""
    from smartcheck.fixing.rewrite.voices.opinions import (  # voices reads seams
        observation,
        observed_excess,
    )

    words = [w for w in words_of(goal) if w.text.strip()]
    while words and not words[-1].is_word:
        words.pop()
    if not observation(words, style):
        return []
    if candidate and _kept_as_context(words, candidate):
        return []
    excess = observed_excess(words, style)
    if candidate and excess is not None and _reduced(candidate, *excess):
        return []  # 'thinks I make too many mistakes': 'I will make fewer mistakes'
    return [Seam("contradiction", "another person's observation of the writer committed to")]


def _reduced(candidate: str, excess: str, reduction: str) -> bool:
    """Does ``candidate`` tell the observation's excess as its reduction ('fewer' for 'too
    many'), the excess itself gone? Then it commits to the goal the observation points at."""
    told = f" {candidate.lower()} "
    return f" {reduction.lower()} " in told and f" {excess.lower()} " not in told


def _kept_as_context(words: list[Word], candidate: str) -> bool:
    """The observation is the first of several sentences, and ``candidate`` holds it as
    written."""
    end = next((n for n, w in enumerate(words) if w.text in (".", "!")), None)
    if end is None or end + 1 >= len(words):
        return False
    return join(words[: end + 1]) in candidate
