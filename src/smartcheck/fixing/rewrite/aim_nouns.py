"""A vague aim told as a noun is the aim, not the behaviour's place.

'Meer kennis van milieuregels', 'Meer verantwoordelijkheid richting teamleider', 'More
responsibility towards shift lead': the pack's ``vague_outcome`` holds these phrases because
they name a direction without the behaviour. The S edit puts the behaviour placeholder where
a vague *verb* stands; a phrase with no verb whose head is a noun has no verb's place, and
putting the placeholder on its comparative dropped the noun ('ga ik voor richting teamleider
[concreet gedrag]', 'I will [concrete behaviour] towards shift lead'): the writer's aim was
gone. Such a phrase stays whole, so the purpose frame keeps it ('..., om meer kennis te
hebben van milieuregels').
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word


def aim_noun(words: list[Word], inside: list[int], amounts: set[str], style: RewriteStyle) -> bool:
    """The vague match at ``inside`` (indices into ``words``, no verb among them) is a
    comparative of amount before a noun: an aim named as a thing ('meer kennis', 'more
    responsibility'). The head is told by its form, not its tag (the small tagger calls
    'verantwoordelijkheid' an adjective): no adjective ending ('more energetic' is a state)."""
    if len(inside) < 2 or words[inside[0]].lower not in amounts:
        return False
    head = words[inside[-1]].lower
    return head.isalpha() and not any(
        head.endswith(s) and len(head) > len(s) + 2 for s in style.adjective_suffixes
    )


def named_aim(comparative: Word, head: Word, vague: Sequence[str]) -> bool:
    """The pack's ``vague_outcome`` names the comparative and its head as one aim ('meer
    verantwoordelijkheid', 'more responsibility'): the head is a noun, whatever the tagger
    calls it (it calls 'verantwoordelijkheid' an adjective after 'Meer')."""
    return f"{comparative.lower} {head.lower}" in {v.lower() for v in vague}
