"""An act the writer asks leave for after the aim, whatever the act is: the means of the aim.

"Learn more about hydrogen installations, we get more questions about them. Could I join the
working group?", "Ik wil de nieuwe planningstool goed leren kennen. Mag ik meedraaien in het
pilotteam?", "I'd like to understand our pricing. Could I sit in on the quarterly review?":
the writer names where to go and then asks the one who decides for a step ('Could I', 'Mag
ik'; the pack's ``asked_modals`` with the writer). A step asked that way is a proposal of the
writer's own, whether it is a course, a route or any other act, so it is the means the aim
comes down to (asked_means.py commits it, the aim its purpose). A hedged act ('Maybe I could
...') or one that only points back at the aim ('Could I do that next year?', 'Kan ik daar
tijd voor krijgen?') names no step of its own and is left to the other readings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word

#: Word classes that name the act's own object ('the working group', 'het pilotteam').
_NAMING = frozenset({"NOUN", "PROPN"})


def own_object(rest: list[Word], style: RewriteStyle) -> bool:
    """Does the act ``rest`` (the words after 'Could I') name a thing of its own, and point
    back at nothing ('it', 'that', 'daarvoor'; a pronoun or the pack's ``purpose_pointers``)?"""
    pointers = {p.lower() for p in style.purpose_pointers if " " not in p}
    if any(w.pos == "PRON" or w.lower in pointers for w in rest):
        return False
    return any(w.pos in _NAMING for w in rest[1:])


def leave_asked(sentence: list[Word], style: RewriteStyle) -> bool:
    """Is ``sentence`` a question in which the writer asks leave for an act of its own
    ('Could I join the working group?', 'Kan ik aansluiten bij de werkgroep?'): opened by the
    writer and an asking modal, no hedge, the act after them naming its own object? An aim
    told as a bare act before it ('Learn more about X.') is what that act serves."""
    said = [w for w in sentence if w.is_word]
    if len(said) < 3 or sentence[-1].text != "?":
        return False
    subjects = {s.lower() for s in style.subjects}
    pair = (said[0].lower, said[1].lower)
    if not (pair[0] in style.asked_modals and pair[1] in subjects):
        return False
    return own_object(said[2:], style)
