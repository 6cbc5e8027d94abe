"""The writer's dislike of someone else's wish, or a manner the writer wants to avoid in it.

"My supervisor wants me to lead the morning huddle. I don't really like speaking in groups.",
"Mijn leidinggevende wil dat ik de rondleidingen geef. Ik sta niet graag voor een groep.", "My
manager says I should sell more add-ons. I don't want to be pushy though.": after the other
person's wish the writer tells a misgiving about it, in a sentence of its own. It is no goal
(nothing to reach, nothing to commit to) and no doubt the pack's doubt words read, so the
wish's sentence was not taken as the one goal and the text got the structured fallback, or
the misgiving itself was rewritten as the goal ("Vóór [datum] sta ik niet voor een groep,
zodat ik de rondleidingen kan geven"). A coach keeps it as the writer's own remark after the
committed, credited step: the writer owns the step (JUDGING A) and says what is hard about it.

A misgiving opens with the writer as subject (after a stance opener such as "honestly",
"eerlijk gezegd" at most a few words in) and holds one of the pack's
``rewrite.dislike_remarks`` within a few words of it; a number or a deadline in it tells a
target of its own, so such a sentence is no misgiving.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: How many words may stand before the writer's subject ('Honestly, I ...', 'Eerlijk gezegd
#: sta ik ...': the verb-second inversion puts the subject after the verb).
_SUBJECT_REACH = 4
#: How many words after the subject the dislike may start ('Ik vind presenteren voor de
#: groep niet leuk').
_DISLIKE_REACH = 6


def misgiving(sentence: Goal, style: RewriteStyle) -> bool:
    """Is ``sentence`` the writer's dislike of the step, or a manner the writer wants to avoid
    in it (see the module): the writer's subject near its start and one of the pack's
    ``dislike_remarks`` soon after it, no number and no deadline?"""
    if not style.dislike_remarks or sentence.deadlines or re.search(r"\d", sentence.text):
        return False
    writer = {s.lower() for s in style.subjects}
    words: list[str] = []
    text = sentence.text.lower().replace("\u2019", "'")
    for word in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text):
        head, _, clitic = word.partition("'")
        words += [head, f"'{clitic}"] if clitic and head in writer else [word]  # "i'm"
    at = next((n for n, w in enumerate(words[: _SUBJECT_REACH + 1]) if w in writer), None)
    if at is None:
        return False
    phrases = [d.lower().replace("\u2019", "'").split() for d in style.dislike_remarks]
    return any(
        words[n : n + len(phrase)] == phrase
        for n in range(at + 1, min(at + 1 + _DISLIKE_REACH, len(words)))
        for phrase in phrases
    )
