"""A step asked as whether it is possible that the writer does it: 'Is het mogelijk dat ik een
paar weken meedraai op de planning?', 'Is it possible that I join the night shift for a
month?'.

The possibility is asked with a clause of the writer's own (the pack's
``rewrite.asked_possible_clauses`` and then the writer's subject) instead of an infinitive
('Is het mogelijk om ... mee te draaien?', asked_possible.py): the question committed to
nothing (JUDGING A) and no reading took it, so the text got the structured fallback. It is
the same request of the one who decides (asked_steps.py): the opener and the writer's
subject go, and the clause is told as the step, a Dutch subordinate clause in main-clause
order with its finite verb in the infinitive ('een paar weken meedraai op de planning' ->
'een paar weken meedraaien op de planning'; voices/clause.py ``main_order``), an English
present as the bare verb it already is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, opening_length

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def clause_opener(words: list[Word], style: RewriteStyle) -> int:
    """How many words of a possibility asked with the writer's clause ('is het mogelijk dat
    ik', 'is it possible that I') open ``words``, the writer's subject included; 0 when none
    does."""
    size = opening_length([w.lower for w in words], style.asked_possible_clauses)
    subjects = {s.lower() for s in style.subjects}
    if not size or size + 1 >= len(words) or words[size].lower not in subjects:
        return 0
    return size + 1


def clause_step(rest: list[Word], style: RewriteStyle, lang: str) -> list[Word] | None:
    """The writer's clause after such an opener told as a bare step: a Dutch subordinate
    clause in main-clause order, its single finite verb in the infinitive; None when its
    verbs are no single inflected verb (a modal, a cluster: other readings). English words
    as they are."""
    bare = _uncommitted(rest, style)  # 'dat ik dit jaar de cursus *ga* doen'
    if style.word_order != "v2":
        return bare
    if bare != rest:
        return bare  # the committed auxiliary or the modal gone: the infinitive is the step's
    # the voices read the seams, whose kept-words check reads the asked steps: import late
    from smartcheck.fixing.rewrite.voices.clause import main_order

    marker = "\u0000"  # the committed auxiliary main_order puts first, taken off again
    ordered = main_order(rest, style, marker, lang)
    if ordered is None or ordered[0].text != marker:
        return None
    told = {w.text for w in rest}
    # the infinitive made of the finite verb is a verb, whatever the tagger called its stem
    return [w if w.text in told else replace(w, pos="VERB", lemma=w.lower) for w in ordered[1:]]


def _uncommitted(rest: list[Word], style: RewriteStyle) -> list[Word]:
    """``rest`` without the writer's committed auxiliary (the pack's ``subjects``: 'ga',
    'will') or a modal of ability (``ability_modals``: 'kan', 'could') when another verb of
    the clause follows it ('dat ik dit jaar de cursus *ga* doen', 'that I *will* take the
    course', 'any chance I *could* join the night shift'): the commitment the rewrite
    writes itself, and the possibility the question asked, which the settling tells."""
    committed = {a.lower() for a in style.subjects.values()} | set(style.ability_modals)
    at = next((n for n, w in enumerate(rest) if w.lower in committed), None)
    if at is None or not any(w.pos in ("VERB", "AUX") for w in rest[at + 1 :]):
        return rest
    return [*rest[:at], *rest[at + 1 :]]
