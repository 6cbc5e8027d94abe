"""A frame's date with no subject after it: the commitment's 'I will' / 'ga ik' is missing.

'By [date], shadow the sales team for two client visits and ...', 'By [date], the planner
to learn how the routes are made, ...': the date of the frame opens the sentence, but what
follows is the writer's imperative or a noun phrase, so the sentence orders or names and
nobody commits. That happens when a step reads the writer's clause as someone else's
(``third``: a word the tagger calls finite further on) or cuts a piece out of a list and
frames it as it stands. A verb after the date does not make the clause whole (dated_phrase.py
accepts it): the frame ('By [date], I will ...', 'Vóór [datum] ga ik ...') needs a subject.

Judged per sentence the frame opens (a preposition, the date placeholder, an optional aside
in brackets): in English the clause up to the next comma has a subject of its own main verb
(the writer's 'I', 'we', or any nominal subject the parse hangs on the clause's root), or is
a phrase set off before the commitment that follows ('By [date], as a new nurse, I will');
in Dutch the date is followed by its finite verb and then a subject ('ga *ik*', 'is *mijn
stage* afgesloten'; a verb the tagger misses counts when the writer's 'ik' follows it). A
sentence the writer opened with the same preposition ('Vóór 1 maart het certificaat halen')
keeps the writer's own order and is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.dated_phrase import committed_later
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.parses import stand_ins
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.reading.goal import Goal

#: Marks that end the clause the date opens.
_CLAUSE_END = frozenset({",", ";", ":", "-", "\u2013", "\u2014", ".", "!", "?"})
#: Dependency labels of a nominal subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl", "csubj"})
#: Dependency labels of a verb inside another clause (its subject is not the clause's).
_INNER_DEPS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj", "relcl"})
#: Word classes that open a phrase set off before the commitment ('as a nurse', 'each week').
_SET_OFF = frozenset({"ADP", "SCONJ", "DET", "ADV"})
#: Word classes of the finite verb right after a Dutch date.
_VERBS = frozenset({"VERB", "AUX"})
#: How many words after a Dutch date may come before the writer ('ga ik', 'ga dan ik').
_V2_REACH = 3
#: How far after the Dutch finite verb its subject's head may stand ('zijn de meeste
#: dossiers').
_V2_SUBJECT = 6


def frame_without_subject(candidate: str, doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """Every sentence the frame's date opens whose first clause has no subject."""
    date = re.escape(style.placeholders.date)
    own = {
        m.group(1).lower()
        for m in re.finditer(r"(?:^|(?<=[.!?:\n]))\W*(\w+)", goal.text)  # the writer's openers
    }
    seams: list[Seam] = []
    for found in re.finditer(rf"(?:^|(?<=[.!?]\s))([^\s\[]+) {date},?\s+", candidate):
        if found.group(1).lower() in own:
            continue  # the writer opened a sentence with this preposition: the writer's order
        clause = _clause_from(doc, len(stand_ins(candidate[: found.end()], style)))
        if clause and clause[0].text == "(":  # 'By [date] (autumn), I will': the date's aside
            close = next((n for n, t in enumerate(clause) if t.text == ")"), len(clause) - 1)
            clause = clause[close + 1 :]
        if not clause or _has_subject(clause, doc, style):
            continue
        words = tuple(t.lower_ for t in clause[:3])
        detail = f"the frame's date without a subject: {' '.join(words)!r}..."
        seams.append(Seam("lost_subject", detail, (*words, "framed-subject")))
    return seams


def _clause_from(doc: Doc, start: int) -> list[Token]:
    """The words from offset ``start`` of ``doc`` up to the next mark that ends a clause (a
    bracket's aside is read through)."""
    clause: list[Token] = []
    inside = False
    for t in doc:
        if t.idx < start:
            continue
        inside = (inside or t.text == "(") and t.text != ")"
        if t.text in _CLAUSE_END and not inside:
            break
        clause.append(t)
    return clause


def _has_subject(clause: list[Token], doc: Doc, style: RewriteStyle) -> bool:
    if _v2(style):  # the finite verb right after the date, its subject after it
        if any(t.lower_ in style.subjects for t in clause[1:_V2_REACH]):
            return True  # 'zorg ik': the writer right after a verb the tagger may miss
        told = any(t.dep_ in _SUBJECT_DEPS for t in clause[1:_V2_SUBJECT])
        return clause[0].pos_ in _VERBS and told  # 'zijn de meeste dossiers afgerond'

    if any(t.lower_ in style.subjects for t in clause):
        return True
    own = {t.i for t in clause}
    if any(
        t.dep_ in _SUBJECT_DEPS and t.head.i in own and t.head.dep_ not in _INNER_DEPS
        for t in clause
    ):
        return True  # 'By [date], my manager will ...': a subject of the clause's own verb
    opening = next((t for t in clause if t.pos_ != "ADV"), clause[0])
    return opening.pos_ in _SET_OFF and committed_later(doc, clause[-1].i, style)


def _v2(style: RewriteStyle) -> bool:
    return style.word_order == "v2"
