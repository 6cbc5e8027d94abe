"""A line that names a field only as 'something with' it: 'iets met robotica, misschien
Fanuc?', 'something with cloud, maybe Azure?'.

The writer knows the field, not yet the act: 'iets met X' names no behaviour, and no frame
had a verb to commit to or a noun the behaviour could be about ('ga ik voor Iets met X'), so
only the structured fallback was left. The first step a coach would agree on is learning
about the field: the line is read as the pack's ``rewrite.vague_topic_goal`` ('ik wil leren
over {topic}', 'i want to learn about {topic}') and rewritten as any wish. A thing suggested
after it ('misschien Fanuc?', the pack's ``suggestion_openers``) is the writer's example of
the field and stays as one (``frames.as_example``: 'bijvoorbeeld Fanuc'), no longer hedged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.fixing.rewrite.words import Word, capitalise, join, words_of

if TYPE_CHECKING:
    from smartcheck.configuration.grammar import Grammar
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words a topic or its example has: a field's name, no story.
_MAX_WORDS = 8
#: Word classes a field's name may hold (no verb, no pronoun).
_PHRASE = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET", "CCONJ", "NUM", "X", "SYM"})
#: Marks that set the suggested example off from the field.
_BREAKS = frozenset({",", "-", "\u2013", "\u2014", "("})
#: Marks that may end the line ('... misschien Fanuc?', '... (Fanuc)').
_ENDS = frozenset({".", "?", "!", ")"})


def learned_topic(goal: Goal, style: RewriteStyle, grammar: Grammar) -> str | None:
    """The wish the line stands for ('Ik wil leren over robotica, bijvoorbeeld Fanuc.'), or
    None when it does not open with one of the pack's ``vague_topic_openers`` followed by a
    field's name, maybe a suggested example, and nothing else."""
    frame = style.vague_topic_goal
    if not frame or not style.vague_topic_openers:
        return None
    words = words_of(goal)
    while words and words[-1].text in _ENDS:
        words = words[:-1]
    opener = next((o for o in style.vague_topic_openers if _opens(words, o.lower().split())), None)
    if opener is None:
        return None
    rest = words[len(opener.split()) :]
    cut = next((n for n, w in enumerate(rest) if w.text in _BREAKS), len(rest))
    topic, tail = rest[:cut], [w for w in rest[cut:] if w.text not in _BREAKS]
    if not _field(topic, goal.lang, style, grammar):
        return None
    text = frame.format(topic=join(topic))
    if tail:
        example = _example(tail, goal.lang, style, grammar)
        if example is None or style.frames.as_example is None:
            return None
        text += ", " + style.frames.as_example.format(means=example)
    return capitalise(text) + "."


def _opens(words: list[Word], opener: list[str]) -> bool:
    return [w.lower for w in words[: len(opener)]] == opener and len(words) > len(opener)


def _example(tail: list[Word], lang: str, style: RewriteStyle, grammar: Grammar) -> str | None:
    """The thing the writer suggests as an example ('misschien Fanuc', 'maybe Azure'), its
    hedge dropped; None for anything else after the field."""
    if tail[0].lower not in style.suggestion_openers:
        return None
    thing = [w for w in tail[1:] if w.text not in _ENDS]
    return join(thing) if _field(thing, lang, style, grammar) else None


def _field(words: list[Word], lang: str, style: RewriteStyle, grammar: Grammar) -> bool:
    """A field's name: a few words of a noun phrase, the last a word, no verb the tagger
    or the dictionary sees, no subject or modal."""
    if not words or not words[-1].is_word or sum(w.is_word for w in words) > _MAX_WORDS:
        return False
    if words[0].pos in ("ADP", "CCONJ"):
        return False
    return all(
        w.pos in _PHRASE
        and w.lower not in style.subjects
        and w.lower not in style.modals
        and not infinitive_evidence(w.lower, lang, grammar, style)
        for w in words
        if w.is_word
    )


def vague_topic_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where an opener of the pack's ``vague_topic_openers`` opens the goal ('*Iets met*
    robotica'): the rewrite's wish to learn about the field replaces it on purpose."""
    for opener in style.vague_topic_openers:
        found = re.match(rf"\W*({re.escape(opener)})(?!\w)", goal.text, re.IGNORECASE)
        if found:
            return [found.span(1)]
    return []
