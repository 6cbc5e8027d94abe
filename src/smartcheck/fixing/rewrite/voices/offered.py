"""Another person's question that offers the writer a task: "Mijn leidinggevende vraagt of ik
de kascontrole wil overnemen", "My manager asked if I want to take over the stock audit".

The writer's clause after the question word is what the writer is asked to take on; told
this way the goal stays the other person's question (a deadline put in lands in their words:
"Mijn leidinggevende vraagt vóór [datum] of ik ..."). The writer's clause is the goal, its
modal of wish or ability ('wil', 'would like to', 'could') the commitment, and the question
its credit ('..., zoals mijn leidinggevende vraagt'): the manager's suggestion with the
writer's own commitment is owned and agreed (JUDGING A).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.voices.clause import (
    Voice,
    as_wished,
    lowered,
    names_person,
    without_tail,
    writers_clause,
    writers_sentence,
)
from smartcheck.fixing.rewrite.words import Word

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: How many words may name the other person before their verb ('De chef van de werkplaats').
_WHO_WORDS = 6


def offered(words: list[Word], style: RewriteStyle, lang: str) -> Voice | None:
    """'{who} vraagt (me) of ik ...', '{who} asked (me) if I ...': the writer's clause as a
    goal of its own, committed, with the question credited; None for any other text."""
    if not style.whether_words:
        return None
    asks = style.asking_verbs
    at = next(
        (n for n, w in enumerate(words[: _WHO_WORDS + 1]) if w.lemma in asks or w.lower in asks),
        None,
    )
    if at is None or at == 0 or not names_person(words[:at], style):
        return None
    n = at + 1
    if n < len(words) and words[n].lower in style.object_pronouns:
        n += 1  # 'vroeg me of ik', 'asked me if I'
    if n + 3 > len(words) or words[n].lower not in style.whether_words:
        return None
    found = writers_clause(words[n + 1 :], style, lang)
    if found is None:
        return None
    me, aux, clause = found
    mine = _committed(clause, style, aux)
    if mine is None:
        return None
    cut = without_tail(mine, style)
    if cut is None or len(cut[0]) < 3:
        return None
    credit = as_wished(style).format(who=lowered([*words[:at], words[at]], style))
    credit += f", {cut[1]}" if cut[1] else ""
    return Voice(inner=writers_sentence(me, cut[0], style), credit=credit)


def offered_commitment(clause: list[Word], style: RewriteStyle, aux: str) -> list[Word] | None:
    """The writer's clause in a question put to them, committed (:func:`_committed`); for
    the same question told as a noun ('de vraag of ik ...'; request_nouns.py)."""
    return _committed(clause, style, aux)


def _committed(clause: list[Word], style: RewriteStyle, aux: str) -> list[Word] | None:
    """The clause with its leading modal of wish or ability (the pack's ``offered_leads``)
    replaced by the commitment ``aux``; a clause that opens with the commitment already
    (a single Dutch verb, fronted with ``aux``) as it is; an English bare verb after ``aux``.
    None when a modal is left that would hedge the commitment ('zou ... willen')."""
    lowered_words = [w.lower for w in clause]
    for lead in sorted(style.offered_leads, key=lambda e: -len(e.split())):
        size = len(lead.split())
        if " ".join(lowered_words[:size]) == lead and len(clause) > size:
            return [Word(aux), *clause[size:]]
    if clause and clause[0].lower == aux:
        return clause
    if style.word_order == "v2" or (clause and clause[0].lower in style.modals):
        return None
    return [Word(aux), *clause]
