"""A bare topic with a course weighed after it: 'Lassen (TIG) op brons, evt. een cursus?',
'Welding stainless, maybe a course?', 'Excel pivot tables, possibly a course?'.

The writer names a field in a few words, no act and no wish of its own, and then weighs the
means, hedged or asked: only a course, no more. A course on the field is the step the note
asks for (JUDGING S and A: a named course taken is owned and concrete), so the course goes
first and the field becomes what it is about (the pack's ``topic_course`` in ``asked_course``:
'Ik ga een cursus over lassen (TIG) op brons volgen.', 'I will take a course on welding
stainless.'). The hedge and the question mark go with the weighing. A topic with a verb of
its own ('Heftruck rijden, misschien een cursus?') tells an act for the course to serve and
is read by asked_means.py as its purpose; a topic longer than a few words is no bare field.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.words import Word, capitalise, closed, join
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Most words of a bare topic ('lassen (TIG) op brons', 'Excel pivot tables').
MAX_TOPIC_WORDS = 6
#: Word classes a bare topic opens with: a thing, a name, or a verb the small tagger may
#: call one ('Lassen', 'Welding').
_TOPIC_OPENERS = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "X"})


def topic_course(
    topic: list[Word],
    asked: list[Word],
    courses: Sequence[tuple[int, int]],
    style: RewriteStyle,
    lang: str,
) -> str | None:
    """The course weighed in ``asked`` (after its hedge: 'een cursus', 'a course') as the
    writer's step on the field ``topic`` names (see the module); None when ``asked`` weighs
    more than a course, or ``topic`` is no bare field."""
    if not (style.topic_course and style.asked_course and style.asked_step):
        return None
    said = [w for w in asked if w.is_word]
    while said and said[0].lower in style.one_word_hedges:
        said = said[1:]
    if said and said[0].pos == "DET":
        said = said[1:]  # 'een cursus', 'a course'
    if len(said) != 1 or not any(said[0].start == a for a, _ in courses):
        return None
    field = [w for w in topic if w.text not in SENTENCE_MARKS]
    while field and field[-1].text in (",", ";", ":"):
        field.pop()
    words = [w for w in field if w.is_word]
    if not 0 < len(words) <= MAX_TOPIC_WORDS or words[0].pos not in _TOPIC_OPENERS:
        return None
    subjects = {s.lower() for s in style.subjects}
    if any(w.finite or w.lower in subjects or w.lower in style.one_word_hedges for w in words):
        return None  # a clause or a hedge of its own: more than a field
    if any(w.pos in ("VERB", "AUX") and w.verbform != "Ger" for w in words[1:]):
        return None  # 'Heftruck rijden': an act, the course's purpose (asked_means.py)
    text = join(field, lead=False)
    # the capital of the sentence goes; a name's stays ('Excel', 'Excel-draaitabellen')
    named = text[1:2].isupper() or not known_word(words[0].lower, lang)
    text = text if named else text[:1].lower() + text[1:]
    course = style.topic_course.format(course=said[0].lower, topic=text)
    step = style.asked_step.format(means=style.asked_course.format(thing=course))
    return closed(capitalise(step))
