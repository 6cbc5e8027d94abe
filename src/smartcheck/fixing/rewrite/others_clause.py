"""A piece that goes on with a clause about other people: part of the goal's object.

"Beter omgaan met klanten *die thuis zijn en de hele tijd meekijken*" and "Be better at
dealing with upset customers, *when they have rats in the kitchen and start to panic*": the
second verb shares the other people's clause (its relative pronoun, or a subordinator and a
subject that is not the writer) and tells what *they* do. The reading stage may cut a goal
piece there; split off, it becomes the writer's goal ("By [date], I will start to panic").
Such a sentence is one goal: the clause stays with the object it describes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import TextSpan

#: Marks that end the clause before a piece.
_CUTS = frozenset({",", ";", ".", "!", "?", ":"})
#: Penn tags of English relative pronouns ('who', 'that', 'which').
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def continues_others(
    doc: Doc, pieces: tuple[TextSpan, ...], heads: tuple[TextSpan, ...], ctx: RuleContext
) -> bool:
    """Does a later piece, with no subject of its own, go on with a clause about others
    that stands right before it (since the last comma before it), the previous piece's verb
    before that clause or the clause's own verb?"""
    pronouns = {w.lower() for w in ctx.pack.words("subject_pronouns")}
    for n in range(1, min(len(pieces), len(heads))):
        own = [  # 'en ik wil ...', 'and my team will ...'; not 'alles', read as a subject
            t
            for t in doc
            if pieces[n].start <= t.idx < heads[n].start
            and t.dep_.startswith("nsubj")
            and (t.lower_ in pronouns or t.pos_ in ("NOUN", "PROPN"))
        ]
        if own:
            continue
        before = [t for t in doc if pieces[n - 1].start <= t.idx < pieces[n].start]
        cut = max((i for i, t in enumerate(before) if t.text in _CUTS), default=-1)
        subject = _others_subject(before[cut + 1 :], ctx)
        head = next((t for t in before if t.idx == heads[n - 1].start), None)
        if subject is None or head is None:
            continue
        if head.i < subject.i or subject.head.i == head.i:
            return True
    return False


def _others_subject(clause: list[Token], ctx: RuleContext) -> Token | None:
    """The subject of a clause about others in ``clause``: a relative pronoun (the pack's
    ``relative_words``, as the tagger reads it), or a subject pronoun other than the
    writer's after a subordinator; with a verb after it."""
    relatives = {w.lower() for w in ctx.pack.words("relative_words")}
    joins = {w.lower() for w in ctx.pack.words("subordinators") if " " not in w}
    joins |= {w.lower() for w in ctx.pack.words("condition_markers") if " " not in w}
    writer = {w.lower() for w in ctx.pack.words("first_person_subject")}
    others = {w.lower() for w in ctx.pack.words("subject_pronouns")} - writer
    for n, t in enumerate(clause):
        rest = clause[n + 1 :]
        if not any(r.pos_ in ("VERB", "AUX") for r in rest):
            continue
        if t.lower_ in relatives and (
            "Rel" in t.morph.get("PronType", []) or t.tag_ in _RELATIVE_TAGS
        ):
            return t
        if t.lower_ in joins and rest and rest[0].lower_ in others:
            return rest[0]
    return None
