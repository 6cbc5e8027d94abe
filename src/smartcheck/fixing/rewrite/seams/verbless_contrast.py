"""A sentence that opens with a fragment and a contrast: 'This year but it depends on how
many dives I can log.', 'Before summer but it depends on the waiting list, with [how
measured] as evidence.', 'Liefst voor de zomer maar dat hangt af van het rooster.'.

A goal may end in a hedged time and a reservation ('..., ideally this year but it depends
on ...'). A reading that drops the hedge ('ideally') and keeps the rest as a sentence, or
puts a frame on it as a goal of its own, leaves a time or an adverb with no verb before the
contrast: a fragment, never a clause. Judged on the parse: a stretch between commas or
stops whose words before its first contrast (the pack's ``reservation_contrasts``: 'but',
'maar', tagged a conjunction) hold no verb, pronoun or subordinator, as the goal never wrote
it at the start of a stretch of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.fragment_contrast import contrast_at
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def fragment_before_contrast(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A stretch of ``doc`` that opens with verbless words and a contrast, not so written
    at the start of a stretch of ``goal``."""
    contrasts = {c.lower() for c in style.reservation_contrasts}
    starts = _sentence_starts(goal.text)
    seams: list[Seam] = []
    for words in _stretches(doc):
        at = contrast_at(words, contrasts)
        if at is None:
            continue
        head = words[:at]
        opening = " ".join(t.lower_ for t in [*head, words[at]])
        if any(s.startswith(opening) for s in starts):
            continue  # 'Not this year but next.': the writer's own words, as written
        detail = f"{opening!r} opens a sentence with no verb"
        seams.append(Seam("lost_verb", detail, ("fragment-contrast",)))
    return seams


def _stretches(doc: Doc) -> list[list[Token]]:
    """The stretches of ``doc`` between commas and sentence ends, without punctuation."""
    found: list[list[Token]] = []
    for sentence in sentences(doc):
        current: list[Token] = []
        for t in sentence:
            if t.text in ",;:" or t.text in ".!?":
                found.append(current)
                current = []
            elif not t.is_space and not t.is_punct:
                current.append(t)
        found.append(current)
    return [s for s in found if s]


def _sentence_starts(text: str) -> list[str]:
    """The stretches of ``text`` between commas and sentence ends, lower case, its words
    split off their punctuation."""
    parts = re.split(r"[,;:]\s*|(?<=[.!?])\s+", text.strip())
    return [" ".join(re.findall(r"[\w'\u2019-]+|[^\w\s]", p.lower())) for p in parts]
