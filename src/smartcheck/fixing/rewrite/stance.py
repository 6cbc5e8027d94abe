"""The writer's stance on someone else's aim: an opinion told beside it, never the goal.

Writers tell what their manager wants and then what they think of it: that they like it
or not ("Ik vind het zelf ook wel nuttig maar het moet wel in werktijd.", "Ik vind dat
eigenlijk niet zo leuk maar oké."), that it is hard ("I find this hard because of the
language."), or that they see it otherwise ("Eerlijk gezegd vind ik dat ik gewoon hard
werk."). Such a sentence is the writer's opinion, no step: the goal stays the other's
aim made the writer's own (JUDGING A), and the opinion is kept as written after it. It is
never committed to ("met als bewijs" after "Ik vind het nuttig"), and the rewrite never
turns it into agreement the writer did not give.

An opinion is read from its verb: a verb of judging or perceiving (the pack's
``report_verbs``, ``perception_verbs``: vinden, denken, find, think) with the writer as its
subject, near the sentence's start; a modal of the writer's own ('ik moet', 'I will') or a
date or number makes it a step or a target instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: How many words into the sentence the writer's verb of judging stands ('Ik vind', 'Eerlijk
#: gezegd vind ik', 'To be honest I find').
_VERB_REACH = 5


def opinion_told(sentence: Goal, ctx: RuleContext, style: RewriteStyle) -> bool:
    """Is ``sentence`` the writer's opinion of the aim beside it ('Ik vind dat eigenlijk niet
    zo leuk', 'I find this hard')? See :func:`opines`; a date or a number makes it a target."""
    doc = sentence.doc
    if doc is None or sentence.deadlines or re.search(r"\d", sentence.text):
        return False
    perceiving = {
        i for m in ctx.find(sentence, "perception_verbs") for i in range(m.token_start, m.token_end)
    }
    writer = frozenset(w.lower() for w in ctx.pack.words("first_person_subject"))
    return opines([t for t in doc if not t.is_punct], writer, perceiving, style)


def opines(
    words: list[Token], writer: frozenset[str], perceiving: set[int], style: RewriteStyle
) -> bool:
    """Do ``words`` (a sentence without its punctuation) tell the writer's opinion: a verb
    of judging (``style.report_verbs``, or a token index in ``perceiving``) with the writer
    beside it in the first words ('Ik vind', 'Eerlijk gezegd vind ik'), and no modal of the
    writer's own ('ik moet', 'I will': a step or a goal then)?"""
    judges = {v.lower() for v in style.report_verbs}
    opens = any(
        (t.lemma_.lower() in judges or t.i in perceiving) and _beside(words, n, writer)
        for n, t in enumerate(words[:_VERB_REACH])
    )
    if not opens:
        return False
    modals = {m.lower() for m in style.modals}
    return not any(t.lower_ in modals and _beside(words, n, writer) for n, t in enumerate(words))


def _beside(words: list[Token], n: int, writer: frozenset[str]) -> bool:
    """Does the writer stand right before or after the word at ``n`` ('ik vind', 'vind ik')?"""
    near = words[max(n - 1, 0) : n] + words[n + 1 : n + 2]
    return any(t.lower_ in writer for t in near)
