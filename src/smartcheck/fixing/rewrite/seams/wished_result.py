"""Someone else's wish made the result of the writer's step: '..., zodat hij het mij graag
wil leren', '..., so that he wants to teach me'.

The frame that puts an outcome after the writer's own part ('zodat {clause}', 'so that
{clause}'; the pack's ``for_others``) says what the step brings about. A wish of another
person told as that outcome ("Hij wil het mij graag leren in de wintermaanden" -> "In de
wintermaanden ga ik [concreet gedrag], zodat hij het mij graag wil leren") says the writer
works to make them want it: the meaning is lost. A wish is no result the writer brings
about (JUDGING A: someone else's wish, an outcome someone else decides). Judged by parse:
in the clause after the frame's opening, up to its first comma, a verb of wanting (the
pack's ``wanting_verbs``, by lemma) whose subject is that clause's first word and not the
writer ('zodat de klant krijgt wat hij wil' is the result's own object clause). The credit after a
comma ('..., zoals mijn leidinggevende wil') stands outside that clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Dependency labels of a subject.
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj"})


def wish_as_result(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A verb of another person's wanting inside the result clause after the writer's step."""
    frame = style.frames.for_others
    if frame is None or not style.wanting_verbs:
        return []
    opening = frame.split("{clause}")[0].lower().split()
    if not opening:
        return []
    writer = {s.lower() for s in style.subjects}
    words = [t.lower_ for t in doc]
    size = len(opening)
    for start in range(len(doc) - size):
        if words[start : start + size] != opening:
            continue
        first = doc[start + size] if start + size < len(doc) else None
        if first is None or first.lower_ in writer:
            continue  # 'zodat ik ...': the writer's own result
        for token in doc[start + size :]:
            if token.text in ",;.!?":
                break
            if token.lemma_.lower() not in style.wanting_verbs:
                continue
            bearers = (token, token.head) if token.dep_ == "aux" else (token,)
            subjects = [  # an auxiliary's subject hangs on its verb ('wil ... leren')
                c for t in bearers for c in t.children if c.dep_ in _SUBJECTS
            ]
            if any(c.left_edge.i == first.i for c in subjects):  # 'zodat hij ... wil'
                return [Seam("contradiction", f"the wish {token.text!r} made a result", ("wish",))]
    return []
