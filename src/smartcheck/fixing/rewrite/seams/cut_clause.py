"""A clause of the goal kept after a comma without the words that opened it: 'ik wil minder
fouten maken, *ging het* twee keer mis' (from '..., vorige maand ging het twee keer mis'),
or without its verb too: '..., *het een paar keer mis* met ...', or without its opening
time: 'I will make fewer mistakes, *it went wrong* twice' (from '..., last month it went').

A verb-second clause opens with a phrase (often a time: 'vorig jaar'), then its finite verb,
then its subject. A rewrite that cuts the opening phrase (a past time, taken for a deadline
that has passed) keeps a clause that starts with its verb, which reads as a question; one
that cuts the verb with it keeps a subject without a verb. Read against the goal's parse:
the goal's own clause with its front and the candidate's part right after a comma.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.reading.goal import Goal

#: Marks that end the clause before: the opening phrase of a clause comes after one of them.
_BOUNDS = frozenset({",", ";", ":", ".", "!", "?"})
#: How many words after the subject are compared (the rewrite may end the clause early).
_AFTER = 2


def clause_cut(candidate: str, goal: Goal) -> list[Seam]:
    """Each inverted clause of the goal whose opening phrase (or opening phrase and verb) a
    candidate cut, keeping the rest right after a comma."""
    doc = goal.doc
    if doc is None:
        return []
    text = " " + " ".join(candidate.lower().split())
    seams = []
    # the goal's times the candidate left out ('last month'; one kept with a date after it,
    # 'Before the next audit ([date]), I want ...', opens no cut clause)
    times = [(t.start, t.end) for t in goal.deadlines if t.text.lower() not in text]
    for verb in doc:
        subject = _inverted_subject(verb)
        if subject is None:
            subject = _timed_subject(verb, times)  # 'last month *it* went wrong'
            cuts = [] if subject is None else [(subject, "its opening time")]
        else:
            cuts = [(verb, "its opening phrase"), (subject, "its verb")] if _fronted(verb) else []
        if subject is None:
            continue
        end = doc[min(max(subject.i, verb.i) + _AFTER, len(doc) - 1)]
        for first, what in cuts:
            kept = " ".join(doc.text[first.idx : end.idx + len(end.text)].lower().split())
            if f", {kept}" in text:
                detail = f"the clause {kept!r} cut from {what}"
                seams.append(Seam("lost_words", detail, (verb.lower_, "cut-clause")))
                break
    return seams


def _inverted_subject(verb: Token) -> Token | None:
    """The subject of a finite verb that follows it ('ging *het*')."""
    if verb.pos_ not in ("VERB", "AUX") or "Fin" not in verb.morph.get("VerbForm", []):
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > verb.i), None)


def _timed_subject(verb: Token, times: list[tuple[int, int]]) -> Token | None:
    """The subject right before a finite verb whose clause opens with a time of the goal
    ('vorige week *het* ...', 'last month *it* went'): the time, then the subject."""
    if verb.pos_ not in ("VERB", "AUX") or "Fin" not in verb.morph.get("VerbForm", []):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None or subject.i == 0:
        return None
    before = verb.doc[subject.i - 1]
    timed = any(start <= before.idx < end for start, end in times)
    return subject if timed and subject.i + 1 == verb.i else None


def _fronted(verb: Token) -> bool:
    """A word of the verb's clause before it, after the last comma or sentence end."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before is not None and before.text not in _BOUNDS and not before.is_sent_start
