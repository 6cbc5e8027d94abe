"""The vague outcomes of a goal that a rewrite may replace, each word claimed once.

The pack's ``vague_outcome`` holds phrases ("beter worden") and gapped pairs ("beter &
maken", which finds "iets beter maken" and "maak ik het beter"). A gapped pair may reach
past a phrase that already holds its first word: in "beter worden in offertes maken" the
"beter" is "beter worden"'s, and "maken" is the writer's verb of the topic (making
quotes), not the second half of "beter maken". Replaced as vague, it was lost ("ga ik
[concreet gedrag] in offertes"). A gapped match whose start a longer-reaching phrase does
not need is dropped here: the phrase that starts at the same word and ends first wins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reading.lexicon import LexiconMatch


def vague_outcomes(goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
    """The pack's ``vague_outcome`` matches in ``goal`` without a gapped pair whose first
    word a contiguous phrase ending before it already holds ('beter *worden* in offertes
    maken': not 'beter & maken')."""
    found = ctx.find(goal, "vague_outcome")
    return [m for m in found if not _reaches_past(m, found)]


def _reaches_past(match: LexiconMatch, found: list[LexiconMatch]) -> bool:
    """``match`` is a gapped pair and a contiguous phrase of two or more words starts at
    its first word and ends before it."""
    if "&" not in match.entry:
        return False
    return any(
        "&" not in other.entry
        and len(other.entry.split()) >= 2
        and other.token_start == match.token_start
        and other.token_end < match.token_end
        for other in found
    )
