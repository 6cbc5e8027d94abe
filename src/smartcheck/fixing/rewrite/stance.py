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

A feeling about the aim with the writer's acceptance ("Ik vind het spannend maar wil het
wel.", "Scary, but I want to do it.") is a remark as well, in a long text too: it names no
object of its own (only a pronoun points back at the aim), so cut from the text and read as
a goal it became "Maar wil vóór [datum] het wel" (a sentence glued from a feeling and an
acceptance). It stays as written after the goal it is about (:func:`feeling_accepted`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from smartcheck.configuration.lexicon_keys import LexiconKey
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: How many words into the sentence the writer's verb of judging stands ('Ik vind', 'Eerlijk
#: gezegd vind ik', 'To be honest I find').
_VERB_REACH = 5
#: Word classes of an object of its own, which a bare feeling has not.
_OBJECT_POS = frozenset({"NOUN", "PROPN", "NUM"})
#: The pack's verbs a feeling with the writer's acceptance may hold.
_ALLOWED_VERBS: tuple[LexiconKey, ...] = ("perception_verbs", "wish_verbs")


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


def feeling_accepted(sentence: Goal, ctx: RuleContext, style: RewriteStyle) -> bool:
    """Is ``sentence`` a feeling about the aim before it, maybe with the writer's acceptance,
    and nothing else ('Ik vind het spannend maar wil het wel.', "Scary, but I'm up for it.")?
    A word of the pack's ``remark_feelings``; no noun, name, number or date (an object of
    its own makes it a goal: 'Ik vind presenteren spannend en wil een cursus doen'); every
    verb one of judging, perceiving or wanting, a modal, or the pro-verb of the pack's
    ``act_pointers`` ('het doen', 'do it')."""
    doc = sentence.doc
    if doc is None or sentence.deadlines or not ctx.find(sentence, "remark_feelings"):
        return False
    feeling = {
        i for m in ctx.find(sentence, "remark_feelings") for i in range(m.token_start, m.token_end)
    }
    return _no_object([t for t in doc if t.i not in feeling], ctx, style)


def bare_acceptance(words: Sequence[Token], ctx: RuleContext, style: RewriteStyle) -> bool:
    """Do ``words`` (the rest of a sentence after a feeling told as context) only accept the
    aim: a contrast or a joint first ('maar wil het wel', 'but I want to do it'), a verb of
    wanting or a modal, and no object of its own (see :func:`feeling_accepted`)?"""
    told = [t for t in words if not t.is_punct]
    if not told or told[0].pos_ != "CCONJ":
        return False
    wanting = {w.lower() for w in ctx.pack.words("wish_verbs")} | {m.lower() for m in style.modals}
    if not any(t.lemma_.lower() in wanting or t.lower_ in wanting for t in told):
        return False
    return _no_object(told, ctx, style)


def _no_object(words: Sequence[Token], ctx: RuleContext, style: RewriteStyle) -> bool:
    """No noun, name or number in ``words``, and every verb one of judging, perceiving or
    wanting, a modal, or the pro-verb of the pack's ``act_pointers`` ('het doen', 'do it',
    which the tagger may read as a noun)."""
    allowed = {v.lower() for v in style.report_verbs} | {m.lower() for m in style.modals}
    allowed |= {w.lower() for k in _ALLOWED_VERBS for w in ctx.pack.words(k)}
    allowed |= {w.split()[-1].lower() for w in style.act_pointers if w.split()}
    allowed |= {w.split()[0].lower() for w in style.act_pointers if w.split()}
    told = [t for t in words if t.pos_ in (*_OBJECT_POS, "VERB")]
    return all(t.lemma_.lower() in allowed or t.lower_ in allowed for t in told)


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
