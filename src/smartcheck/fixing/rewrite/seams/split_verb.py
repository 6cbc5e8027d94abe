"""Dutch verb order a rewrite breaks when it keeps a goal's finite clause as it stood.

A separable verb after a modal stands whole at the clause end ('ga ik de procedure
*uitleggen*'); its particle stranded later in the clause ('ga ik de stagiairs *leggen* ...
de procedure *uit*') is the finite verb's order of the goal kept inside the commitment.

A goal about others ("De stagiairs leggen de procedure uit") read as the writer's own puts
its finite verb after the frame's modal with the particle still at the end: a sentence no
Dutch writer makes. Verb-second languages with separable verbs only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import finite_by_stem
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext

_CLAUSE_BREAKS = frozenset({"CCONJ", "SCONJ"})


def particle_after_infinitive(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """An -en verb after a modal with a particle that joins it into a known verb standing
    at the end of the same clause."""
    if style.word_order != "v2" or not style.modals:
        return []
    particles = frozenset(w.lower() for w in ctx.pack.words("separable_particles"))
    seams: list[Seam] = []
    modal_seen = False
    verbs: list[Token] = []
    for token in doc:
        if token.is_punct or token.pos_ in _CLAUSE_BREAKS:
            modal_seen, verbs = False, []
            continue
        word = token.lower_
        if word in style.modals:
            modal_seen = True
        elif modal_seen and word.endswith("en") and token.is_alpha and len(word) > 3:
            verbs.append(token)
        elif modal_seen and word in particles and _clause_end(token) and not _noun(token):
            joined = [v for v in verbs if known_word(word + v.lower_, doc.lang_)]
            if joined:
                whole = word + joined[-1].lower_
                seams.append(Seam("word_order", f"{whole!r} split after the modal", (whole,)))
    return seams


def _noun(token: Token) -> bool:
    """A particle's word after an article ('Werken op *de weg*'): a noun, no particle."""
    return token.i > 0 and token.nbor(-1).pos_ == "DET"


def _clause_end(token: Token) -> bool:
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is None or after.is_punct or after.pos_ in _CLAUSE_BREAKS


def inverted_after_comma(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """Dutch: a clause that opens with its finite verb and the writer ('…, *rond ik* de
    cursus af') after a comma, in a sentence whose main clause already has the writer as
    its subject ('Vóór juni ga ik [concreet gedrag], rond ik ...'): the goal's inverted
    clause lost the front it stood after. After a fronted subordinate clause ('Als het lukt,
    rond ik ...') the inversion is the main clause's own."""
    if style.word_order != "v2":
        return []
    subordinators = frozenset(w.lower() for w in ctx.pack.words("subordinators"))
    seams: list[Seam] = []
    for sentence in doc.sents:
        tokens = [t for t in sentence if not t.is_space]
        if not tokens or tokens[0].lower_ in subordinators:
            continue
        writer_seen = False
        for n, token in enumerate(tokens):
            if token.lower_ in style.subjects and n:
                writer_seen = True
            if token.text != "," or not writer_seen or n + 2 >= len(tokens):
                continue
            verb, subject = tokens[n + 1], tokens[n + 2]
            if subject.lower_ in style.subjects and _verb_form(verb, style, subordinators):
                seams.append(
                    Seam(
                        "word_order",
                        f"{verb.text!r} before {subject.text!r} after a comma",
                        ("v1",),
                    )
                )
    return seams


def _verb_form(token: Token, style: RewriteStyle, subordinators: frozenset[str]) -> bool:
    """A word before the writer's pronoun that can only be its verb: no conjunction or
    adverb opens a clause there. A verb stem the tagger calls a preposition counts ('rond
    ik': no preposition stands before a subject pronoun)."""
    if not token.is_alpha or token.lower_ in subordinators:
        return False
    if token.pos_ in ("ADV", "SCONJ", "CCONJ", "PRON", "DET"):
        return False
    return (
        token.lower_ in style.modals
        or token.pos_ in ("VERB", "AUX", "ADP")
        or finite_by_stem(token)
    )
