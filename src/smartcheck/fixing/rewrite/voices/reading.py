"""Which voice frames the goal, read once per failing goal: the first kind of voice the words
take (after a comment of the writer's on the advice is set aside, comments.py), and the
writer's rewritten clause with the other person's words credited after it."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.comments import trailing_comment, with_times
from smartcheck.fixing.rewrite.effort_remarks import effort_remark_span
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.seams.credit import framed_sentence
from smartcheck.fixing.rewrite.stops import sentence_ends
from smartcheck.fixing.rewrite.voices.clause import Voice
from smartcheck.fixing.rewrite.voices.frames import agreed, asked, requested, wished
from smartcheck.fixing.rewrite.voices.joined import joined_voice
from smartcheck.fixing.rewrite.voices.offered import offered
from smartcheck.fixing.rewrite.voices.opinions import opinion
from smartcheck.fixing.rewrite.voices.questions import suggested
from smartcheck.fixing.rewrite.voices.request_nouns import request_noun
from smartcheck.fixing.rewrite.voices.shapes import difficulty, fronted_reason, means_example
from smartcheck.fixing.rewrite.voices.sources import (
    according,
    advised,
    duty_from,
    quoted,
    reported,
    wish_as_reason,
)
from smartcheck.fixing.rewrite.words import Word, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


#: Closing brackets: they end a part the writer opened, no stop of the sentence.
_CLOSING = frozenset({")", "]"})


def other_voice(
    goal: Goal, style: RewriteStyle, particles: frozenset[str] = frozenset()
) -> Voice | None:
    """The writer's own clause and the other person's words, or None (no such frame).
    ``particles``: the pack's separable particles ('op te ruimen' -> 'opruimen')."""
    if not style.voice_verbs or style.frames.as_wished is None:
        return None
    words = [w for w in words_of(goal) if w.text.strip()]
    # a question after the goal, first: its own words would read as a frame ('- misschien')
    found = suggested(words, style, "?" in goal.text, goal.lang)
    if found is not None:
        return found
    effort = effort_remark_span(goal.text, style)  # '... Ik doe mijn best.': no voice's
    if effort is not None:
        words = [w for w in words if w.start < effort[0]]
    # the stops go; a closing bracket stays with its opening one ('... (about 30 a week).')
    while words and not words[-1].is_word and words[-1].text not in _CLOSING:
        words.pop()
    if len(words) < 4:
        return None
    comment = trailing_comment(words, style, [(e.start, e.end) for e in goal.deadlines])
    if comment is not None:  # 'Ik denk dat dat wel lukt.': the advice before it is read
        voice = _shaped(words[: comment.at], style, particles, goal.lang)
        inner = with_times(voice.inner, comment.times, style) if voice is not None else None
        if voice is not None and inner is not None:
            return replace(voice, inner=inner, dropped=comment.span)
    return _shaped(words, style, particles, goal.lang)


def _shaped(
    words: list[Word], style: RewriteStyle, particles: frozenset[str], lang: str
) -> Voice | None:
    """The first shape of another voice (or of the writer's goal told in another shape)
    that ``words`` take."""
    if len(words) < 4:
        return None
    found = _shape(words, style, particles, lang)
    if found is None:  # 'heeft gevraagd of ik', 'stelde voor dat ik': the verb in two words
        joined = joined_voice(words, style, particles)
        found = _shape(joined, style, particles, lang) if joined is not None else None
    return found


def _shape(
    words: list[Word], style: RewriteStyle, particles: frozenset[str], lang: str
) -> Voice | None:
    return (
        difficulty(words, style, lang)  # 'X vind ik lastig': no one else's view of X
        or opinion(words, style, particles, lang)
        or offered(words, style, lang)
        or wished(words, style, lang, particles)
        or duty_from(words, style)
        or wish_as_reason(words, style)
        or requested(words, style, particles, lang)
        or request_noun(words, style, lang, particles)
        or agreed(words, style, lang)
        or asked(words, style, particles)
        or quoted(words, style, lang, particles)
        or fronted_reason(words, style)
        or means_example(words, style, particles)
        or according(words, style)
        or reported(words, style)
        or advised(words, style)
    )


def credited(
    sentence: str, voice: Voice, inner: Goal, ctx: RuleContext, style: RewriteStyle
) -> str | None:
    """The rewrite of the writer's clause with the other person's words as its reason at
    the end ('..., zoals mijn leidinggevende vindt.'), or None when that shows a seam. A
    remark the rewrite keeps as a sentence after the goal ('I tend to over-explain ...')
    stays after the credit: the credit follows the goal, not the remark."""
    text = with_credit(sentence, voice, ctx, style)
    return None if find_seams(text, inner, ctx, style) else text


def with_credit(sentence: str, voice: Voice, ctx: RuleContext, style: RewriteStyle) -> str:
    """``sentence`` with the other person's words as its reason (see :func:`credited`), its
    seams not yet checked: one goal of a split is checked as a part (coordinated.py)."""
    reasons = ctx.pack.words("reason_markers")
    return _credit_after_goal(sentence, voice.credit, style, reasons) if voice.credit else sentence


def _credit_after_goal(
    text: str, credit: str, style: RewriteStyle, reasons: tuple[str, ...] = ()
) -> str:
    """``credit`` at the end of the first sentence the rewrite framed (the last sentence
    when none is), before a clause of reason that ends it (``reasons``: '..., as my
    manager wants, because there were complaints'): after the reason it would tell the
    other's wish as the reason ('because ..., as my manager wants'), which fails A."""
    cuts = [0, *sentence_ends(text, style.abbreviations), len(text)]
    pieces = [text[a:b] for a, b in pairwise(cuts)]  # each after the first opens on a space
    at = next((n for n, p in enumerate(pieces) if framed_sentence(p, style)), len(pieces) - 1)
    piece = pieces[at].rstrip(" .!")
    marks = "|".join(re.escape(r) for r in sorted(reasons, key=len, reverse=True))
    found = re.search(rf", (?:{marks}) [^,]+$", piece, flags=re.IGNORECASE) if marks else None
    if found is not None:
        pieces[at] = f"{piece[: found.start()]}, {credit}{piece[found.start() :]}."
    else:
        pieces[at] = f"{piece}, {credit}."
    return "".join(pieces)
