"""An act put where the help frame wants a thing ('with the help of *take over* the
briefing', 'met hulp van de overdracht zelf *leiden*').

A means guessed as a thing ('Maybe a buddy system') is told as what the behaviour is done
with: 'with the help of a buddy system', 'met hulp van een maatjessysteem' (the pack's
``frames.means``). A verb phrase the tagger mistook for a thing ('take over the briefing':
'take' read as a noun) in that frame reads broken: 'with the help of take over the
briefing'. The act is the behaviour itself, never the help. Nor is a later step: a word of
sequence after the frame (the pack's ``followup_openers``: 'met hulp van *later*
werkvoorbereider', 'with the help of *then* a course') tells what comes after the goal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import verb_like

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Where the help frame's phrase ends.
_PHRASE_END = frozenset({",", ".", ";", ":", "!", "?"})


def act_as_help(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """The help frame ('with the help of', 'met hulp van') before a verb phrase: an
    English base verb (tagged so, or a word the dictionary knows as a verb before one of
    the pack's ``verb_particles``: 'take over'), a Dutch infinitive in the phrase."""
    frame = style.frames.means
    if not frame or "{means}" not in frame:
        return []
    opening = frame.split("{means}")[0].lower().split()
    if not opening:
        return []
    seams: list[Seam] = []
    size = len(opening)
    sequence = {w.lower() for w in style.followup_openers if " " not in w}
    for t in doc[: len(doc) - size]:
        if [w.lower_ for w in doc[t.i : t.i + size]] != opening:
            continue
        verb = _act_after(doc, t.i + size, style)
        if verb is not None:
            detail = f"the act '{verb.text}' after '{' '.join(opening)}'"
            seams.append(Seam("word_order", detail, (verb.lower_, "helped-act")))
        elif doc[t.i + size].lower_ in sequence:
            later = doc[t.i + size]
            detail = f"a later step '{later.text}' after '{' '.join(opening)}'"
            seams.append(Seam("word_order", detail, (later.lower_, "helped-later")))
    return seams


def _act_after(doc: Doc, at: int, style: RewriteStyle) -> Token | None:
    """The verb of the phrase that starts at ``at``, or None when it names a thing."""
    if style.word_order == "v2":
        for token in doc[at:]:
            if token.text in _PHRASE_END:
                return None
            if token.pos_ == "VERB" and "Inf" in token.morph.get("VerbForm", []):
                return token
        return None
    first = doc[at]
    if first.pos_ in ("VERB", "AUX") and first.tag_ == "VB":
        return first
    after = doc[at + 1] if at + 1 < len(doc) else None
    word = first.lower_
    phrasal = after is not None and after.lower_ in style.verb_particles
    if phrasal and word.isalpha() and not word.endswith("ing") and verb_like(word, "en", style):
        return first
    return None
