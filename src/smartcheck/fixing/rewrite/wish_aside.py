"""Someone else's aim with sentences aside: the situation before it, a feeling after it.

Writers tell what their manager wants and then only how they feel about it or why it is
asked: "My manager wants me to chair the Monday meeting. Finding that a bit daunting.",
"Mijn leidinggevende wil dat ik de inwerkmap bijhoud. Vind ik best spannend.", "De
klachten liepen vorig jaar op. De directie verwacht dat ik de klachtenlijst wekelijks
nabel." The sentence with the other's wish is the only goal in the text; it fails A on its
own (someone else's wish: JUDGING A) and is rewritten as any such goal is (the voices make
it the writer's own act with the wish as its credit). The other sentences are no goal: a
feeling is never committed to, the situation stays told; both are kept as written in
their place.

This module only reads which sentence tells the wish (``wished_at``) and whether another
sentence is a feeling (``feels``); ``WholeTextRewrites._wish_aside`` (whole_text.py)
judges, rewrites and joins the parts and keeps the first without a seam.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.taken_on import others_wish
from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Most sentences such a text holds: the wish, the situation before it, a remark after it.
MOST_SENTENCES = 3


def wished_at(told: Sequence[Goal], style: RewriteStyle) -> int | None:
    """The index of the one sentence of ``told`` that tells another person's wish ('My
    manager wants me to ...', 'De directie verwacht dat ik ...'), or None when none or
    several do (several wishes are several goals)."""
    found = [n for n, sentence in enumerate(told) if others_wish(sentence, style) is not None]
    return found[0] if len(found) == 1 else None


def feels(sentence: Goal, ctx: RuleContext) -> bool:
    """Is ``sentence`` only a feeling about the aim ('Finding that a bit scary', 'Vind ik
    best spannend'): a word of the pack's ``remark_feelings``, no deadline and no number
    (a number or a date tells a target of its own)?"""
    if sentence.deadlines or re.search(r"\d", sentence.text):
        return False
    return bool(ctx.find(sentence, "remark_feelings"))


def tells_past(sentence: Goal) -> bool:
    """Does ``sentence`` only tell what happened ('Bij de laatste offertes zaten we ernaast',
    'Attendance dropped last term'): every finite verb in the past tense (a time in it is
    past too)? Then it is the situation that explains the wish, no goal of its own."""
    doc = sentence.doc
    if doc is None:
        return False
    finite = [t for t in doc if "Fin" in t.morph.get("VerbForm", [])]
    return bool(finite) and all("Past" in t.morph.get("Tense", []) for t in finite)


def told_as_sentence(text: str) -> str:
    """A sentence kept as written, with its capital and its final stop ('Finding that a
    bit scary to be honest' -> 'Finding that a bit scary to be honest.')."""
    text = capitalise(text.strip())
    return text if text.endswith((".", "!", "?")) else f"{text}."
