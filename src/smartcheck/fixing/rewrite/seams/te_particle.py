"""Dutch: 'te' before a separable verb written joined ('te klaarzetten', 'te opruimen').

A separable verb takes its 'te' between particle and verb ("klaar te zetten", "op te
ruimen", "aan te vragen"); a frame that puts 'te' before the verb as the writer wrote it
("om ... de playlist te klaarzetten") writes a form no Dutch speaker writes. Judged by the
pack's ``separable_particles`` and the dictionary: the word after 'te' is a particle and a
verb the dictionary knows, as the purpose frame splits it (:func:`te_before`). A particle
that also makes inseparable verbs (the pack's ``double_particles``: 'voorkómen',
'overleggen', 'doorzoeken') is no proof, and a word the writer wrote after 'te' is theirs.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.purpose import te_before
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def te_before_particle(
    candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """'te' right before a joined separable verb the goal did not write after 'te'."""
    if style.word_order != "v2" or not style.infinitive_markers:
        return []
    marker = style.infinitive_markers[0].lower()
    double = {w.lower() for w in ctx.pack.words("double_particles")}
    words = candidate.split()
    written = " ".join(goal.text.lower().split())
    seams = []
    for before, word in pairwise(words):
        verb = word.strip(".,;:!?()").lower()
        if before.lower() != marker or not verb.isalpha():
            continue
        split = te_before(verb, marker, ctx)
        if len(split) != 3 or split[0] in double or not known_word(split[2], ctx.pack.lang):
            continue
        if f"{marker} {verb}" in written:
            continue  # the writer's own words
        seams.append(Seam("word_order", f"'{marker} {verb}': not '{' '.join(split)}'", (verb,)))
    return seams
