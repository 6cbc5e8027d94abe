"""A goal followed by the writer's doubt about it: the goal rewritten, the doubt kept.

Writers state an aim and then weigh it: they ask what it takes ("Wat heb ik daarvoor
nodig?"), report what someone else said it takes ("Mijn leidinggevende zegt dat ik eerst
een mbo-4 opleiding moet doen."), and doubt it ("Ik twijfel nog of ik dat wil naast werk
en gezin.", "I'm not sure if that is doable with my shifts."). The aim is the goal; the
sentences after it are no goal (JUDGING A: the writer never committed to what they doubt),
so the rewrite commits to the aim alone and keeps them as written, in their place. A
rewrite that committed the writer to the doubted step ("Vóór [datum] twijfel ik ...",
"... ga ik de opleiding doen") would claim a decision the writer did not make.

Read only when one sentence after the aim tells a doubt (the pack's ``doubt_remarks`` or
``uncertain_remarks`` with the writer in it) and every other one is an aside: a question,
another doubt, the writer's opinion (stance.py), what someone else says (a verb of
saying or judging without the writer as its subject), or context the reading stage found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.others_aims import committed_remark
from smartcheck.fixing.rewrite.stance import opinion_told
from smartcheck.fixing.rewrite.voices import other_voice
from smartcheck.fixing.rewrite.voices.misgivings import misgiving

if TYPE_CHECKING:
    from collections.abc import Sequence

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: How many words into a sentence the verb of saying of someone else stands ('Mijn
#: leidinggevende zegt', 'My team leader says').
_SAYING_REACH = 4


def doubts_after(
    told: list[Goal], ctx: RuleContext, style: RewriteStyle, context: list[bool]
) -> bool:
    """Are ``told`` (the sentences after the aim, each read on its own) asides that hold
    at least one doubt of the writer's? ``context``: for each, whether the reading stage
    found it to be context."""
    doubts = [doubt_told(s, ctx) for s in told]
    if not any(doubts):
        return False
    return all(
        doubt or known or _aside(s, ctx, style)
        for s, doubt, known in zip(told, doubts, context, strict=True)
    )


def doubt_accepted(told: str, sentence: Goal, ctx: RuleContext, style: RewriteStyle) -> str:
    """The doubt ``told`` (``sentence`` parsed) beside someone else's wish with its trial
    told as the acceptance it is ("I'm not sure I have time for this but I'll do my best." ->
    '... but I will do it.'): the rewrite commits to the wish, so a trial kept after it
    would hedge it again (JUDGING A). The writer's unease told with a trial ("I'm not
    comfortable speaking in front of the team yet but I'll try.") is such a reservation too:
    its trial becomes the commitment, the unease stays. Any other sentence as it is."""
    if doubt_told(sentence, ctx) or unease_told(sentence, ctx) or misgiving(sentence, style):
        return committed_remark(told, style)
    return told


def unease_told(sentence: Goal, ctx: RuleContext) -> bool:
    """Does ``sentence`` tell the writer's own unease ('Ik voel me nog niet op mijn gemak
    ...', "I'm nervous about ..."): a feeling of the pack's ``remark_feelings`` with the
    writer in it?"""
    doc = sentence.doc
    if doc is None:
        return False
    writer = {w.lower() for w in ctx.pack.words("first_person_subject")}
    return any(t.lower_ in writer for t in doc) and bool(ctx.find(sentence, "remark_feelings"))


def voiced_at(told: Sequence[Goal], style: RewriteStyle, particles: frozenset[str]) -> int | None:
    """The index of the one sentence of ``told`` in which someone else asks the writer for an
    act with a credit to keep ('My manager asked me to X.': 'I will X, as my manager
    asked'), when a doubt beside it is no wish the pack's verbs of wanting read; None when
    none or several do."""
    found = [
        n
        for n, sentence in enumerate(told)
        if (voice := other_voice(sentence, style, particles)) is not None and voice.credit
    ]
    return found[0] if len(found) == 1 else None


def doubt_told(sentence: Goal, ctx: RuleContext) -> bool:
    """Does ``sentence`` tell the writer's doubt ('Ik twijfel nog of ...', "I'm not sure if
    ..."): a doubt or an uncertainty with the writer in it?"""
    doc = sentence.doc
    if doc is None:
        return False
    writer = {w.lower() for w in ctx.pack.words("first_person_subject")}
    if not any(t.lower_ in writer for t in doc):
        return False
    return bool(ctx.find(sentence, "doubt_remarks") or ctx.find(sentence, "uncertain_remarks"))


def _aside(sentence: Goal, ctx: RuleContext, style: RewriteStyle) -> bool:
    """A question, the writer's opinion, or what someone else says ('Mijn leidinggevende
    zegt dat ...'): no goal of the writer's own."""
    if sentence.text.rstrip().endswith("?"):
        return True
    if opinion_told(sentence, ctx, style):
        return True
    doc = sentence.doc
    if doc is None:
        return False
    words = [t for t in doc if not t.is_punct]
    writer = {w.lower() for w in ctx.pack.words("first_person_subject")}
    saying = {v.lower() for v in style.report_verbs}
    first = next((n for n, t in enumerate(words) if t.lemma_.lower() in saying), None)
    if first is None or first >= _SAYING_REACH:
        return False
    return not any(t.lower_ in writer for t in words[:first])
