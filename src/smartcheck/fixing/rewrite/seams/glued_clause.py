"""A clause of its own glued after the writer's commitment: 'Vóór [datum] ga ik *dat moet*
gewoon … goed gaan'.

A sentence whose subject is a pronoun and whose verb is finite ('Dat moet gewoon goed gaan',
'Het kan sneller') has a clause of its own; framed as the writer's act it keeps that finite
verb beside the commitment's. The tagger may hang the pronoun on the second verb as an
expletive and the verb on the commitment as a complement, so the count of finite verbs per
clause misses it: judged by position, a pronoun and then a finite verb right after the
committed auxiliary and its subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import is_finite

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle


def clause_glued_after_commitment(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """Each committed auxiliary and subject ('ga ik') followed by a pronoun and a finite verb."""
    aux = {a.lower() for a in style.subjects.values()}
    me = {s.lower() for s in style.subjects}
    seams: list[Seam] = []
    for n in range(len(doc) - 3):  # positions, not token.i: ``doc`` may be one sentence
        t, subject, pronoun, verb = doc[n], doc[n + 1], doc[n + 2], doc[n + 3]
        if t.lower_ not in aux or subject.lower_ not in me:
            continue
        if pronoun.pos_ == "PRON" and verb.pos_ in ("AUX", "VERB") and is_finite(verb):
            detail = f"{pronoun.text!r} {verb.text!r} after {t.text!r} {subject.text!r}"
            seams.append(Seam("two_finite", detail, (verb.lower_,)))
    return seams
