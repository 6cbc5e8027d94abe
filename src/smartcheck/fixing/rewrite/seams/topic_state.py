"""The domain frame's preposition before a state: '[concrete behaviour] for more confident
when presenting', 'voor zelfverzekerder [concreet gedrag]'.

The domain frame puts a bare topic next to the behaviour asked for ("for my Excel skills",
"voor mijn Engels"): a thing. A goal that names a state the writer wants to be in ("More
confident when presenting ...") has no thing there; wrapped as a topic it reads "for more
confident", an adjective where a noun phrase belongs. Judged by the word class of the
topic's head (wordclass.py, the dictionary before the tagger): a state after an optional
comparative, with no noun after it that it could modify ("for better communication" is a
thing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.headseams import word_of
from smartcheck.fixing.rewrite.seams.compound_head import noun_compound
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import (
    comparative_words,
    head_after,
    head_class,
    is_comparative_form,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext

#: What a state's noun may be: the word after the state, when it is one.
_NOUNS = frozenset({"NOUN", "PROPN"})


def state_as_topic(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """The domain preposition right before (English: after the behaviour) or opening the
    stretch before the behaviour (Dutch) whose head is a state without a noun."""
    prefix = style.frames.domain.split("{topic}")[0].strip().lower()
    filler = style.seam_fillers.get("behaviour", "").lower()
    if not prefix or not filler:
        return []
    seams = []
    for token in doc:
        if token.lower_ != filler:
            continue
        topic = _topic(doc, token, prefix, style.word_order == "v2")
        head = _state_head(topic, ctx, style) or _closing_state(topic, ctx, style)
        if head is not None:
            detail = f"{prefix!r} before the state {head.text!r}"
            seams.append(Seam("dangling", detail, (prefix, head.lower_)))
    return seams


def _topic(doc: Doc, behaviour: Token, prefix: str, v2: bool) -> list[Token]:
    """The words of the domain frame's topic next to ``behaviour``; empty when none."""
    if v2:  # 'voor {topic} [gedrag]': back from the behaviour to the preposition
        stretch: list[Token] = []
        for before in reversed(doc[: behaviour.i]):
            if before.is_punct:
                return []
            if before.lower_ == prefix:
                return stretch
            stretch.insert(0, before)
        return []
    if behaviour.i + 1 >= len(doc) or doc[behaviour.i + 1].lower_ != prefix:
        return []
    after = []
    for t in doc[behaviour.i + 2 :]:
        if t.is_punct:
            break
        after.append(t)
    return after


def _closing_state(topic: list[Token], ctx: RuleContext, style: RewriteStyle) -> Token | None:
    """Dutch: a predicate adjective closing a topic of several words ('voor alle prints
    voortaan in één keer *goed* [gedrag]'): the writer's state of the thing, not a topic the
    behaviour is about. A comparative there ('voor mijn vaardigheden *beter* [gedrag]') reads
    as the manner of the behaviour after it."""
    if style.word_order != "v2" or len(topic) < 2 or topic[-1].pos_ != "ADJ":
        return None
    if not topic[-1].text.islower():
        return None  # 'voor mijn Excel [gedrag]': a name the tagger calls an adjective
    compared = {w.lower() for w in ctx.pack.words("comparatives") if " " not in w}
    if topic[-1].lower_ in compared or is_comparative_form(topic[-1].lower_, ctx.pack.lang, style):
        return None
    return topic[-1]


def _state_head(topic: list[Token], ctx: RuleContext, style: RewriteStyle) -> Token | None:
    """The topic's first word after a comparative of amount, when the dictionary reads it as
    a state and no noun follows it."""
    if not topic:
        return None
    lang, grammar = ctx.pack.lang, ctx.pack.grammar
    comparatives = comparative_words(ctx.pack.words("comparatives"), lang, style)
    first = topic[0].lower_
    if first in comparatives and len(topic) > 1:
        head = topic[1]
        kind = head_after(first, word_of(head), lang, grammar, style)
    else:
        head = topic[0]
        kind = head_class(word_of(head), lang, grammar, style)
        graded = is_comparative_form(first, lang, style)  # 'calmer', 'rustiger'
        if kind == "state" and noun_compound(head.text, lang, grammar, style):
            return None  # 'e-depot': the tagger's adjective, a noun by its last part
        if kind == "state" and head.pos_ != "ADJ" and not graded:
            return None  # only the tagger's adjective or a comparative opens a bare state
    if kind != "state":
        return None
    rest = topic[head.i - topic[0].i + 1 :]
    if rest and rest[0].pos_ in _NOUNS:
        return None  # 'for better communication', 'more confident speakers'
    return head
