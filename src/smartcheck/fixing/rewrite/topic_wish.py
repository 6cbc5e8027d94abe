"""A topic, a spaced dash, then the writer's wish about it: the wish is the goal.

"Choreography for the end-of-year show - I'd like to maybe do one group piece myself this
time, with some help from Lisa", "De kerstmarkt - misschien wil ik dit jaar zelf de kraam
regelen": the writer names the topic first, as a heading, and after the dash says what they
want to do about it, often hedged and with a helper named. The frames read the whole text as
one clause, find the heading where the subject should stand and give only the structured
fallback. The wish is the goal, the topic its scope: the wish is judged and rewritten as a
goal of its own (asked only for what the whole text lacks: the topic may hold its time, an
event), and the topic stays in front of it as its heading, a sentence of its own.

The topic is a phrase without the writer, a finite verb or a word of a goal ('Learn X');
the wish has the writer as subject and a wish, a modal or a hedge (the pack's
``wish_verbs``, ``modal_verbs``, ``hedges``). A note after a dash without the writer
('Ploegleider worden - meer verantwoordelijkheid') is noted.py's; a comment that the writer
will work on the topic ('Public speaking - need to work on this') is bare_topics.py's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, join, words_of

if TYPE_CHECKING:
    from smartcheck.configuration.lexicon_keys import LexiconKey
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Dashes that set the wish off when spaced.
_DASHES = frozenset({"-", "\u2013", "\u2014"})
#: Most words of the topic: a heading, no sentence.
MAX_TOPIC_WORDS = 10
#: Fewest words of the wish: the writer, a verb and what they do.
MIN_WISH_WORDS = 3
#: Categories whose words make the part before the dash a goal, no topic ('Learn X').
_GOAL_WORDS: tuple[LexiconKey, ...] = ("learning_verbs", "general_outcome", "vague_outcome")


@dataclass(frozen=True)
class TopicWish:
    """A text split at its dash into the topic and the writer's wish about it."""

    topic: str
    wish: str


def topic_and_wish(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> TopicWish | None:
    """The topic before the dash and the wish after it, or None when the text has no single
    spaced dash, the part before it holds the writer or a verb, or the part after it is no
    wish of the writer's."""
    words = [w for w in words_of(goal) if w.text.strip()]
    dashes = [n for n, w in enumerate(words) if w.text in _DASHES and w.space_before]
    if len(dashes) != 1:
        return None
    at = dashes[0]
    head, tail = words[:at], words[at + 1 :]
    said = [w for w in head if w.is_word]
    told = [w for w in tail if w.is_word]
    if not said or len(said) > MAX_TOPIC_WORDS or len(told) < MIN_WISH_WORDS:
        return None
    subjects = {w.lower() for w in ctx.pack.words("first_person_subject")}
    if any(w.lower in subjects or w.finite for w in said):
        return None  # 'Ik wil X - ...': the writer's sentence, no heading
    end = said[-1].end
    if any(m.start < end for key in _GOAL_WORDS for m in ctx.find(goal, key)):
        return None  # 'Learn pitched roofs - ...': a goal of its own, the wish its means
    if any(w.text in ".!?" for w in head) or not any(w.lower in subjects for w in told):
        return None
    wanted = [
        m
        for key in ("wish_verbs", "modal_verbs", "hedges")
        for m in ctx.find(goal, key)
        if m.start > said[-1].end
    ]
    if not wanted:
        return None
    return TopicWish(topic=join(head), wish=_sentence(tail))


def with_topic(rewrite: str, found: TopicWish) -> str:
    """The wish's rewrite with the topic before it as its heading, a sentence of its own: a
    frame's deadline or measure after the writer's dash would date the heading, no verb
    of its own ('The open day - by [date], I will ...')."""
    topic = found.topic.rstrip(" .:")
    return f"{topic}. {rewrite}"


def _sentence(words: list[Word]) -> str:
    """The wish as a sentence of its own: its first letter a capital."""
    text = join(words)
    return text[:1].upper() + text[1:]
