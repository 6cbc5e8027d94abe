"""A far, hedged wish committed: '..., en misschien op termijn teamleider worden' ->
'Vóór [datum] ga ik mijn EHBO herhalen, en teamleider worden'.

A hedge right before a far time ('misschien op termijn', 'maybe one day', 'perhaps later';
the pack's ``one_word_hedges`` and ``far_times``) marks a wish the writer does not plan
for. A rewrite that drops both and keeps what followed them commits the writer to it by a
deadline; the far role's own reading explores it ('Ik ga uitzoeken of ...'; far_roles.py)
and keeps the far time, so a candidate that lost the hedge but kept the wish is refused,
with or without its far time ('en later planner worden').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def far_wish_committed(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """The goal's 'hedge + far time + word' with the hedge gone from the candidate and the
    word after it kept, outside the far role's exploring step."""
    if goal.doc is None or not style.far_times:
        return []
    words = [t.lower_ for t in goal.doc]
    kept = {t.lower_ for t in doc}
    hedges = {h.lower() for h in style.one_word_hedges}
    seams = []
    for phrase in style.far_times:
        parts = phrase.lower().split()
        for n in range(1, len(words) - len(parts)):
            if words[n : n + len(parts)] != parts or words[n - 1] not in hedges:
                continue
            after = goal.doc[n + len(parts)]
            if not after.is_alpha or after.lower_ not in kept:
                continue
            if any(
                d.kind == "recurring" and d.start <= goal.doc[n].idx < d.end for d in goal.deadlines
            ):
                continue  # 'maybe one day a week': a schedule, no far time
            if words[n - 1] in kept or _explored(doc, style) or _discussed(doc, after, style):
                continue  # the hedge stays with its wish, or the step explores or discusses it
            detail = f"the far wish {' '.join(words[n - 1 : n + len(parts) + 1])!r} committed"
            seams.append(Seam("contradiction", detail, (phrase, after.lower_)))
    return seams


def _explored(doc: Doc, style: RewriteStyle) -> bool:
    """Does the candidate hold the far role step's own words before its role ('uitzoeken
    of', 'find out whether')?"""
    frame = (style.far_role_step or "").split("{")[0].lower().split()[-2:]
    words = [t.lower_ for t in doc]
    return bool(frame) and any(words[i : i + len(frame)] == frame for i in range(len(words)))


def _discussed(doc: Doc, word: Token, style: RewriteStyle) -> bool:
    """Does the candidate tell the wish after ``word`` only as the writer's step of
    discussing it ('I will discuss with my manager whether I can later teach it';
    hedged_steps.py)?"""
    from smartcheck.fixing.rewrite.hedged_steps import discussed_spans  # reads seams

    spans = discussed_spans(doc.text, style)
    return any(t.lower_ == word.lower_ and any(a <= t.idx < b for a, b in spans) for t in doc)
