"""A note's own words end where a subordinate clause in it begins.

'Veiliger werken. Altijd aangelijnd, ook als het even snel moet.': the note after the
fragment is a rule of the writer's ('altijd aangelijnd'), and the clause after it says when
it holds, with a subject and a modal of its own ('als het even snel moet'). The noted reading
(noted.py) took that modal for the writer's goal and gave up on the text: only the
structured fallback was shown, with the absolute unbounded. Only the note's words before its
first subordinator (a conjunction the tagger marks, or one of the pack's ``clause_openers``)
can hold the writer's own modal or subject, and a note tells something (a sentence of its
own after the rewrite) only with a finite verb there, or with a subject there whose verb
the tagger missed ('My boss got some feedback from parents that it was chaotic').

A note that hedges the means it names ('Meer kennis over X, misschien via een e-learning of
intervisie') is the writer's way there: the rewrite commits the goal, so the hedge goes (as
an asked means is committed, asked_means.py) and the means stays after the fragment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word


def own_part(told: Sequence[Word], style: RewriteStyle) -> Sequence[Word]:
    """The note's words before its first subordinate clause, one with a subject of its own
    ('als *het* even snel moet'; not 'from sitting ...', a gerund's phrase): all of them when
    it has none; none are cut from its first word (a note that opens a clause is whole)."""
    openers = {w.lower() for w in style.clause_openers}
    at = next(
        (
            n
            for n, w in enumerate(told)
            if n
            and (w.pos == "SCONJ" or w.lower in openers)
            and any(u.dep.startswith("nsubj") for u in told[n + 1 :])
        ),
        len(told),
    )
    return told[:at]


def hedged_means(told: Sequence[Word], style: RewriteStyle) -> bool:
    """The note opens with a one-word hedge before a preposition ('misschien via een
    e-learning', 'maybe through a course'): a means the writer is unsure of."""
    return (
        len(told) > 2
        and told[0].lower in style.one_word_hedges
        and (told[1].lower in style.prepositions or told[1].pos == "ADP")
    )


def tells(
    main: Sequence[Word],
    told: Sequence[Word],
    finite: Callable[[Word, RewriteStyle], bool],
    style: RewriteStyle,
) -> bool:
    """The note (``told``, its own part ``main``) tells something with a clause of its own:
    a finite verb in its own part, or a finite verb anywhere and a subject in its own part."""
    if any(finite(w, style) for w in main):
        return True
    subject = any(w.dep.startswith("nsubj") for w in main)
    return subject and any(finite(w, style) for w in told)
