"""A duty laid on no one that leaves its verb out, told with it.

'Er moeten minder fouten in de inspecties', 'Er moet meer structuur in het overleg': Dutch
drops the verb of coming to be after the modal, so the clause has a modal and no act, and
every frame read it as one ('ga ik er moeten minder fouten ...'). With the verb put back at
the end of its clause (the pack's ``rewrite.elliptic_duty_verb``: 'komen') it is an
impersonal duty like 'Er moet meer samenwerking komen', which the rewrite makes the writer's
own part (JUDGING A). Only the first clause of the text, up to its first comma or full stop,
and only when no other verb stands in it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Where the duty's clause ends: the first comma, semicolon or end of sentence.
_CLAUSE_END = re.compile(r"\s*[,;.!?]|\s*$")


def duty_verb_supplied(goal: Goal, style: RewriteStyle) -> str | None:
    """The goal's text with the verb its opening duty left out put back at the end of that
    clause ('Er moeten minder fouten in de inspecties, ...' -> 'Er moeten minder fouten in de
    inspecties komen, ...'); None when the text opens with no such duty or its clause has a
    verb of its own."""
    if not style.elliptic_duty_verb or not style.elliptic_duty_openers:
        return None
    text = goal.text
    lead = len(text) - len(text.lstrip())
    lowered = text[lead:].lower()
    opener = next(
        (o for o in style.elliptic_duty_openers if re.match(rf"{re.escape(o)}\b", lowered)), None
    )
    if opener is None:
        return None
    start = lead + len(opener)
    end_found = _CLAUSE_END.search(text, start)
    end = end_found.start() if end_found is not None else len(text)
    inside = [w for w in words_of(goal) if start <= w.start < end and w.is_word]
    if len(inside) < 2 or any(w.pos in ("VERB", "AUX") for w in inside):
        return None
    return f"{text[:end]} {style.elliptic_duty_verb}{text[end:]}"
