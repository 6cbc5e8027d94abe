"""A wish told as what would be nice, dated as if it were a goal: 'By [date], a mentor from
another department would be great'.

'A mentor would be great', 'Een buddy zou fijn zijn' name a means the writer would welcome;
its verb is conditional and its subject is the thing wished for, not the writer. A deadline
or a commitment put on that clause promises a wish. Judged on the parse: a conditional
modal (the pack's ``rewrite.conditional_modals``) after a noun or pronoun and with no
first-person subject before it or right after it, in a sentence of the candidate that holds a
time (the small tagger's parse of such a sentence is unreliable, so by position).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.timex import TimeExpression


#: Word classes of a thing or person as the conditional's subject.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def conditional_dated(doc: Doc, times: list[TimeExpression], style: RewriteStyle) -> list[Seam]:
    """Each conditional modal with someone or something else as its subject in a sentence
    that a time dates."""
    conditional = {m.lower() for m in style.conditional_modals}
    if not conditional or not times:
        return []
    me = {s.lower() for s in style.subjects}
    seams: list[Seam] = []
    for sentence in doc.sents:
        dated = any(sentence.start_char <= t.start < sentence.end_char for t in times)
        if not dated:
            continue
        for t in sentence:
            if t.lower_ not in conditional:
                continue
            before = [u for u in sentence if u.i < t.i]
            after = list(doc[t.i + 1 : t.i + 2])  # 'zou ik', 'would I': the writer inverted
            if any(u.lower_ in me for u in before + after):
                continue  # the writer's own conditional ('I would like to ...')
            if any(u.pos_ in _NOMINAL for u in before):  # the tagger may call it anything else
                detail = f"{t.text!r} of something else dated as a goal"
                seams.append(Seam("lost_tense", detail, (t.lower_,)))
    return seams
