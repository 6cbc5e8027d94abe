"""A stretch that opens with a fragment and then a contrast: 'ideally this year but it
depends on how many dives I can log', 'liefst voor de zomer maar dat hangt af van het
rooster'.

The words before the contrast hold no verb, pronoun or subordinator: a hedged time or an
adverb that belongs to the goal before the comma, not to the remark after the contrast. A
remark read from the comma on took the fragment with it, and with its hedge dropped left
'This year but it depends on ...' (seams/verbless_contrast.py refuses that); cut at the
contrast, the fragment stays with the goal and the remark is the clause the contrast opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from spacy.tokens import Token


def contrast_at(words: Sequence[Token], contrasts: Collection[str]) -> int | None:
    """The place in ``words`` (a stretch, no punctuation) of a contrast that follows a
    verbless fragment; None when the stretch opens otherwise."""
    lowered = {c.lower() for c in contrasts}
    at = next((n for n, t in enumerate(words) if is_contrast(t, lowered)), None)
    if not at:
        return None  # no contrast, or one first: no fragment before it
    head = words[:at]
    if not any(t.is_alpha for t in head) or any(clausal(t) for t in head):
        return None  # 'zodat ik niet alleen maar ...': a clause of its own
    return at


def is_contrast(token: Token, contrasts: Collection[str]) -> bool:
    """A contrast of the pack that joins two parts ('but', 'maar'), not an adverb ('alleen
    *maar*': only)."""
    return token.lower_ in contrasts and token.pos_ == "CCONJ"


def clausal(token: Token) -> bool:
    """A verb, a pronoun (a subject) or a subordinator: the words before the contrast are a
    clause, or part of one."""
    return token.pos_ in ("VERB", "AUX", "PRON", "SCONJ")
