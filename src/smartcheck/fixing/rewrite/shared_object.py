"""Two acts on one thing, told as coordinated goals: 'meer vrijwilligers werven en ze beter
begeleiden', 'recruit more volunteers and train them better'.

The reading stage cuts a sentence into one piece per goal verb, and the split gives each
piece a sentence of its own. A later act that takes the thing of the act before it by a
pronoun (the pack's ``back_pronouns``: 'ze', 'them', 'it') is the same goal's second step:
cut off, its pronoun points at nothing ('Ik wil ze beter begeleiden.'), and in Dutch it even
reads as the subject ('Ze beter begeleiden.'). Such a piece stays with the piece before it;
the other goals of the sentence are still split off ('..., en daarnaast de samenwerking
met de wijkagent verbeteren' is a goal of its own). So does a piece after a comma that
names the thing before it by a vague example (the pack's ``vague_topic_openers``: 'een
cursus volgen, *iets met* Canva of korte filmpjes maken'): the course's kind, no goal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.reading.goal import TextSpan

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc


def joined_back(
    doc: Doc,
    text: str,
    pieces: tuple[TextSpan, ...],
    heads: tuple[TextSpan, ...],
    pronouns: Iterable[str],
    examples: Iterable[str] = (),
) -> tuple[tuple[TextSpan, ...], tuple[TextSpan, ...]]:
    """``pieces`` and ``heads`` with each piece that points back by an object pronoun, or
    that names the thing before it by an example (``examples``: 'iets met', 'something
    with'), joined to the piece before it (that piece's head stays the goal's head)."""
    back = {p.lower() for p in pronouns}
    openers = [e.lower().split() for e in examples]
    joined: list[TextSpan] = []
    kept: list[TextSpan] = []
    for piece, head in zip(pieces, heads, strict=True):
        if joined and (_points_back(doc, piece, back) or _example(text, piece, openers)):
            start = joined[-1].start
            joined[-1] = TextSpan(text=text[start : piece.end], start=start, end=piece.end)
            continue
        joined.append(piece)
        kept.append(head)
    return tuple(joined), tuple(kept)


def _points_back(doc: Doc, piece: TextSpan, back: set[str]) -> bool:
    """The piece holds one of the pronouns as a pronoun (not 'het' as an article) and no
    finite verb of its own ('en ze gaan ...' is someone else's act, not the thing's)."""
    words = [t for t in doc if piece.start <= t.idx < piece.end]
    finite = any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", [])
        for t in words
        if t.tag_ not in ("VB", "VBP")  # English: an imperative's base form is no tense
    )
    return not finite and any(t.lower_ in back and t.pos_ == "PRON" for t in words)


def _example(text: str, piece: TextSpan, openers: list[list[str]]) -> bool:
    """The piece follows a comma and opens with a vague example of the thing before it
    ('een cursus volgen, *iets met* Canva of korte filmpjes maken'): that thing's kind,
    told by example, no goal of its own."""
    if not text[: piece.start].rstrip().endswith(","):
        return False
    words = piece.text.lower().split()
    return any(words[: len(o)] == o for o in openers)
