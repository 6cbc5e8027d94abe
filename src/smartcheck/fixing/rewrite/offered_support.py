"""The writer's aim, then another person's hedged offer to support the writer in it.

"I want to grow into the planner role. Sanne could maybe coach me on the next few jobs.",
"Ik wil leren lassen. Henk kan me misschien begeleiden op de werkplaats.": the second
sentence is no goal and no doubt of the writer's: it names who supports the aim and how,
hedged because it is not agreed yet. The aim is rewritten as a goal of its own, agreed
with that person (the frame's support placeholder becomes their name), and the offer is
kept after it without its hedge ("Sanne could coach me on the next few jobs."): the
writer commits, the offer stays the other person's words.

This module reads the offer (:func:`offered_support`); ``WholeTextRewrites._support_offered``
(whole_text.py) rewrites the aim and keeps the first candidate that passes A without a seam.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.voices.clause import names_person
from smartcheck.fixing.rewrite.words import capitalise, closed, join, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def offered_support(sentence: Goal, style: RewriteStyle) -> tuple[str, str] | None:
    """Who offers and the offer without its hedge, when ``sentence`` is another person
    (named before the first verb), a modal of possibility (the pack's ``wish_modals``:
    could, kan), a hedge maybe, and an act with the writer as its object ('Sanne could
    maybe coach me on ...'); None for any other sentence."""
    words = [w for w in words_of(sentence) if w.text.strip()]
    at = next((n for n, w in enumerate(words) if w.pos in ("AUX", "VERB")), None)
    if at is None or at == 0 or at + 2 >= len(words) or words[-1].text == "?":
        return None
    who = words[:at]
    if not names_person(who, style) or words[at].lower not in style.wish_modals:
        return None
    rest = [w for w in words[at + 1 :] if w.lower not in style.one_word_hedges]
    if len(rest) == len(words) - at - 1:
        return None  # no hedge: the offer stated, other readings
    if not any(w.lower in style.object_pronouns for w in rest):
        return None  # no support of the writer's ('Sanne could maybe take the X')
    if not any(w.pos == "VERB" for w in rest):
        return None
    return join(who), closed(capitalise(join([*who, words[at], *rest])))
