"""Someone else's report after the writer's phrase: the writer's reason, not a goal.

"Work on my valuation accuracy, the branch manager says I overvalue too often": after a
comma, a named other and a verb of saying or opinion (the pack's ``voice_verbs``) report
about the writer. That is why the writer wants the goal, so it stays whole after the
sentence as its reason, opened by the pack's ``frames.as_wished`` ("..., as the branch
manager says I overvalue too often"); read as the goal's own clause it gave "I will
overvalue too often". A report that frames the goal in front ("My manager says I should
...") is voices.py's.
"""

from __future__ import annotations

from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import Word

#: Words the other person's name may have ('the branch manager', 'my team lead').
_WHO_WORDS = 4


def reported_reason(words: list[Word], style: RewriteStyle) -> int | None:
    """The index of the comma before a report about the writer, or None (see above)."""
    if style.word_order == "v2" or not style.voice_verbs:
        return None
    for n, word in enumerate(words):
        if word.text != "," or n < 2:
            continue
        after = words[n + 1 : n + 2 + _WHO_WORDS]
        verb = next((k for k, w in enumerate(after) if w.lemma in style.voice_verbs), None)
        if verb is None or verb == 0 or n + 2 + verb >= len(words):
            continue
        who, nxt = after[:verb], words[n + 2 + verb]
        named = any(w.pos in ("NOUN", "PROPN") for w in who)
        if (
            named
            and all(w.is_word and w.lower not in style.subjects for w in who)
            and (nxt.lower in style.subjects)
        ):
            return n
    return None


def as_reason(style: RewriteStyle) -> str | None:
    """The word that opens the kept report ('as'), from the pack's ``frames.as_wished``."""
    frame = style.frames.as_wished
    if not frame or "{who}" not in frame:
        return None
    opener = frame.split("{who}")[0].strip()
    return opener or None
