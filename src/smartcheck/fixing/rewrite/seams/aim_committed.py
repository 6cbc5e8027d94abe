"""A named aim put right after the commitment: 'ga ik meer kennis van X en afwerken'.

The pack's ``vague_outcome`` names some aims as a comparative and a noun ('meer kennis',
'meer verantwoordelijkheid', 'more responsibility'); the rewrite keeps them whole as the
purpose of a behaviour (rewrite/aim_nouns.py). A frame that commits the writer to the goal's
words puts the aim where the verb goes ('Vóór [datum] ga ik meer kennis van drukinkt en
afwerken'), and a bare infinitive at the end ('afwerken', the object list's last noun)
hides from the checks that look for a verb: the sentence is broken. In a goal with such a
list, the commitment (subject and auxiliary, either order) followed by such a pair is a
seam.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.knowledge import with_article
from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def aim_committed(doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """Each commitment whose next two words are an aim the pack names as a comparative of
    amount and a noun ('ga ik *meer kennis*', 'I will *more responsibility*'); never a vague
    verb the frames keep ('I will get better at', 'ga ik meer leren'). Only for a goal whose
    knowledge list ends in a bare infinitive (knowledge.py): elsewhere a verb after the aim
    takes it as its object ('ga ik meer kennis opdoen over X')."""
    if with_article(goal, ctx, style) is None:
        return []
    amounts = {c.lower() for c in ctx.pack.words("comparatives") if " " not in c}
    aims = {
        v.lower()
        for v in ctx.pack.words("vague_outcome")
        if len(v.split()) == 2 and v.split()[0].lower() in amounts
    }
    if not aims:
        return []
    pair = set(style.subjects) | set(style.subjects.values())
    seams: list[Seam] = []
    for t in doc[1 : len(doc) - 2]:
        if {t.lower_, t.nbor(-1).lower_} <= pair and t.lower_ != t.nbor(-1).lower_:
            said = f"{doc[t.i + 1].lower_} {doc[t.i + 2].lower_}"
            if said in aims and doc[t.i + 2].pos_ not in ("VERB", "AUX"):  # not 'meer leren'
                detail = f"the aim {said!r} right after '{t.nbor(-1).text} {t.text}'"
                seams.append(Seam("lost_verb", detail, ("aim-committed",)))
    return seams
