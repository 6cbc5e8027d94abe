"""A goal that opens with how a thing is now, then a comma and the writer's clause: 'De
werkplaats is altijd een chaos, ik wil dat ...', 'The stockroom is always a mess, I will
...'.

The opening clause tells the state of things the goal should change (a copula with a thing,
not the writer, as its subject, and no modal or commitment): it is context, not a target.
Dated or bounded, it read 'De afdeling is vóór [datum] in [aantal] van de 10 gevallen
rommelig' (seams/dated_state.py refuses that). The rest is judged and rewritten as the goal,
the state kept before it as a sentence of its own, as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.seams.dated_state import thing_state
from smartcheck.fixing.rewrite.situation import Situated
from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Fewest words the writer's clause after the state needs to be read as the goal.
_GOAL_WORDS = 3


def state_first(goal: Goal, style: RewriteStyle) -> Situated | None:
    """The goal after an opening state of things, with that state as the sentence before
    it; None when the text opens otherwise."""
    doc = goal.doc
    if doc is None:
        return None
    comma = next((t for t in doc if t.text == ","), None)
    if comma is None or comma.i < 2 or any(t.text in ".;:!?" for t in doc[: comma.i]):
        return None
    clause = list(doc[: comma.i])
    commit = set(commitment_words(style)) | {m.lower() for m in style.modals}
    if any(t.lower_ in commit for t in clause) or not thing_state(clause):
        return None
    rest = goal.text[comma.idx + 1 :].strip()
    if len(rest.split()) < _GOAL_WORDS:
        return None
    state = goal.text[: comma.idx].strip()
    return Situated(goal=capitalise(rest), before=(f"{capitalise(state)}.",))
