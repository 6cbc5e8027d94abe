"""The writer's wish that opens a goal sentence, read as the phrase it wishes for.

"Ik wil beter omgaan met angstige honden" frames as "ga ik [concreet gedrag] met ..." and
strands the preposition of the vague verb it replaced; without the wish ("Beter omgaan met
angstige honden") the purpose frame keeps verb and preposition together ("..., om beter om
te gaan met angstige honden"). The wish says nothing the rewrite loses: its frame commits
the writer ("ga ik", "I will"). Tried only when no frame of the sentence as written read
without a seam (whole_text.py), so a goal the frames read keeps its own rewrite.
"""

from __future__ import annotations

from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import Word

#: What a wished direction opens with: a comparative or another adverb ('beter omgaan met',
#: 'meer samenwerken met', 'zelfstandiger werken').
_DIRECTIONS = frozenset({"ADV", "ADJ"})


def wished_phrase(words: list[Word], text: str, style: RewriteStyle) -> str | None:
    """``text`` (the goal, read as ``words``) without the writer's wish that opens it (the
    pack's ``goal_wishes``: "Ik wil graag", "I'd like to"), its first word capitalised;
    None when no wish opens it, or when no direction of a verb follows it in one clause (a
    comparative: 'beter omgaan met'), or one word only, or another sentence."""
    opening = text.lstrip()
    lead = len(text) - len(opening)
    for phrase in sorted(style.goal_wishes, key=len, reverse=True):
        if not opening.lower().startswith(phrase.lower() + " "):
            continue
        at = lead + len(phrase)
        rest = [w for w in words if w.start >= at]
        if len(rest) < 2 or rest[0].pos not in _DIRECTIONS:
            return None  # 'Ik hoop dat ...', 'I want to vlookups ...': no direction wished
        if not any(w.pos == "VERB" for w in rest) or any(w.text == "," for w in rest):
            return None  # 'rather not, but fine': no act of one clause to frame
        if any(not w.is_word and w.text in "?!" for w in rest) or ". " in text[at:].strip():
            return None  # a question or a second sentence: no phrase of one goal
        told = text[rest[0].start :].strip()
        return told[:1].upper() + told[1:]
    return None
