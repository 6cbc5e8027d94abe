"""A word the rewrite glued out of the writer's purpose: 'om te zien' became 'omzien'.

'Kan ik een dag meelopen bij de smid om te zien hoe hoefijzers gemaakt worden?': a step
that tells an asked te-infinitive bare joins a separable particle before the marker to the
verb ('mee te lopen' -> 'meelopen'), and read the purpose's 'om' as such a particle: '...
bij de smid omzien hoe ...', a word the writer never wrote and a verb that means something
else. Only the infinitive of a verb that takes a te-infinitive, right before the particle,
takes it ('leren om te gaan met' is 'leren omgaan met'); after a phrase ('bij de smid om te
zien') or another verb ('een week werken om te kijken') the writer's 'om te' opens a
purpose and stays.

The check: a word of the rewrite the goal does not hold, made of two of the goal's words that
stood around an infinitive marker ('om' + 'te' + 'zien'), where the word before the first is
no infinitive of such a verb. Languages without separable verbs never glue so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.reading.goal import Goal


def glued_purpose(doc: Doc, goal: Goal, takes_te: frozenset[str], style: RewriteStyle) -> list[Seam]:
    """Each word of ``doc`` (the rewrite) glued from the goal's '<word> te <verb>' after
    anything but the infinitive of a verb of ``takes_te`` (the lemmas of the pack's
    ``complement_verbs`` and ``control_verbs``)."""
    if goal.doc is None or style.word_order != "v2":
        return []
    markers = {m.lower() for m in style.infinitive_markers}
    written = {t.lower_ for t in goal.doc}
    glued: dict[str, Token] = {}
    for t in goal.doc[1:-1]:
        if t.lower_ not in markers:
            continue
        before, verb = t.nbor(-1), t.nbor(1)
        if not (before.is_alpha and verb.is_alpha) or before.lower_ in markers:
            continue
        if before.i > 0 and _infinitive(before.nbor(-1), takes_te):
            continue  # 'leren om te gaan met': 'leren omgaan met', the writer's verb
        glued[before.lower_ + verb.lower_] = before
    seams = []
    for t in doc:
        if t.lower_ in glued and t.lower_ not in written:
            detail = f"{t.text!r} glued from the writer's {glued[t.lower_].text!r} + 'te'"
            seams.append(Seam("lost_words", detail, (t.lower_, "glued-purpose")))
    return seams


def _infinitive(token: Token, takes_te: frozenset[str]) -> bool:
    infinitive = token.pos_ in ("VERB", "AUX") and "Inf" in token.morph.get("VerbForm")
    return infinitive and token.lemma_.lower() in takes_te
