"""A word the rewrite glued out of the writer's purpose: 'om te zien' became 'omzien'.

'Kan ik een dag meelopen bij de smid om te zien hoe hoefijzers gemaakt worden?': a step that
tells an asked te-infinitive bare joins a separable particle before the marker to the verb
('mee te lopen' -> 'meelopen'), and read the purpose's 'om' as such a particle: '... bij de
smid omzien hoe ...', a word the writer never wrote and a verb that means something else.
Only the infinitive of a verb that takes a te-infinitive, or an adverb, right before the
particle, leaves it to the verb ('leren om te gaan met' is 'leren omgaan met'); after a
phrase ('bij de smid om te zien') or another verb ('een week werken om te kijken') the
writer's 'om te' opens a purpose and stays.

The check: a word of the rewrite the goal does not hold, made of the purpose frame's opener
and the verb after the infinitive marker that follows it in the goal ('om' + 'te' + 'zien'),
where the word before the opener is neither an adverb or adjective ('beter om te gaan met':
'beter omgaan met') nor the infinitive of such a verb. Another separable particle before the
marker is the verb's own ('minder over te werken': 'minder overwerken'). Languages without
separable verbs never glue so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.reading.goal import Goal


def glued_purpose(
    doc: Doc, goal: Goal, takes_te: frozenset[str], style: RewriteStyle
) -> list[Seam]:
    """Each word of ``doc`` (the rewrite) glued from the goal's '<word> te <verb>' after
    anything but the infinitive of a verb of ``takes_te`` (the lemmas of the pack's
    ``complement_verbs`` and ``control_verbs``)."""
    if goal.doc is None or style.word_order != "v2":
        return []
    markers = {m.lower() for m in style.infinitive_markers}
    frame = (style.frames.purpose or "").split()
    opener = frame[0].lower() if frame and "{" not in frame[0] else ""
    written = {t.lower_ for t in goal.doc}
    glued: dict[str, Token] = {}
    for t in goal.doc[2:-1]:
        before, verb = t.nbor(-1), t.nbor(1)
        if t.lower_ not in markers or before.lower_ != opener or not verb.is_alpha:
            continue
        first = before.nbor(-1)
        if first.pos_ in _BEFORE_PARTICLE or _infinitive(first, takes_te):
            continue  # 'beter om te gaan met', 'leren om te gaan met': 'omgaan met'

        glued[before.lower_ + verb.lower_] = before
    seams = []
    for t in doc:
        if t.lower_ in glued and t.lower_ not in written:
            detail = f"{t.text!r} glued from the writer's {glued[t.lower_].text!r} + 'te'"
            seams.append(Seam("lost_words", detail, (t.lower_, "glued-purpose")))
    return seams


#: Word classes after which 'om te' holds a separable particle ('beter om te gaan met').
_BEFORE_PARTICLE = frozenset({"ADV", "ADJ"})


def _infinitive(token: Token, takes_te: frozenset[str]) -> bool:
    infinitive = token.pos_ in ("VERB", "AUX") and "Inf" in token.morph.get("VerbForm", [])
    return infinitive and token.lemma_.lower() in takes_te
