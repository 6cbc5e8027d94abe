"""A move to a role told without its verb: 'Misschien over een paar jaar door naar lead CRA.'

Writers name the next role as a direction only ("door naar teamleider", "door naar hoofd
inkoop"): the verb of growing into it is left out. The frames read the phrase as a topic
and hang it after the behaviour placeholder ("Vóór [datum] ga ik [concreet gedrag], door
naar lead CRA, ..."), which is no sentence. The move takes its verb (the pack's
``rewrite.verbless_moves``: "door naar" -> "doorgroeien naar") and the goal is read again as
written otherwise, so its hedge, its far time and a question after it are read as for any
far role ("..., om door te groeien naar lead CRA. Wat is daarvoor nodig?").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Parts of speech that show the sentence has a verb of its own before the phrase ('ik *ga*
#: door naar de volgende klant': going on, no move to a role).
_VERBS = frozenset({"VERB", "AUX"})


def move_told(goal: Goal, style: RewriteStyle) -> str | None:
    """The goal's text with its verbless move given its verb; None when it has none, or the
    phrase follows a verb of its sentence."""
    words = words_of(goal)
    for phrase, verb in style.verbless_moves.items():
        found = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", goal.text, re.IGNORECASE)
        if found is None:
            continue
        opening = max(goal.text.rfind(mark, 0, found.start()) for mark in ".!?") + 1
        before = [w for w in words if opening <= w.start < found.start()]
        if any(w.pos in _VERBS for w in before):
            return None
        told = verb if not goal.text[found.start()].isupper() else verb[:1].upper() + verb[1:]
        return goal.text[: found.start()] + told + goal.text[found.end() :]
    return None
