"""English: a need the writer states with an absolute, rewritten as a bounded commitment.

'... and I always need to ask my colleagues' tells the present problem: the writer depends
on others every time (the absolute stands before the modal of need and says how often the
need arises). Bounded as a goal of its own it turned around: 'I will ask my colleagues in
[number] out of 10 cases' commits to the very dependence the writer wants to end. An
absolute before the modal ('I always have to', 'I always need to') counts the need; one after
it ('I need to always check') counts the act, a demand the rewrite bounds. The goal's parse
tells which: the absolute right before one of the pack's ``obligation_modals`` after the
writer as subject. A candidate that commits to the act the need governs ('will ask') shows
the problem as a goal. Subject-verb languages only: in a verb-second language the adverb
stands after the modal either way ('ik moet altijd ...').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: How many words after the commitment the committed act may stand ('will not ask').
_REACH = 3


def stated_need_committed(
    doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """The act of a need the goal states with an absolute before its modal, committed to."""
    if style.word_order == "v2" or goal.doc is None:
        return []
    acts = _stated_needs(goal.doc, ctx, style)
    if not acts:
        return []
    commit = {a.lower() for a in style.subjects.values()} | {"'ll"}
    seams = []
    for t in doc:
        if t.lower_ not in commit:
            continue
        for u in doc[t.i + 1 : t.i + 1 + _REACH]:
            if u.lemma_.lower() in acts and u.pos_ in ("VERB", "AUX"):
                detail = f"the stated need {u.text!r} committed to as a goal"
                seams.append(Seam("contradiction", detail, (u.lower_, "stated-need")))
                break
    return seams


def _stated_needs(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> set[str]:
    """The lemmas of the acts the writer states a need for with an absolute before its
    modal ('I always need to *ask*')."""
    absolutes = {a.lower() for a in ctx.pack.words("absolutes") if " " not in a}
    modals = [m.lower().split() for m in ctx.pack.words("obligation_modals")]
    me = {s.lower() for s in style.subjects} | {"i"}
    acts: set[str] = set()
    for t in doc[1:]:
        if t.lower_ not in absolutes or t.nbor(-1).lower_ not in me:
            continue
        after = [u.lower_ for u in doc[t.i + 1 : t.i + 3]]
        size = next((len(m) for m in modals if after[: len(m)] == m), 0)
        if not size or t.i + 1 + size >= len(doc):
            continue
        act: Token = doc[t.i + 1 + size]
        if act.pos_ in ("VERB", "AUX"):
            acts.add(act.lemma_.lower())
    return acts
