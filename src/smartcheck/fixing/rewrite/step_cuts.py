"""Where a remark ends and a step the writer hedges after it begins, inside one sentence.

"Ik twijfel of ik dat kan, misschien eerst een cursus?", "My manager says I'm not ready, so
maybe first shadow him?": the remark before the comma is the writer's doubt or another
person's view, the hedged step after it the writer's (offered_steps.py). A conclusion word
that joined them ('dus', 'so'; the pack's ``voice_tails``) goes when the remark is kept as a
sentence of its own: the seam check counts it dropped on purpose (:func:`tail_spans`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_means import hedged_cut
from smartcheck.fixing.rewrite.means import goal_sentences

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word
    from smartcheck.reading.goal import Goal

#: The cut before a hedged step after a conclusion word: the comma and the word.
_TAIL_CUT = 2


def tail_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where a conclusion word stands between a remark and a hedged step ('..., *dus*
    misschien eerst ...'): the remark is kept as a sentence of its own and the step
    committed after it, so the word that joined them goes."""
    spans = []
    for sentence in goal_sentences(goal, style):
        cut = step_cut(sentence, style)
        if cut is not None and cut[1] - cut[0] == _TAIL_CUT:
            tail = sentence[cut[0] + 1]
            spans.append((tail.start, tail.end))
    return spans


def step_cut(sentence: list[Word], style: RewriteStyle) -> tuple[int, int] | None:
    """Where the remark before a hedged step ends and the step begins: at the comma before
    the hedge, or before the conclusion word and the hedge ('..., so maybe first shadow
    him'; the pack's ``voice_tails``), which goes with the remark's cut."""
    cut = hedged_cut(sentence, style)
    if cut is not None:
        return cut, cut + 1
    tails = {t for t in style.voice_tails if " " not in t}
    hedges = style.one_word_hedges
    for k, w in enumerate(sentence[:-3]):
        after = sentence[k + 1 : k + 3]
        if k and w.text == "," and after[0].lower in tails and after[1].lower in hedges:
            return k, k + _TAIL_CUT
    return None
