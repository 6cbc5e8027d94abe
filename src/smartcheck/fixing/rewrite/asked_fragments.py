"""A goal that only asks for a thing: 'BHV-diploma??', 'Cursus timemanagement?', 'Misschien
iets met 3D-printen?', 'Maybe a Python course?'.

A POP form's point of development is often written as the writer's doubt about it: the
topic, course or credential with a question mark, or a hedge before it. It asks no
question of the reader (no question word, no subject, no finite verb opening it): the
thing it names is what the writer proposes. A question is no goal a rewrite can commit to
(guard.py), so the fragment is read as the writer's statement, as an asking line of a
list is (asked_lines.py): its question marks become a full stop and a hedge with a thing
and no verb gets the act of it ('Misschien iets met 3D-printen doen.'), for the other
readers (bare topics, courses, the template) to rewrite. A real question ('Is dit
haalbaar?', 'Wat moet ik daarvoor doen?', 'Do I need a course?') stays refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_bare import bare_route_step
from smartcheck.fixing.rewrite.asked_lines import stated_line
from smartcheck.fixing.rewrite.asked_people import person_route_step
from smartcheck.fixing.rewrite.words import words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words a fragment asked may have: a short phrase, no story.
MAX_FRAGMENT_WORDS = 8
#: Most words a line may have that opens with a hedge ('Misschien een keer meekijken bij een
#: andere winkel hoe zij hun webshop doen?'): the hedge marks a proposal, however long.
MAX_HEDGED_WORDS = 16


def stated_fragment(goal: Goal, style: RewriteStyle, course: bool = False) -> str | None:
    """``goal``, one line that only asks for a thing, as the writer's statement of it
    ('BHV-diploma.', 'Misschien iets met 3D-printen doen.'); None when it is no such line:
    it does not end asking, says more than one sentence, or asks a question of its own (a
    question word, a subject, a finite verb first). ``course``: the thing is a course."""
    text = goal.text.strip()
    if "\n" in text or not text.endswith("?"):
        return None
    body = text.rstrip("?").rstrip()
    if not body or any(mark in body for mark in ".!?;:"):
        return None  # 'Engels. Misschien een cursus?': a goal told before it asks
    read = words_of(goal)
    said = [w for w in read if w.is_word]
    hedged_first = bool(said) and said[0].lower in style.one_word_hedges
    most = MAX_HEDGED_WORDS if hedged_first else MAX_FRAGMENT_WORDS
    if not 0 < len(said) <= most:
        return None  # a hedge first proposes a longer step too ('Misschien een keer X bij Y?')
    subjects = {s.lower() for s in style.subjects}
    if said[0].lower in style.question_words or any(w.lower in subjects for w in said):
        return None  # 'Wat moet ik daarvoor doen?', 'Kan ik ...?': a question of its own
    if said[0].finite:
        return None  # 'Is dit haalbaar?', 'Klopt dat?': a clause that asks, verb first
    if any(w.lower in style.tried_acts for w in said):
        return None  # 'Maybe try X?': a trial, which the tried step commits (exploring.py)
    hedged = stated_line(text, style, read, course)
    if hedged is not None:
        return hedged
    if said[0].lower in style.one_word_hedges or any(w.pos == "PRON" for w in said):
        return None  # a hedge the line reader left alone, or 'dit?': nothing named
    step = bare_route_step(said, body, style)  # 'rotatie naar X?': the step
    return step or person_route_step(said, style) or f"{body}."  # 'Coach?' (asked_people.py)
