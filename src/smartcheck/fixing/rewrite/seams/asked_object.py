"""An indirect question put right after the commitment, with no verb to take it.

'Meer weten over kunststoffen. Welke soorten er zijn en wat de eigenschappen zijn.': a wish
to know, then what the writer wants to know, told as an indirect question. A frame that
commits the question itself ('Vóór [datum] zal ik welke soorten er zijn ...', 'By [date], I
will which types there are ...', 'I will make sure that which types ...') lost the verb of
knowing that took it ('weten', 'know').
The question word opens the committed words and its clause ends on its own finite verb
('... er *zijn*'), its only one ('make sure that what I order arrives' has a clause as
its subject); 'ga ik wat vaker oefenen' ends on an infinitive, 'wat' a degree word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.infinitive_slot import committed_starts
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.anatomy.words import has_finite_form

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext

#: Where the question's clause ends.
_CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?"})


def question_as_act(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A question word right after the commitment ('zal ik *welke* ...') whose clause
    ends on a finite verb (module docstring)."""
    asking = {w.lower() for w in ctx.pack.words("question_words")}
    seams: list[Seam] = []
    for start in [*committed_starts(doc, style), *_ensured_starts(doc, style)]:
        if start >= len(doc) or doc[start].lower_ not in asking:
            continue
        clause = _clause(doc, start)
        finites = sum(has_finite_form(t) for t in clause)  # 'what I order arrives': a subject
        if len(clause) >= 3 and has_finite_form(clause[-1]) and finites == 1:
            detail = f"the question {doc[start].text!r} ... committed with no verb of knowing"
            seams.append(Seam("lost_verb", detail, (doc[start].lower_, "asked-object")))
    return seams


def _ensured_starts(doc: Doc, style: RewriteStyle) -> list[int]:
    """Where the clause of the own part's frame starts ('make sure that *which* ...')."""
    frame = style.frames.own_part
    opener = frame.split("{clause}")[0].lower().split() if frame else []
    if not opener:
        return []
    size = len(opener)
    return [
        t.i + size
        for t in doc
        if t.i + size < len(doc) and [u.lower_ for u in doc[t.i : t.i + size]] == opener
    ]


def _clause(doc: Doc, start: int) -> list[Token]:
    out: list[Token] = []
    for t in doc[start:]:
        if t.text in _CLAUSE_END or (t.pos_ == "CCONJ" and len(out) > 1):
            break
        out.append(t)
    return out
