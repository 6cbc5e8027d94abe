"""A step asked as a question, with a note on why after it.

'French course? lots of assignees from Paris lately', 'Maybe a course in shop lighting? our
windows look flat in the evening': the writer floats a step as a question and adds, after
it, what makes them ask. Read whole, the note went into the goal's sentence (the question
mark read as a comma: 'I will complete the French course, lots of assignees ...', the doubt
gone and a fragment spliced on) or left only the structured fallback. The question is read
alone, as any floated or asked step is (settled with the manager, floated_steps.py), and
the note stays after it as a sentence of its own, as the writer meant it.

Read only for a text of two sentences: the first a short step ending in a question mark (no
comma: '..., maybe rotate there?' is a goal with its doubt, read whole); the second going on
in lower case as the writer's aside, maybe in brackets (a sentence of its own, 'The club
next door does it.', is read whole, as before), no question and no goal of the writer's. It
names no time (the step's deadline would be lost), no writer as a subject and no modal of
the writer's ('(zij gaat minder werken)' is another's), and opens with no word
that goes on the question's clause ('or', 'because', 'to').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentence_spans
from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words of the asked step: a short phrase ('Maybe a course in shop lighting?').
_MOST_ASKED_WORDS = 8
#: A word of the note, for the checks against the pack's word lists.
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def asked_note(
    goal: Goal, style: RewriteStyle, joiners: frozenset[str], others: frozenset[str] = frozenset()
) -> tuple[str, str] | None:
    """The question and its note as a sentence of its own, or None for any other text
    (``joiners``: the first words of the pack's coordinators, subordinators, reason and
    purpose markers, lower case; ``others``: the subject pronouns of others, 'zij', 'he',
    whose modal is no step of the writer's: '... ? (zij gaat minder werken)')."""
    text = goal.text
    spans = sentence_spans(text, style.abbreviations)
    if len(spans) != 2:
        return None
    (a, b), (c, d) = spans
    question, note = text[a:b], _unbracketed(text[c:d].strip())
    if not question.endswith("?") or "?" in question[:-1] or "?" in note:
        return None
    if not note[:1].islower():
        return None  # '... ? The club next door does it.': a sentence of its own, read whole
    if "," in question or len(question.split()) > _MOST_ASKED_WORDS:
        return None  # '..., maybe rotate there for a few weeks?': a goal with its doubt
    if any(e.end > c for e in goal.deadlines):
        return None  # 'French course? before the summer': the note dates the step
    words = [w.lower().split("'")[0] for w in _WORD.findall(note)]  # "I'd" is the writer
    if len(words) < 2:
        return None
    own = {s.lower() for s in style.subjects}
    theirs = words[0] in others and words[0] not in own
    if any(w in own or (w in style.modals and not theirs) for w in words):
        return None  # '... ? ik wil dat graag', '... ? I can do it in May': the writer's own
    goes_on = style.clause_openers | style.step_joiners | frozenset(style.infinitive_markers)
    goes_on |= joiners
    if words[0] in goes_on:
        return None  # '... because ...', '... or stay with Java', '... to see how ...': the
        # question goes on
    told = capitalise(note)
    return question, told if told[-1] in ".!" else f"{told}."


def _unbracketed(note: str) -> str:
    """The note without the brackets that enclose it whole ('... van Ria? (zij gaat minder
    werken)'): told as a sentence of its own, it needs none."""
    if note.startswith("(") and note.rstrip(".").endswith(")") and note.count("(") == 1:
        return note.rstrip(".")[1:-1].strip()
    return note
