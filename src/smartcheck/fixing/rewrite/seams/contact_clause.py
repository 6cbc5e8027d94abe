"""A clause that described a noun without a relative word, cut off and committed to: 'the
students (HBO-V interns) we get this year' -> 'the students (HBO-V interns), we will get this
year'.

English leaves out the relative pronoun ('the students we get', 'the reports they send');
the tagger then reads 'we get' as the goal's own clause, and a step puts the commitment on
its verb behind a comma. The writer's goal (being a better mentor) loses its frame, and the
people the clause was about are promised. (committed_relative in commitment.py catches the
clause the parse calls relative.) Judged on the words: the candidate has 'X, SUBJ WILL
VERB' where the goal has 'X SUBJ VERB' with no comma, X a noun or a closing bracket, and the
goal's sentence had a verb of its own before X and no subordinating word (so not a fronted
phrase: 'Every week I call ...', 'When the team is short I help').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def contact_clause_committed(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """'X, SUBJ WILL VERB' in ``doc`` for 'X SUBJ VERB' in the goal, after a verb of its own."""
    if goal.doc is None:
        return []
    commit = commitment_words(style)
    seams: list[Seam] = []
    for t in goal.doc[1:-1]:
        before, verb = goal.doc[t.i - 1], t.nbor(1)
        if t.pos_ != "PRON" or (t.lower_ not in style.subjects and t.dep_ not in SUBJECT_DEPS):
            continue
        if not (before.pos_ in ("NOUN", "PROPN") or before.text == ")"):
            continue
        if verb.pos_ not in ("VERB", "AUX") or not _verb_before(goal.doc, before):
            continue
        for u in doc[3:-1]:
            if u.lower_ not in commit or u.nbor(1).lower_ != verb.lower_:
                continue
            if [w.lower_ for w in doc[u.i - 3 : u.i]] == [before.lower_, ",", t.lower_]:
                detail = f"{verb.text!r} cut from {before.text!r} and committed"
                seams.append(Seam("dangling", detail, (verb.lower_, "contact-clause")))
    return seams


def _verb_before(doc: Doc, end: Token) -> bool:
    """Does the sentence of ``end`` have a verb before it, and no subordinating word?"""
    start = end.sent.start
    before = doc[start : end.i]
    if any(w.pos_ == "SCONJ" or w.dep_ == "mark" for w in before):
        return False
    return any(w.pos_ in ("VERB", "AUX") for w in before)
