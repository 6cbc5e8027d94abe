"""The other person's reason inside the writer's clause of their wish: "Mijn baas wil dat ik
het ontwerpprogramma leer *omdat hij zelf minder wil tekenen*", "My manager wants me to take
the forklift course *because she needs a second driver*". The reason is theirs (its subject
points back at who wished it), so it goes with their words in the credit ("..., zoals mijn
baas wil omdat hij zelf minder wil tekenen"): left in the writer's clause it tells another
person's wish as the goal's reason (JUDGING A), and its pronoun loses the person it names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.words import Word, join

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def their_reason(words: list[Word], start: int, style: RewriteStyle) -> tuple[int, str] | None:
    """Where the other person's reason opens in ``words`` (after ``start``, the writer's
    clause) and its text, or None: a word that opens a reason (the pack's
    ``reason_openers``) right before a pronoun that points back at who spoke
    (``speaker_pronouns``), running to the end of the words' first sentence, which must be
    their last (a sentence after it is read on its own)."""
    for n in range(start + 2, len(words) - 2):
        if words[n].lower in style.reason_openers and words[n + 1].lower in style.speaker_pronouns:
            end = next((m for m in range(n, len(words)) if words[m].text in SENTENCE_MARKS), None)
            if end is not None and any(w.is_word for w in words[end + 1 :]):
                return None
            return n, join(words[n:end])
    return None
