"""Dutch: an added deadline between the finite verb and the subject after it ('Dat doe
*tot [datum]* ik door ...').

In a clause that opens with another phrase ('Dat', 'Daarna', 'In mei'), the finite verb
comes second and the subject right after it ('Dat doe ik ...'); a deadline put in after
the verb splits the pair that belongs together. Verb-second languages only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.deadlines import added_deadlines
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import is_finite
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc


def deadline_inside_inversion(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """Each added deadline right after a finite verb and right before the writer as its
    subject."""
    if style.word_order != "v2":
        return []
    subjects = {s.lower() for s in style.subjects}
    return [
        Seam("word_order", f"the deadline between {verb.text!r} and {me.text!r}", ("inverted",))
        for verb, me in added_deadlines(doc)
        if me.lower_ in subjects and verb.pos_ in ("VERB", "AUX") and is_finite(verb)
    ]
