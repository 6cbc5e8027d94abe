"""A routine's review moment told as a start: 'Elke week bel ik twee klanten na. *Na drie
maanden* evalueer ik met mijn leidinggevende of het werkt.', 'Every week I call two clients.
*After three months* I ask them whether it helps.'

The time engine reads "na drie maanden" / "after three months" as a start: on a one-off
change the moment it begins, on a routine only when the routine begins, which leaves the
routine unbounded (T004). When the sentence of that start tells a review of the routine (the
pack's ``review_acts``: evaluate it, discuss or ask whether it works), the moment is when the
routine is looked back on: its review moment, which bounds a routine (JUDGING T: "a routine
... without any end or review moment" fails). It is then read as the routine's deadline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.reading.lexicon import LexiconMatch
    from smartcheck.reading.timex import TimeExpression

#: How many steps up the parse a routine's verb may stand from its time words.
_REACH = 3
#: Dependencies of a verb of the same cluster ('ga ... evalueren', 'want to review'); a verb
#: joined by a coordinator ('call ... and review') is a clause of its own.
_CLUSTER = frozenset({"xcomp", "compound:prt"})


def review_moments_read(
    times: tuple[TimeExpression, ...], doc: Doc, reviews: list[LexiconMatch]
) -> tuple[TimeExpression, ...]:
    """``times`` with each start that a review act shares its sentence with read as the
    deadline of the routine the goal repeats; ``times`` as they are without a routine."""
    routines = [t for t in times if t.kind == "recurring"]
    if not reviews or not routines:
        return times
    # a review act that is itself the routine ('Na drie maanden ga ik elke week evalueren'):
    # the start is when that routine begins
    repeated = {v for r in routines for v in _verbs_of(r, doc)}
    reviews = [r for r in reviews if not repeated & set(doc[r.token_start : r.token_end])]
    return tuple(
        t.model_copy(update={"kind": "deadline"}) if _reviewed(t, doc, reviews) else t
        for t in times
    )


def _reviewed(time: TimeExpression, doc: Doc, reviews: list[LexiconMatch]) -> bool:
    """Is ``time`` a start whose sentence tells a review act outside the time's own words?"""
    if time.kind != "start" or time.due is None:
        return False
    sentence = next((s for s in doc.sents if s.start_char <= time.start < s.end_char), None)
    if sentence is None:
        return False
    return any(
        sentence.start_char <= r.start < sentence.end_char
        and not (time.start <= r.start < time.end)
        for r in reviews
    )


def _verbs_of(time: TimeExpression, doc: Doc) -> set[Token]:
    """The verb the time's words hang on in the parse, with the verbs of its cluster ('ga
    ... evalueren'); none when no verb is near."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span):
        return set()
    token = span.root
    for _ in range(_REACH):
        if token.pos_ in ("VERB", "AUX"):
            return {token, *(c for c in token.children if c.dep_ in _CLUSTER)}
        if token.head is token:
            break
        token = token.head
    return set()
