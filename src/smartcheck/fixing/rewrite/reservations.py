"""The writer's reservation joined to the goal by a contrast inside its sentence.

Writers add a doubt to a goal in the same breath ("Ik wil de opleiding tot operator doen
maar weet niet of de zaak dat betaalt", "I want to finish the course but not sure the company
will pay for it"). The reservation is no part of the goal (JUDGING A): kept inside the
committed sentence it makes a commitment that still doubts itself ("Vóór [datum] ga ik de
opleiding doen maar weet niet of ..."). remarks.py cuts it at the contrast (the pack's
``reservation_contrasts``) when an uncertainty or a doubt follows, and keeps it after the
rewrite as a sentence of its own; the contrast goes, as the sentence it opened is now the
writer's remark, no longer joined to the goal ('Weet niet of de zaak dat betaalt.').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Marks that cut a remark off at a comma or dash (remarks.py finds those pieces itself).
_JOINTS = frozenset({",", ";", "-", "\u2013", "\u2014"})


def contrast_pieces(
    doc: Doc, contrasts: tuple[str, ...], after_joint: bool = False
) -> list[tuple[int, int]]:
    """Token ranges from a contrast word inside a sentence (not its first word, nor right
    after a comma unless ``after_joint``: the comma's own cut finds that) to the sentence's
    end."""
    words = {c.lower() for c in contrasts}
    pieces: list[tuple[int, int]] = []
    for t in doc:
        if t.lower_ not in words or t.i == 0:
            continue
        before = doc[t.i - 1].text
        if before in SENTENCE_MARKS or (before in _JOINTS and not after_joint):
            continue
        end = next((u.i for u in doc[t.i :] if u.text in SENTENCE_MARKS), len(doc))
        if end > t.i + 1:
            pieces.append((t.i, end))
    return pieces


def without_contrast(remark: str, contrasts: tuple[str, ...]) -> str:
    """``remark`` without a contrast word that opens it ('maar weet niet of ...' -> 'weet
    niet of ...'): told as a sentence of its own after the rewrite it joins nothing."""
    first, _, rest = remark.partition(" ")
    if first.lower() in {c.lower() for c in contrasts} and rest.strip():
        return rest.lstrip(" ,")
    return remark


def reservation_pieces(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """Token ranges of the goal from a contrast to its sentence's end that hold the writer's
    uncertainty, doubt or lack of time or means (the pack's ``uncertain_remarks``,
    ``doubt_remarks``, ``lacking_remarks``): '... maar
    weet niet of de zaak dat betaalt', '..., but not sure the company will pay'."""
    doc = goal.doc
    if doc is None or not style.reservation_contrasts:
        return []
    doubts = [
        m.token_start
        for key in ("uncertain_remarks", "doubt_remarks", "lacking_remarks")
        for m in ctx.find(goal, key)
    ]
    return [
        (start, end)
        for start, end in contrast_pieces(doc, style.reservation_contrasts, after_joint=True)
        if any(start < at < end for at in doubts)
    ]


def reservation_spans(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the contrast before a reservation stands: a rewrite that keeps the reservation
    as a sentence of its own after the goal leaves it out, never a lost word."""
    doc = goal.doc
    if doc is None:
        return []
    return [
        (doc[start].idx, doc[start].idx + len(doc[start].text))
        for start, _ in reservation_pieces(goal, ctx, style)
    ]


def told_alone(goal: Goal, start: int, remark: str, style: RewriteStyle, subject: str) -> str:
    """The remark that opens at token ``start`` as a sentence of its own: without the
    contrast that joined it, and with the writer as the subject the contrast shared when a
    finite verb opens it ('maar weet niet of ...' -> 'ik weet niet of ...'); the remark as
    it is when no contrast opens it."""
    doc = goal.doc
    alone = without_contrast(remark, style.reservation_contrasts)
    if doc is None or alone == remark or start + 1 >= len(doc):
        return alone
    first = doc[start + 1]
    if "Fin" in first.morph.get("VerbForm", []) and first.pos_ in ("VERB", "AUX"):
        return f"{subject} {alone}"
    return alone


def told_alone_at(
    goal: Goal, doc: Doc, start: int, remark: str, ctx: RuleContext, style: RewriteStyle
) -> str:
    """The remark at character ``start`` of ``doc`` as a sentence of its own (told_alone),
    the writer (the pack's first person) as the subject the dropped contrast shared."""
    at = next((t.i for t in doc if t.idx >= start), None)
    subjects = ctx.pack.words("first_person_subject")
    if at is None or not subjects:
        return remark
    return told_alone(goal, at, remark, style, subjects[0])


def with_subject(goal: Goal, start: int, remark: str, subject: str, copulas: frozenset[str]) -> str:
    """The remark that opens at token ``start`` with the writer's finite verb and no subject
    ('..., weet nog niet precies wat'), told with the writer as its subject ('ik weet nog
    niet precies wat'); empty when it opens otherwise. Read when the remark as written
    shows a seam as a sentence of its own. A copula (the pack's ``copular_verbs``: '...,
    is nog niet zeker') tells of something else, never the writer."""
    doc = goal.doc
    if doc is None or start >= len(doc) or not _finite(doc[start], copulas):
        return ""
    return f"{subject} {remark}"


def _finite(token: Token, copulas: frozenset[str]) -> bool:
    """A finite verb the writer's subject can open ('weet', 'don't'): no copula, no third
    person singular by its morphology ('does')."""
    if token.pos_ not in ("VERB", "AUX") or "Fin" not in token.morph.get("VerbForm", []):
        return False
    morph = token.morph
    third = "3" in morph.get("Person", []) and "Sing" in morph.get("Number", [])
    return token.lemma_.lower() not in copulas and not third
