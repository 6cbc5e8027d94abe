"""A subordinate clause whose only subject a preposition governs: it lost its real subject.

'..., zodat van de chef het hele verhaal gaat leren': a frame put the writer's words after
'zodat' without the writer, and the parse takes the noun of 'van de chef' for the subject of
'gaat'. A subject never stands inside a prepositional phrase, so a nominal subject with a
case marker of its own (a preposition hung on it) shows the clause has none. The writer's
own words parsed so in the goal are left alone: that is the tagger's reading of what they
wrote, no break the rewrite made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.reading.goal import Goal

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def _governed(token: Token) -> bool:
    """The only subject of a subordinate clause's finite verb (one a conjunction opens:
    'zodat', 'so that'), with a preposition before it of its own."""
    verb = token.head
    if token.dep_ not in _SUBJECTS or "Fin" not in verb.morph.get("VerbForm", []):
        return False
    if not any(c.dep_ == "mark" and c.pos_ == "SCONJ" for c in verb.children):
        return False  # a main clause: the parse's noise more often than a lost subject
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return all(_cased(c) for c in subjects)


def _cased(token: Token) -> bool:
    return any(c.dep_ == "case" and c.pos_ == "ADP" and c.i < token.i for c in token.children)


def subject_in_phrase(doc: Doc, goal: Goal) -> list[Seam]:
    """Each subject with a preposition of its own in ``doc`` (the candidate), unless the
    goal's parse has the same word so."""
    own = {t.lower_ for t in goal.doc if _governed(t)} if goal.doc is not None else set()
    return [
        Seam(
            "lost_subject",
            f"{t.head.text!r} has no subject: {t.text!r} is in a phrase",
            (t.lower_,),
        )
        for t in doc
        if _governed(t) and t.lower_ not in own
    ]
