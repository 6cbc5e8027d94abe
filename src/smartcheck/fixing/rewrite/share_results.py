"""A share of the writer's work told as the state it should reach: 'I make sure it does'.

'100% of my labels approved in the quality check', '90% van de offertes binnen een week
verstuurd', 'All my reports submitted before the deadline': a share (a number with '%', or
a total: the pack's ``totals``), the work it counts and a participle of the state it should
reach, no verb of the writer's. The domain frame wrapped it as a topic ('[concrete
behaviour] for 100% of my labels approved ...', refused: seams/share_topic.py). The writer
sees to the result: the share becomes the clause of ``frames.taken_clause`` ('I will make
sure that 100% of my labels are approved in the quality check'), its participle given the
passive auxiliary that agrees with the counted noun (``rewrite.result_auxiliaries``: 'is' /
'are', 'wordt' / 'worden'), before the participle in English and after it at the end of a
verb-final clause ('dat 90% van de offertes binnen een week verstuurd worden'). The checker
then judges and rewrites that sentence as the goal.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, capitalise, join, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

_SHARE = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*(?:%|procent\b|percent\b)", re.IGNORECASE)


def share_result(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The goal as the writer's seeing to the share's result, or None when it is no share
    told with one participle and no finite verb."""
    frame = style.frames.taken_clause
    agree = style.result_auxiliaries
    if frame is None or not agree or "\n" in goal.text.strip() or goal.doc is None:
        return None
    words = [w for w in words_of(goal) if w.text not in (".", "!")]
    totals = {w.lower() for w in ctx.pack.words("totals")}
    if not words or not (_SHARE.match(goal.text) or words[0].lower in totals):
        return None
    if any(w.finite for w in words if w.pos in ("VERB", "AUX")):
        return None
    if any(e.start <= words[0].start < e.end for e in goal.deadlines):
        return None  # 'Elke week de voorraadlijst bijwerken': a routine's time, no share
    participles = [n for n, w in enumerate(words) if _participle(w)]
    if len(participles) != 1 or participles[0] < 2:
        return None
    at = participles[0]
    noun = next((w for w in words[:at] if w.pos in ("NOUN", "PROPN")), None)  # the counted
    if noun is None:
        return None
    aux = agree.get("plural" if _plural(noun) else "singular")
    if aux is None:
        return None
    verb = words[at]
    if style.word_order == "v2":  # verb-final: '... binnen een week verstuurd wordt'
        end = next((n for n in range(at, len(words)) if words[n].text == ","), len(words))
        inside = [*words[:at], *words[at + 1 : end]]
        clause = [*inside, verb, verb.with_text(aux), *words[end:]]
    else:
        clause = [*words[:at], verb.with_text(aux), *words[at:]]
    inner = join(clause)
    inner = inner[:1].lower() + inner[1:] if not clause[0].text.isupper() else inner
    return capitalise(frame.format(clause=inner)).rstrip(" ,") + "."


def _plural(noun: Word) -> bool:
    """The tagger's number, or a form other than its lemma ('reports', 'dossiers'): the
    small tagger may call a plural singular."""
    return bool(noun.plural) or bool(noun.lemma and noun.lower != noun.lemma.lower())


def _participle(word: Word) -> bool:
    """A past participle the tagger marks ('approved', 'goedgekeurd'), not an infinitive it
    misread as one ('bijwerken': its own lemma)."""
    if word.pos != "VERB" or word.verbform != "Part":
        return False
    return not (word.lemma and word.lower == word.lemma.lower())
