"""Event anchors (and periods) the parse shows to be a modifier of the next noun, not a moment.

The time engine reads text, not the parse: in "during evaluation meetings" it finds the
moment "evaluation", where the phrase is about meetings (any of them: no moment with a
date). The parse says so: the anchor's noun hangs on the plural noun right after it. With a
singular head ("before the audit meeting") the compound still names one moment. A period the
engine reads as a date is such a modifier too ("during busy summer evenings": evenings of
every summer, no deadline).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.reading.timex import TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc


def without_modifier_anchors(
    times: tuple[TimeExpression, ...], doc: Doc
) -> tuple[TimeExpression, ...]:
    """``times`` without the event anchors whose last word modifies the noun after it."""
    return tuple(t for t in times if not _modifies_next(t, doc))


def _modifies_next(time: TimeExpression, doc: Doc) -> bool:
    if time.kind == "deadline" and time.text[-1:].isalpha():
        end = time.end  # a season read as a date: 'during busy *summer* evenings'
    elif time.kind != "event" or time.anchor is None or time.end != time.anchor.end:
        return False  # 'before the spring term starts': the clause's verb is the time's own
    else:
        end = time.anchor.end
    last = next((t for t in reversed(doc) if t.idx < end), None)
    if last is None or last.i + 1 >= len(doc) or last.idx + len(last.text) != end:
        return False
    after = doc[last.i + 1]
    plural = "Plur" in after.morph.get("Number", [])  # 'evaluation meetings': any of them
    return last.head.i == after.i and after.pos_ in ("NOUN", "PROPN") and plural
