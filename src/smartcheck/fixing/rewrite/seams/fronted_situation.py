"""The writer's situation, told after a fronted adverbial, kept inside the committed
sentence: 'Vóór [datum] ga ik [concreet gedrag] in het inwerken van stagiairs, vooral op
vrijdag gaat het vaak mis met de planning, met als bewijs ...'.

A note tells its goal and where it goes wrong in one line ('beter worden in X, vooral bij
Y gaat het vaak mis'); the frame read the second clause as part of the first and committed
to it, or hung its count and evidence on it. The situation is context: its own sentence
after the goal (fronted_after.py). Judged by parse, as joined_situation.py judges a clause
that opens with its subject: in a sentence with a commitment word, a later stretch between
commas that opens with an adverbial and goes on with a finite verb and a subject of its own
(fronted_after.fronted_finite), written so in the goal; in a sentence without a commitment
word, the frame on the writer's words ('Vaker feedback vragen, op vrijdag schiet het er
bij in, *tot [datum]*'), any stretch after the first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.fronted_after import fronted_finite
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def fronted_situation_inside(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A stretch after the commitment of a sentence that tells the situation after a fronted
    adverbial, as the goal wrote it."""
    commit = commitment_words(style)
    written = " ".join(goal.text.lower().split())
    seams: list[Seam] = []
    for sentence in sentences(doc, keep_end=False):
        if not sentence:
            continue  # '..!': no words between two stops
        at = next((n for n, t in enumerate(sentence) if t.lower_ in commit), -1)
        said = " ".join(
            doc.text[sentence[0].idx : sentence[-1].idx + len(sentence[-1])].lower().split()
        )
        if at < 0 and said.strip(" .!?;") in written:
            continue  # the writer's sentence kept as written: context, no frame on it
        for stretch in _stretches(sentence[at + 1 :])[1:]:
            finite = fronted_finite(stretch, style)
            if finite is None:
                continue
            told = stretch[0].doc.text[stretch[0].idx : stretch[finite].idx + len(stretch[finite])]
            if " ".join(told.lower().split()) in written:
                detail = f"the situation {told!r} inside"
                seams.append(Seam("context_committed", detail, ("fronted-situation",)))
    return seams


def _stretches(tokens: list[Token]) -> list[list[Token]]:
    """The stretches of ``tokens`` between commas, without their punctuation."""
    found: list[list[Token]] = [[]]
    for t in tokens:
        if t.text == ",":
            found.append([])
        elif not t.is_punct:
            found[-1].append(t)
    return [s for s in found if s]
