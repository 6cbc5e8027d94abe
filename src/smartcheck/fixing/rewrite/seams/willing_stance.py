"""The writer's willingness committed as the act: 'By [date], I will *be interested*, but
honestly I need to ...'.

'I'm interested', 'I'm open to it', 'ik sta ervoor open' answer someone else's proposal: a
stance toward the goal, not a step; so is agreeing or not with it ('ik ben het daar niet
mee eens'). A frame that put the commitment on it promises a feeling
by a date, and so does a deadline fronted onto it ('Vóór [datum] ben ik wel geïnteresseerd').
Judged on the parse: a word of the pack's ``willing_stances`` within a few words after the
commitment, or after the verb a time expression fronts, in the same clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.timex import TimeExpression

#: How far after the commitment the stance may stand ('ben ik het daar niet helemaal mee
#: eens').
_REACH = 8


def stance_committed(doc: Doc, times: list[TimeExpression], style: RewriteStyle) -> list[Seam]:
    """Each word of willingness in the clause a commitment or a fronted time opens."""
    stances = [tuple(w.lower().split()) for w in style.willing_stances]
    if not stances:
        return []
    commit = commitment_words(style)
    starts = {_after(doc.text, e.end) for e in times}  # the word right after each time
    fronted = {t.i for t in doc if t.idx in starts}
    seams: list[Seam] = []
    for t in doc:
        if t.lower_ not in commit and t.i not in fronted:
            continue
        for u in doc[t.i + 1 : t.i + 1 + _REACH]:
            if u.is_punct:
                break
            said = tuple(w.lower_ for w in doc[u.i : u.i + 3])
            found = next((p for p in stances if said[: len(p)] == p), None)
            after = doc[u.i + len(found)] if found and u.i + len(found) < len(doc) else None
            if after is not None and after.pos_ in ("NOUN", "PROPN"):
                continue  # 'interested parties', 'willing volunteers': a word of the thing
            if found is not None:
                seams.append(Seam("lost_verb", f"the stance {' '.join(found)!r} committed", found))
    return seams


def _after(text: str, end: int) -> int:
    """Where the next word after offset ``end`` starts."""
    return end + len(text[end:]) - len(text[end:].lstrip())
