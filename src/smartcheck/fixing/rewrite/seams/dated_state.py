"""A deadline added inside a clause that tells how a thing is now: 'De afdeling is *vóór
[datum]* in [aantal] van de 10 gevallen rommelig, ik wil dat het netter wordt'.

A goal may open with the state of things the writer wants changed ('De werkplaats is
altijd vol', 'The stockroom is always a mess'): a copula with a thing, not the writer, as
its subject. A rewrite that dates and bounds that clause commits the thing to its own
state; the deadline belongs to the writer's clause. A time the writer put there is theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.seams.deadlines import standing_in
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import SUBJECT_DEPS
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.reading.goal import Goal
    from smartcheck.reading.timex import TimeExpression

_BOUNDS = frozenset({",", ";", ".", "!", "?"})


def deadline_in_state(
    filled: Doc, times: list[TimeExpression], goal: Goal, style: RewriteStyle
) -> list[Seam]:
    """Each added deadline inside (or alone right before) a clause whose copula has a noun,
    not the writer, as its subject, and that commits to nothing (no modal, no commitment
    word, no writer as a subject: a state the writer ensures is their goal)."""
    goal_text = " ".join(goal.text.lower().split())
    added = [
        e for e in times if " ".join(filled.text[e.start : e.end].lower().split()) not in goal_text
    ]
    renewed = standing_in(
        filled.text, times, goal
    )  # 'Eind juni 2026 zijn ...' -> 'Vóór [datum] ...'
    added = [e for e in added if e not in renewed]
    if not added:
        return []
    commit = set(commitment_words(style)) | {m.lower() for m in style.modals}
    writer = {w.lower() for w in style.subjects}
    seams = []
    clauses = _clauses(filled)
    for n, clause in enumerate(clauses):
        start, end = clause[0].idx, clause[-1].idx + len(clause[-1])
        dated = next((e for e in added if start <= e.start < end), None)
        if dated is None:
            continue
        alone = dated.start <= start and end <= dated.end  # 'By [date], the stockroom is ...'
        if alone and n + 1 < len(clauses):
            clause = clauses[n + 1]
            if any(t.pos_ == "SCONJ" or t.dep_ == "mark" for t in clause[:2]):  # 'even though'
                continue  # 'By [date], even though X is hard, I will ...': the main clause after
        if any(t.lower_ in commit or t.lower_ in writer for t in clause):
            continue  # '... zorg ik ervoor dat de planning eerder klaar is': the writer's
        if thing_state(clause):
            detail = f"the deadline {filled.text[dated.start : dated.end]!r} in a state of things"
            seams.append(Seam("context_committed", detail, ("state-deadline",)))
    return seams


def thing_state(clause: list[Token]) -> bool:
    """A copula whose head has a noun subject in the clause ('de afdeling *is* rommelig'):
    how a thing is, told of the thing (also read by state_first.py)."""
    inside = {t.i for t in clause}
    for cop in clause:
        if cop.dep_ != "cop":
            continue
        subjects = [c for c in cop.head.children if c.dep_ in SUBJECT_DEPS and c.i in inside]
        if subjects and all(s.pos_ in ("NOUN", "PROPN") for s in subjects):
            return True
    return False


def _clauses(doc: Doc) -> list[list[Token]]:
    """The stretches between commas and sentence ends."""
    found: list[list[Token]] = [[]]
    for t in doc:
        if t.text in _BOUNDS:
            found.append([])
        else:
            found[-1].append(t)
    return [c for c in found if c]
