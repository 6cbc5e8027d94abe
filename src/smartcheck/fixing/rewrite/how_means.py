"""A doubt of how, then a means hedged after it: the means is the step the writer asks.

"Be more visible with the growers. Not sure how, visiting some nurseries maybe?", "Meer
zichtbaar zijn op de werkvloer. Weet niet goed hoe, misschien vaker aansluiten bij de
briefing?": the last sentence opens with the writer's doubt of how (the pack's
``how_doubts``: "not sure how", "weet niet goed hoe") and answers it with a step, hedged.
Kept as written, the hedge failed A again and the step stayed a remark after the goal, which
still asked for a concrete behaviour. The doubt is answered by the step it names: the
sentence is told as the hedged step alone ("Maybe visit some nurseries?", an English gerund
as its bare verb) and the text is read again, so the step is committed with the goal as its
purpose, as any means hedged after an aim is (asked_means.py). The doubt and the comma
after it go on purpose (:func:`how_doubt_spans`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentence_ends
from smartcheck.fixing.rewrite.words import capitalise, gerund_bases
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words of the step after the doubt: a step, no paragraph.
_MOST_STEP_WORDS = 12


@dataclass(frozen=True)
class HowDoubt:
    """The goal's text with its last sentence told as the hedged step alone, and where the
    doubt (with the comma after it) stood."""

    text: str
    span: tuple[int, int]


def how_doubt(goal: Goal, style: RewriteStyle) -> HowDoubt | None:
    """The doubt of how and the hedged step after it (see the module), or None."""
    if not style.how_doubts:
        return None
    text = goal.text.rstrip()
    ends = [e for e in sentence_ends(text, style.abbreviations) if e < len(text)]
    if not ends:
        return None
    start = ends[-1] + len(text[ends[-1] :]) - len(text[ends[-1] :].lstrip())
    doubts = "|".join(re.escape(d) for d in sorted(style.how_doubts, key=len, reverse=True))
    opened = re.match(rf"(?:{doubts})\s*,\s*", text[start:], re.IGNORECASE)
    if opened is None:
        return None
    step = text[start + opened.end() :].rstrip(" ?.!")
    words = step.split()
    hedges = style.one_word_hedges
    if len(words) < 2 or len(words) > _MOST_STEP_WORDS:
        return None
    if words[-1].lower() in hedges:
        hedge, words = words[-1], words[:-1]
        words[-1] = words[-1].rstrip(",")
    elif words[0].lower() in hedges:
        hedge, words = words[0], words[1:]
    else:
        return None  # a step told firmly is no means asked
    if len(words) < 2 or any(w.lower() in hedges for w in words):
        return None
    if style.word_order != "v2":  # 'visiting some nurseries': 'visit some nurseries'
        words[0] = _bare(words[0], goal.lang)
    told = f"{text[:start]}{capitalise(hedge.lower())} {' '.join(words)}?"
    return HowDoubt(text=told, span=(start, start + opened.end()))


def how_doubt_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the doubt of how stands: words a rewrite leaves out on purpose (the step
    committed answers it), never lost words."""
    found = how_doubt(goal, style)
    return [found.span] if found is not None else []


def _bare(word: str, lang: str) -> str:
    """An English gerund as its bare verb ('visiting' -> 'visit'), when the dictionary
    knows it; any other word as written."""
    lower = word.lower()
    bases = gerund_bases(lower)
    if not bases:
        return word
    lemma = lemma_of(lower, lang).lower()
    if lemma in bases and known_word(lemma, lang):
        return lemma
    return next((b for b in bases if known_word(b, lang)), word)
