"""The writer's offer dated as if it were a commitment: 'By [date], I could apply, ...',
'Vóór [datum] zou ik ... kunnen maken'.

"I could apply for that", "Ik zou daar een checklist voor kunnen maken" offer an act; a
modal that offers or wishes (the pack's ``rewrite.conditional_modals`` and
``rewrite.offering_modals``: would, could, might; zou, zouden) as the verb of the writer's
main clause promises nothing, and a deadline put on it dates a possibility. Judged on the
candidate's words: in a sentence that a time dates, the writer as subject right before such
a modal (English) or right after it (Dutch inverts after the time), the modal the
sentence's first verb. The writer's own conditional inside a clause ('..., so that I could
...') is no commitment and is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.timex import TimeExpression

#: Word classes of the words before the main clause's first verb.
_VERBAL = frozenset({"VERB", "AUX"})


def offering_dated(doc: Doc, times: list[TimeExpression], style: RewriteStyle) -> list[Seam]:
    """Each offering modal of the writer's main clause in a sentence a time dates."""
    offering = {m.lower() for m in (*style.conditional_modals, *style.offering_modals)}
    if not offering or not times:
        return []
    me = {s.lower() for s in style.subjects}
    seams: list[Seam] = []
    for sentence in doc.sents:
        if not any(sentence.start_char <= t.start < sentence.end_char for t in times):
            continue
        tokens = list(sentence)
        for n, t in enumerate(tokens):
            if t.lower_ not in offering:
                continue
            if any(u.pos_ in _VERBAL for u in tokens[:n]):
                break  # a verb before it: the modal is no main clause's first verb
            nearby = tokens[n - 1 : n] if style.word_order != "v2" else tokens[n + 1 : n + 2]
            if any(u.lower_ in me for u in nearby):
                detail = f"the writer's {t.text!r} dated as a commitment"
                seams.append(Seam("lost_tense", detail, (t.lower_,)))
            break
    return seams
