"""A course named as the topic of the placeholder behaviour: 'I will [concrete behaviour] in
Excel course (pivot tables)', 'ga ik voor Excel cursus [concreet gedrag]'.

A course, a training or a workshop is a means: the writer follows it to learn a skill. The
S frame puts a vague goal's words after the placeholder as the field the behaviour is in
('[concrete behaviour] in Excel'); with a course's name there, the rewrite asks for a
behaviour *in a course* and reads as if the article were lost ('in Excel course'). The right
goal is to complete the course (courses.py); when no step makes it, the fallback is better.

The check: the placeholder for the behaviour and, on its side that holds the writer's words
(after it in English, before it in Dutch), a preposition of its field (the pack's
``rewrite.topic_prepositions``: 'in', 'for', 'voor') and a phrase of no more than four
words whose last word is one of the pack's ``formal_training`` (or ends in one, as Dutch
compounds do: 'Excel-cursus'), a bracket after it allowed ('course (pivot tables)').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.stops import sentences

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Most words of the course's name between the preposition and the course word.
_NAME_WORDS = 4
#: Fewest letters of the kind of course before a course word in one compound ('SAP-').
_LEAST_KIND = 2


def course_as_topic(candidate: str, style: RewriteStyle, courses: frozenset[str]) -> list[Seam]:
    """The course word (one of ``courses``) named as the placeholder behaviour's topic after
    one of the style's ``topic_prepositions``, if any."""
    behaviour = style.placeholders.behaviour
    seams = []
    for sentence in sentences(candidate, style.abbreviations, marks=".!?"):
        if behaviour not in sentence:
            continue
        before, after = sentence.split(behaviour, 1)
        if style.word_order == "v2":  # 'ga ik voor Excel cursus [concreet gedrag]'
            words = re.findall(r"[\w'-]+|[^\w\s]", before)
            side = list(reversed(words))[: _NAME_WORDS + 2]
            at = next(
                (n for n, w in enumerate(side) if w.lower() in style.topic_prepositions), None
            )
            name = list(reversed(side[:at])) if at else []
            last = name[-1] if (name and name[-1].isalnum()) or "-" in (name or [""])[-1] else ""
        else:  # 'I will [concrete behaviour] in Excel course (pivot tables), ...'
            words = re.findall(r"[\w'-]+|[^\w\s]", after)
            at = 0 if words and words[0].lower() in style.topic_prepositions else None
            name = _name_after(words[1:], style) if at is not None else []
            last = name[-1] if name else ""
        if (
            last
            and at is not None
            and 0 < len(name) <= _NAME_WORDS
            and _course(last.lower(), courses)
        ):
            preposition = side[at] if style.word_order == "v2" else words[0]
            detail = f"a course as the behaviour's topic: {preposition} {' '.join(name)!r}"
            seams.append(
                Seam("lost_verb", detail, (preposition.lower(), last.lower(), "course-topic"))
            )
    return seams


def _name_after(words: list[str], style: RewriteStyle) -> list[str]:
    """The words of a name up to a mark, a bracket or a word that opens a clause."""
    name = []
    for word in words:
        if not (word[0].isalnum()) or word.lower() in style.clause_ends:
            break
        name.append(word)
    return name


def _course(word: str, courses: frozenset[str]) -> bool:
    """A course word, or a compound that ends in one ('excel-cursus', 'sap-training')."""
    if word in courses:
        return True
    return any(word.endswith(c) and len(word) - len(c) >= _LEAST_KIND for c in courses)
