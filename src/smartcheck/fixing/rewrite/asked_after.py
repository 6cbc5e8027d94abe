"""A difficulty told first, then a step asked for it: 'Het overbruggingsbeleid vind ik nog
lastig. Kan ik daar scholing in krijgen of met de arts meekijken?', 'I find the new rota
software hard. Could I get a training in it or shadow the planner for a day?'.

The first sentence names what the writer finds hard (the pack's ``difficulties``, or a feeling
of ``remark_feelings``), with the writer in it; the question after it asks the one who decides
for the step that helps (asked_steps.py reads it as it reads a question told first). The
difficulty is no goal and stays as written before the committed step: the step points back
at it ('daar', 'it'), so it keeps its place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, capitalise, closed, join

if TYPE_CHECKING:
    from smartcheck.configuration.lexicon_keys import LexiconKey
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Pack keys of what the writer finds hard or uneasy.
_HARD: tuple[LexiconKey, ...] = ("difficulties", "remark_feelings")


def difficulty_first(sentence: list[Word], goal: Goal, ctx: RuleContext) -> str | None:
    """``sentence`` (the goal's first, read as words) as written, when it only tells a
    difficulty of the writer's (see the module); None when it tells anything more: a
    question, a time, a number."""
    if not sentence or sentence[-1].text == "?":
        return None
    start, end = sentence[0].start, sentence[-1].end
    if any(start <= d.start < end for d in goal.deadlines):
        return None
    if re.search(r"\d", goal.text[start:end]):
        return None
    writer = {w.lower() for w in ctx.pack.words("first_person_subject")}
    if not any(w.lower in writer for w in sentence):
        return None
    if not any(start <= m.start < end for key in _HARD for m in ctx.find(goal, key)):
        return None
    return closed(capitalise(join(sentence)))
