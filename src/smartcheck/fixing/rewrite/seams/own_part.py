"""The writer's own part of someone else's duty, framed wrongly.

"In 2027 moeten alle collega's een buddy hebben" becomes "In 2027 zorg ik ervoor dat alle
collega's een buddy hebben". Two ways a template breaks it: the others' duty modal stays
right after the writer's commitment, in front of the others' words ("zal ik moeten alle
collega's ... hebben"), or a that-clause of the frame holds only the time ("I will make sure
that next year and that every new starter ..."). Each check reads the candidate's parse
with its placeholders stood in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from smartcheck.reading.timex import TimeExpression

#: What may open the others' noun phrase after a misplaced duty modal.
_PHRASE_OPENERS = frozenset({"DET", "NUM", "PRON", "ADJ", "NOUN", "PROPN"})


def own_part_seams(doc: Doc, times: Sequence[TimeExpression], style: RewriteStyle) -> list[Seam]:
    """Every seam of this module in the candidate ``doc`` (``times``: its time expressions)."""
    return (
        _duty_after_commitment(doc, style)
        + _time_only_that(doc, times, style)
        + _subjectless_that(doc, style)
    )


def _duty_after_commitment(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """Dutch: the others' duty modal right after the writer's subject and before a phrase
    ('zal ik moeten alle collega's ... hebben'): the modal left its clause, and the writer
    now owes the others' act. Dutch puts an infinitive at the end of its clause."""
    if style.word_order != "v2":
        return []
    duties = {d.lower() for d in style.own_part_drops if " " not in d}
    subjects = {s.lower() for s in style.subjects}
    for t in doc[1:-1]:
        before, after = doc[t.i - 1], doc[t.i + 1]
        if before.lower_ in subjects and t.lower_ in duties and after.pos_ in _PHRASE_OPENERS:
            return [Seam("word_order", f"{t.text!r} between the writer and a phrase", (t.lower_,))]
    return []


def _time_only_that(doc: Doc, times: Sequence[TimeExpression], style: RewriteStyle) -> list[Seam]:
    """A that-clause of the own-part frame that holds only a time, cut off by a comma or a
    second 'and that' ('I will make sure that By 31 March 2027, all ...', '... that next year
    and that ...'): the time was read as the others' clause. (Judged by the time, not by the
    tagger, which calls many an English verb in -s a noun.)"""
    frame = style.frames.own_part
    if frame is None:
        return []
    head = [w.lower() for w in frame.split("{clause}")[0].split()]
    if len(head) < 2:
        return []
    that = head[-1]  # only the frame's own 'that' ('make sure that'), never 'that course'
    for t in doc[1:]:
        if t.lower_ != that or doc[t.i - 1].lower_ != head[-2]:
            continue
        end = next((u.i for u in doc[t.i + 1 :] if u.lower_ == that or u.text in ",;"), None)
        if end is None:
            continue
        words = [u for u in doc[t.i + 1 : end] if not u.is_punct and u.pos_ != "CCONJ"]
        if words and all(_in_time(u, times) for u in words):
            return [Seam("lost_verb", f"only a time after {that!r}", (that,))]
    return []


def _subjectless_that(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """English: a that-clause of the own-part frame that opens with a negation or a bare
    verb ('I will make sure that not repeat an X-ray ...', '... that redo the weld'): the
    clause lost its subject when a duty ('have to', 'need to') went. An English clause puts
    its subject first."""
    frame = style.frames.own_part
    if frame is None or style.word_order == "v2":
        return []
    head = [w.lower() for w in frame.split("{clause}")[0].split()]
    if len(head) < 2:
        return []
    that = head[-1]
    for t in doc[1:-1]:
        if t.lower_ != that or doc[t.i - 1].lower_ != head[-2]:
            continue
        after = doc[t.i + 1]
        if after.lower_ in style.negations or after.tag_ == "VB":
            return [
                Seam("lost_subject", f"{after.text!r} opens the clause after {that!r}", (that,))
            ]
    return []


def _in_time(token: Token, times: Sequence[TimeExpression]) -> bool:
    return any(e.start <= token.idx and token.idx + len(token.text) <= e.end for e in times)
