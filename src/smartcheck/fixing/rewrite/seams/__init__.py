"""The seam detector: parse a candidate rewrite again and say where it is broken.

A template rewrite moves, drops and adds words; where that goes wrong a reader sees a seam:
two finite verbs in one clause ("ga ik voor rond ik"), a verb without its subject ("By June,
work on ..."), a fronted clause with a stray comma, two deadlines, a negation or modal that
went missing, a label or BOM copied from the input, or English word order in Dutch ("Vóór
juni ik ga", "ik ga maken de rapportage"). The rewriter shows no candidate with a seam.

The checks, a module per kind of seam:

- ``surface``: what the text shows without a parse (markers, labels, punctuation, capitals);
- ``deadlines``: one deadline at most, where it stands, no past committed to;
- ``kept_words``: the writer's content words, negations and modals stay;
- ``commitment``: the writer's commitment lands on the writer's own verb;
- ``placement``: no word put between words that belong together, or where a topic belongs;
- ``framed_clauses``: the own part's that-clause and the purpose's infinitive clause;
- ``clauses`` (on ``segments``): clause structure, one finite verb and a subject per clause;
- ``dutch_order``: verb second, verbs last in a subordinate clause, 'te' where it goes;
- ``verb_slot``: the word in the finite verb's slot is a verb, not a noun of the goal;
- ``observed``: another person's observation of the writer is never committed to;

sharing ``tokens`` (how a token the tagger may misread is read) and ``phrases`` (a frame's
words in a candidate). ``parses`` reads the candidates, in batches; ``detector`` runs the
checks. The names below are the package's public face: import them from here.
"""

from __future__ import annotations

from smartcheck.fixing.rewrite.seams.detector import find_seams, has_seam
from smartcheck.fixing.rewrite.seams.kinds import Seam, SeamKind
from smartcheck.fixing.rewrite.seams.parses import SeamParses, seam_pipeline, stand_ins
from smartcheck.fixing.rewrite.seams.tokens import inflects_as_verb

__all__ = [
    "Seam",
    "SeamKind",
    "SeamParses",
    "find_seams",
    "has_seam",
    "inflects_as_verb",
    "seam_pipeline",
    "stand_ins",
]
