"""Whether a rewrite of someone else's wish still tells it as the other person's.

After the writer's stance is cut (stance_cut.py), the wish is rewritten as the writer's own
act with the wish as its credit ('..., zoals mijn manager zegt'). A candidate that keeps
the other person's frame as a sentence of its own ('Mijn manager zegt dat ik ... Ik zal
eraan werken') still makes the wish the goal's subject (JUDGING A), so it is passed over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.taken_on import others_wish
from smartcheck.fixing.rewrite.voices import other_voice

if TYPE_CHECKING:
    from collections.abc import Sequence

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def still_theirs(told: Sequence[Goal], style: RewriteStyle, particles: frozenset[str]) -> bool:
    """Does a sentence of the rewrite ``told`` still tell the other person's wish as its frame
    ('Mijn manager zegt dat ik ... Ik zal eraan werken'), rather than as a credit after the
    writer's own act ('..., zoals mijn manager zegt')?"""
    return any(
        others_wish(s, style) is not None
        or ((voice := other_voice(s, style, particles)) is not None and voice.credit)
        for s in told
    )


#: How many words open the other person's wish as its subject ('Mijn manager', 'The director').
_SUBJECT_WORDS = 2


def opens_as(told: Sequence[Goal], wish: Goal) -> bool:
    """Does a sentence of the rewrite ``told`` open with the subject of the other person's
    ``wish`` ('De directeur vraagt vóór [datum] me ...' after 'De directeur vraagt me om ...'):
    the wish still its subject, however the frame was put in?"""
    opening = wish.text.lower().split()[:_SUBJECT_WORDS]
    return len(opening) == _SUBJECT_WORDS and any(
        s.text.lower().split()[:_SUBJECT_WORDS] == opening for s in told
    )
