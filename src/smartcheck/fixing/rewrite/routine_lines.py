"""A routine told without a verb: 'Eens per maand intervisie met de andere teamleiders.',
'Iedere vrijdag een uur vakliteratuur.', 'Twice a month a coaching session with Mark.'

A POP form's line often names a recurring moment and what happens in it, and leaves the verb
out. The frames found no verb to commit to and made the thing a purpose or a topic ('om
iedere vrijdag te hebben een uur vakliteratuur', 'I will [concrete behaviour] for a coaching
session'). The writer means to make room for it at that rhythm, so the line is read with the
pack's verb of scheduling (``rewrite.routine_line``: 'Ik plan {when} {what} in.', 'I will
schedule {what} {when}.') and rewritten as the routine it is: its end date asked, its
frequency kept. Only asked when nothing else read the goal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.wordclass import has_gerund, infinitive_evidence
from smartcheck.fixing.rewrite.words import words_of

if TYPE_CHECKING:
    from smartcheck.configuration.grammar import Grammar
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words such a line may have: a rhythm and a thing, no story.
MAX_ROUTINE_WORDS = 14
#: Word classes of a verb: a line with one is a clause of its own, no routine named.
_VERBS = frozenset({"VERB", "AUX"})
_THINGS = frozenset({"NOUN", "PROPN"})
#: Word classes that open a noun phrase ('*een* uur', '*twee* collega's').
_OPENERS = frozenset({"DET", "NUM", "PRON", "ADJ"})


def routine_stated(
    goal: Goal, style: RewriteStyle, grammar: Grammar, changes: frozenset[str]
) -> str | None:
    """``goal`` read with the pack's verb of scheduling around its one routine, or None when
    it is no one-line, verbless line of a routine and a thing (an infinitive the tagger
    called a noun is a verb: 'de mail checken'; a comma leaves a remark to read). ``changes``:
    the pack's comparatives ('meer', 'fewer'): 'Elke week minder klachten' is a count to
    move, no thing to schedule."""
    frame = style.routine_line
    text = goal.text.strip().rstrip(".!").rstrip()
    if not frame or any(c in text for c in "\n,;?") or len(goal.deadlines) != 1:
        return None
    routine = goal.deadlines[0]
    if routine.kind != "recurring":
        return None
    said = [w for w in words_of(goal) if w.is_word]
    if not 0 < len(said) <= MAX_ROUTINE_WORDS or any(w.pos in _VERBS for w in said):
        return None
    if any(infinitive_evidence(w.lower, goal.lang, grammar, style) for w in said):
        return None
    rest = [w for w in said if not routine.start <= w.start < routine.end]
    if not any(w.pos in _THINGS for w in rest) or any(w.lower in changes for w in rest):
        return None
    if rest and rest[0].pos not in _OPENERS and has_gerund(rest[0].lower, goal.lang, grammar):
        return None  # 'Each morning select my top three ...': a verb the tagger called a noun
    before = text[: routine.start].strip(" ,")
    after = text[routine.end :].strip(" ,")
    if before and after:
        return None  # 'Een uur per week vakliteratuur lezen': the routine inside the thing
    what = before or after
    when = routine.text[:1].lower() + routine.text[1:]
    return frame.format(when=when, what=what)
