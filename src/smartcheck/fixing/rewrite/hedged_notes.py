"""A note that weighs a means as a thing: 'Meer leren over X, misschien een rotatie bij dat
team?', 'Meer weten over de cao, eventueel een cursus bij de vakbond'.

After the fragment the writer names a thing that might get them there, opened by a hedge
(the pack's ``rewrite.suggestion_openers``: misschien, eventueel, maybe, perhaps) and no
preposition (a hedged means with one, 'misschien via een e-learning', loses only its hedge:
note_clauses.hedged_means). Put back as written, the hedge is committed inside the goal
('ga ik leren over X, misschien een rotatie ..., zodat ik ...'), which still hedges and reads
as a second object. The thing is kept as the example of the means, as a question after the
goal keeps it (``frames.as_example`` with ``example_preposition``: 'bijvoorbeeld met een
rotatie bij dat team').
"""

from __future__ import annotations

from collections.abc import Sequence

from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import Word, join

#: Word classes that open a noun phrase after the hedge ('een rotatie', 'de cursus', 'twee
#: dagen meelopen' is no thing: its verb makes it an act).
_THING = frozenset({"DET", "NUM"})


def example_note(told: Sequence[Word], style: RewriteStyle) -> str | None:
    """The note as the example of the means ('bijvoorbeeld met een rotatie ...'), or None
    when it opens with no hedge before a noun phrase, or holds a verb."""
    frame = style.frames.as_example
    if frame is None or not style.example_preposition or len(told) < 3:
        return None
    if told[0].lower not in style.suggestion_openers or told[1].pos not in _THING:
        return None
    if any(w.pos in ("VERB", "AUX") for w in told[1:]):
        return None  # 'misschien een keer meelopen': an act, read elsewhere
    return frame.format(means=f"{style.example_preposition} {join(list(told[1:]))}")
