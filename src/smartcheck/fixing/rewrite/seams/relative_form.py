"""The verb of a relative clause whose form the rewrite changed.

A relative clause describes a noun of the goal ('het project *waar veel natuursteen ligt*',
'the machines *that keep breaking down*'); its verb agrees with its own subject, not with the
writer's, and the frame that commits the writer's clause has no business with it. A step
that took it for the verb of the writer's clause put it in the infinitive or another person:
'... waar veel natuursteen *liggen*'. The parse of the goal marks the relative clause's verb
(acl:relcl); when the rewrite holds that verb's lemma only in another form, its form was
changed. So is that of a finite verb with a relative word of its own and a noun phrase other
than the writer as its subject (the parse may hang the relative clause wrong: 'waar het
personeel ontbreekt'); a clause another's wish lays on others ('dat het hele team de training
volgt') is the writer's to take on, and its verb may change, as is the act a relative tells
of someone the writer offers to be ('There should be someone who *looks* after X. I could
take that on': 'I will look after X'; taken_relative.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.taken_on import taken_on

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.reading.goal import Goal

#: The dependency labels of a relative clause's verb.
_RELATIVE = frozenset({"acl:relcl", "relcl"})


def relative_verb_changed(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A verb of a relative clause of the goal, or a finite verb with a subject of its own
    that is not the writer, that the rewrite holds only in another form."""
    if goal.doc is None:
        return []
    kept = {t.lower_ for t in doc}
    me = _writers(style)
    seams = []
    for verb in goal.doc:
        if verb.pos_ not in ("VERB", "AUX") or not verb.is_alpha:
            continue
        if verb.dep_ not in _RELATIVE and not _others_relative(verb, me, style):
            continue
        taken = verb.dep_ in _RELATIVE and verb.head.lower_ in style.taken_subjects
        if taken and taken_on(goal, style) is not None:
            continue  # 'someone who looks after X. I could take that on': the writer's act
        if verb.lower_ in kept:
            continue
        lemma = verb.lemma_.lower()
        changed = next(
            (t for t in doc if t.lemma_.lower() == lemma and t.pos_ in ("VERB", "AUX")), None
        )
        if changed is None or changed.lower_ == verb.lower_:
            continue
        if sum(t.lemma_.lower() == lemma for t in goal.doc) > 1:
            continue  # the same verb told twice in the goal: which one moved is unclear
        detail = f"the relative clause's {verb.text!r} changed to {changed.text!r}"
        seams.append(Seam("lost_tense", detail, (changed.lower_, "relative-form")))
    return seams


def _writers(style: RewriteStyle) -> frozenset[str]:
    return frozenset({s.lower() for s in style.subjects} | {style.default_subject.lower()})


def _others_relative(verb: Token, me: frozenset[str], style: RewriteStyle) -> bool:
    """A finite verb with a relative word of its own that is no subordinator ('*waar* het
    personeel *ontbreekt*', 'die ...') and a subject that is a noun phrase, not the writer:
    a relative clause the parse hung elsewhere. Its verb agrees with that subject."""
    if "Fin" not in verb.morph.get("VerbForm", []):
        return False
    relatives = {r.lower() for r in style.relativizers}
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    subject = subjects[-1] if subjects else None  # the nearest: the parse may add the writer
    if subject is None:
        return False
    if not any(  # the relative word opens the clause, before its subject
        c.lower_ in relatives and c.dep_ != "mark" and c.i < subject.i for c in verb.children
    ):
        return False
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.lower_ not in me
