"""Dutch: a verb's particle without its verb inside the frame of a wished-for thing ('om
een paar keer *mee* met een bedrijfsarts op werkplekbezoek te krijgen').

A wish told without its verb of motion ('ik wil een paar keer mee met X': meegaan) is no
thing to get: the frame for a wished-for thing (the pack's ``frames.purpose_object``, 'om
{clause} te krijgen') that takes it in leaves the particle with no verb of its own. A
particle right before 'te' is the frame's verb's own ('om het rapport af te krijgen').
Verb-second languages with such a frame only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The dependencies the tagger gives a particle with no verb near it.
_PARTICLE_DEPS = frozenset({"compound:prt", "fixed"})


def _orphaned(token: Token) -> bool:
    """A particle or a preposition with no object: another preposition follows it ('mee
    *met* een bedrijfsarts'; 'bij het team' has its object, whatever the tag)."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    unheaded = token.dep_ in _PARTICLE_DEPS or (token.pos_ == "ADP" and token.dep_ != "case")
    return unheaded and after is not None and after.pos_ == "ADP"


def particle_without_verb(doc: Doc, style: RewriteStyle, particles: frozenset[str]) -> list[Seam]:
    """A separable particle, tagged as one or left without an object, inside 'om ... te
    krijgen' and not right before its 'te': the verb it belongs to is missing."""
    frame = style.frames.purpose_object
    if style.word_order != "v2" or not frame or "{clause}" not in frame:
        return []
    opening, closing = (part.split() for part in frame.split("{clause}"))
    if not opening or len(closing) < 2:
        return []
    seams: list[Seam] = []
    for start in (t.i for t in doc if t.lower_ == opening[-1].lower()):
        end = next(
            (
                t.i
                for t in doc[start + 1 :]
                if t.lower_ == closing[0] and t.i + 1 < len(doc) and t.nbor(1).lower_ == closing[1]
            ),
            None,
        )
        if end is None:
            continue
        for t in doc[start + 1 : end - 1]:
            if t.lower_ in particles and _orphaned(t):
                detail = f"the particle '{t.text}' without its verb in '{frame}'"
                seams.append(Seam("lost_verb", detail, (t.lower_, "orphan-particle")))
    return seams
