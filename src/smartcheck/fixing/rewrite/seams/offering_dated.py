"""The writer's offer dated as if it were a commitment: 'By [date], I could apply, ...',
'By [date], I might take over the rota'.

"I could apply for that", "I might take over the rota" offer an act; a modal that offers
(the pack's ``rewrite.offering_modals``: could, might) as the verb of the writer's main
clause promises nothing, and a deadline put on it dates a possibility. A conditional of wish
('I would like to X, by [date]') is the wish's, left to the other checks. Judged on the
candidate's words: in a sentence that a time dates, the writer as subject right before such
a modal (right after it where the language inverts after the time), the modal the
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
    offering = {m.lower() for m in style.offering_modals}
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
