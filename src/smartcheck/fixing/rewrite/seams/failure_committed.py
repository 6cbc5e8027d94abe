"""The writer's failing committed as the goal: 'By [date], I will forget to update the job
sheets in at least [number] out of 10 cases', 'Vóór [datum] vergeet ik steeds de werkbonnen
bij te werken'.

A goal that tells how the writer fails ('I always forget to ...', 'I keep forgetting ...',
'Ik vergeet steeds ...') has its problem in the verb. A frame that commits to that verb
promises the failing itself. A verb of failing (the pack's ``rewrite.failing_verbs``) that
the rewrite commits to, with no negation before it, is a seam; the habit's own readings
(flaws.py, stopped_habits.py) or the honest fallback show instead. A failing bounded by
the count a negation becomes ('not ... more than [number] times', 'hooguit [aantal] keer')
is a target, no promise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: How many words before the verb a commitment or a negation may stand ('I will *not*
#: forget', 'ga ik de bonnen *niet* meer vergeten' is after it: the clause is read).
_REACH = 4


def failing_committed(
    doc: Doc, goal: str, style: RewriteStyle, negations: Iterable[str]
) -> list[Seam]:
    """Each verb of failing in ``doc`` that the writer is committed to: after the commitment
    auxiliary, or finite with the writer's subject in a sentence the rewrite made (one of the
    goal's own, told as written after the rewrite, tells the situation: '... Nu vergeet ik
    soms afspraken.'), negated nowhere in its sentence: neither by one of the pack's
    ``negations`` nor by the bound a negation or a stopped habit becomes ('hooguit [aantal]
    keer', 'no more than [number] times a month')."""
    failing = {v.lower() for v in style.failing_verbs}
    if not failing:
        return []
    denied = {n.lower() for n in negations if " " not in n}
    # the bound a negation becomes ('nooit' -> 'hooguit {number} keer'): a count of failings
    denied |= {
        told.split()[0].lower()
        for word, told in style.replacements.items()
        if word.lower() in denied and told.split()
    }
    if style.habit_bound.split():  # a habit asked to stop: 'no more than {number} times'
        denied.add(style.habit_bound.split()[0].lower())
    seams = []
    for t in doc:
        if t.lemma_.lower() not in failing or t.pos_ not in ("VERB", "AUX"):
            continue
        if _committed(t, goal, style) and not _negated(t, denied):
            seams.append(Seam("lost_verb", f"the failing {t.text!r} committed to", (t.lower_,)))
    return seams


def _committed(verb: Token, goal: str, style: RewriteStyle) -> bool:
    """The commitment auxiliary ('will', 'ga') stands just before the verb, or the writer's
    subject stands beside it ('I forget', 'vergeet ik') in a sentence not told as written."""
    doc = verb.doc
    before = {t.lower_ for t in doc[max(0, verb.i - _REACH) : verb.i]}
    auxiliaries = {a.lower() for a in style.subjects.values()}
    if before & auxiliaries:
        return True
    subjects = {s.lower() for s in style.subjects}
    after = doc[verb.i + 1].lower_ if verb.i + 1 < len(doc) else ""
    told = verb.sent.text.strip().rstrip(".!?").lower()
    return (after in subjects or bool(before & subjects)) and told not in goal.lower()


def _negated(verb: Token, negations: set[str]) -> bool:
    """A negation of the pack's (``negations``: 'not', 'niet', 'nooit') in the verb's
    sentence."""
    return any(t.lower_ in negations for t in verb.sent)
