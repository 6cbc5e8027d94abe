"""A topic named first, then after a comma the writer's act on it, pointed at with a pronoun.

'Root cause analysis with 8D / 5 Why, learn it properly', 'The new label printer, I want to
master it', 'Draaitabellen in Excel, die wil ik goed leren': the topic stands alone before
the comma and the act after it takes a pronoun for it (the pack's
``rewrite.pointing_objects``: 'it', 'this', 'het', 'die', 'dat'). The frames read the topic
as the goal and the act as a remark ('Root cause analysis with 5 Why, learn it properly, by
[date].') or fall back. The act is the goal, the topic its object: the topic takes the
pronoun's place ('learn root cause analysis with 8D / 5 Why properly'; Dutch fronts the
pronoun, so the topic opens the sentence: 'Draaitabellen in Excel wil ik goed leren'), and
the sentence is rewritten as any goal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, capitalise, join, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words of the topic and of the act after it.
_MAX_TOPIC = 10
_MAX_ACT = 8
#: Word classes of a topic's words: a noun phrase, a gerund of a field, a code.
_TOPIC = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET", "NUM", "CCONJ", "X", "SYM", "PUNCT"})


def pointed_topic(goal: Goal, style: RewriteStyle) -> str | None:
    """The goal told with the topic in the pronoun's place (see the module), or None when
    the text is no topic before a comma and an act that points back at it."""
    if not style.pointing_objects or "\n" in goal.text.strip():
        return None
    words = words_of(goal)
    while words and words[-1].text in (".", "!"):
        words = words[:-1]
    comma = next((n for n, w in enumerate(words) if w.text == ","), None)
    if not comma:
        return None
    topic, act = words[:comma], words[comma + 1 :]
    said = [w for w in topic if w.is_word]
    if not said or len(said) > _MAX_TOPIC or not 1 < len(act) <= _MAX_ACT:
        return None
    if any(w.text in (",", ";", ":", "?", "!", ".") for w in act):
        return None
    if not all(w.pos in _TOPIC or _field_word(w) for w in topic):
        return None  # a verb in the topic: a clause of its own, no topic
    if any(w.lower in style.subjects for w in topic):
        return None
    at = _pointer(act, style)
    if at is None:
        return None
    first = topic[0] if topic[0].text[1:2].isupper() else topic[0].with_text(topic[0].lower)
    named = join([first, *topic[1:]])
    if style.word_order == "v2":
        return capitalise(f"{named} {join(act[1:], lead=False)}") + "."
    text = join(act[:at], lead=False) + f" {named} " + join(act[at + 1 :], lead=False)
    return capitalise(text.strip()) + "."


def _pointer(act: list[Word], style: RewriteStyle) -> int | None:
    """Where the pronoun for the topic stands in the act: the object right after its verb
    ('learn *it* properly'), or, verb second, first, before the finite verb ('*die* wil ik
    goed leren')."""
    if style.word_order == "v2":
        first = act[0]
        fits = first.lower in style.pointing_objects and act[1].pos in ("VERB", "AUX")
        return 0 if fits else None
    for n, word in enumerate(act[1:], start=1):
        if word.lower in style.pointing_objects and act[n - 1].pos in ("VERB", "AUX"):
            if any(w.pos in ("VERB", "AUX") for w in act[n + 1 :]):
                return None  # 'learn it to be able to ...': a clause goes on
            return n
    return None


def _field_word(word: Word) -> bool:
    """A gerund naming a field ('problem *solving*'), whatever the tagger calls it, or a
    word of a name written with its capital."""
    if word.text[:1].isupper() and word.pos not in ("VERB", "AUX", "PRON"):
        return True  # a name the tagger reads as another class ('5 *Why*')
    return word.lower.endswith("ing") and word.pos in ("VERB", "NOUN")
