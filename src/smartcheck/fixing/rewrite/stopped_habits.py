"""A habit the writer tells, and then that it has to stop: a bounded habit to commit to.

'Ik neem werk mee naar huis en dat moet stoppen', 'I check my mail at night and that needs
to stop': the writer tells what they do now and asks for it to end. Committed as written
the rewrite promised the habit itself ('By [date], I will take work home and that has to
stop'); stopping it for good is an absolute the writer cannot keep. What the writer can
commit to is the habit bounded: at most a number of times in a period the writer sets (the
pack's ``habit_bound``: 'hooguit [aantal] keer per maand', 'no more than [number] times a
month'), in the writer's own words: 'Vóór [datum] ga ik hooguit [aantal] keer per maand
werk mee naar huis nemen'.

It reads one sentence: the writer as subject, a finite verb, what it takes, then one of the
pack's ``habit_stops`` ('en dat moet stoppen', 'and that has to stop') at its end; a habit
with its own rate ('elke dag') is left to the other readings; an absolute of how often
('always', 'altijd'; the pack's ``rewrite.routine_absolutes``) is the rate the bound
replaces, and goes. The verb goes to its infinitive (the tagger's lemma, else an
infinitive of the stem the dictionary knows), after the bound in Dutch, before it in
English. The words that ask the stop go on purpose (:func:`habit_stop_spans`, for the seam
check and the measure; a rewrite that keeps them is refused, seams/kept_stop.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, capitalise, join, words_of
from smartcheck.reading.anatomy.infinitives import stem_infinitives
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Tags of a word after the writer that is no verb of theirs ('Ik *de* ...').
_NO_VERB = frozenset({"NOUN", "PROPN", "PRON", "DET", "ADP", "NUM", "PUNCT", "CCONJ", "SCONJ"})
#: Most words of the habit after its verb ('werk mee naar huis').
_HABIT_WORDS = 10


def habit_stop_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the goal asks its habit to stop ('en dat moet stoppen' at its end): words the
    bounded habit replaces on purpose (the seam check and the measure let them go)."""
    text = goal.text.rstrip().rstrip(".!")
    for stop in sorted(style.habit_stops, key=len, reverse=True):
        told = stop.lower() if stop.startswith(",") else " " + stop.lower()
        if text.lower().endswith(told):  # ', dat moet stoppen': the comma goes with it
            return [(len(text) - len(stop), len(text))]
    return []


def bounded_habit(goal: Goal, style: RewriteStyle, particles: frozenset[str]) -> str | None:
    """The habit ``goal`` asks to stop, as the bounded habit the writer commits to; None
    when it is no such sentence (``particles``: the pack's separable particles, which a
    verb-final infinitive takes back: 'los ... op' -> 'oplossen')."""
    if not style.habit_bound:
        return None
    spans = habit_stop_spans(goal, style)
    text = goal.text.rstrip().rstrip(".!")
    if not spans or re.search(r"[.!?;:]", text[: spans[0][0]]):
        return None
    end = spans[0][0]
    words = [w for w in words_of(goal) if w.text.strip() and 0 <= w.start < end]
    while words and not words[-1].is_word:
        words.pop()
    subject = style.default_subject.lower()
    if (
        len(words) < 3
        or words[0].lower != subject
        or any(_apart(words, n) for n in range(len(words)))
    ):
        return None
    rates = {r.lower() for r in style.routine_absolutes if " " not in r}
    words = [words[0], *(w for w in words[1:] if w.lower not in rates)]  # 'I *always* forget'
    if len(words) < 3:
        return None
    verb, rest = words[1], words[2:]
    if verb.lower in style.modals or len(rest) > _HABIT_WORDS:
        return None
    if any(e.kind == "recurring" and e.start < end for e in goal.deadlines):
        return None  # 'elke dag snoep eten': its own rate, which a bound per month would cross
    infinitive = _infinitive(verb, goal.lang)
    if infinitive is None:
        return None
    last = rest[-1].lower
    joined = last + infinitive
    if style.word_order == "v2" and last in particles and known_word(joined, goal.lang):
        rest, infinitive = rest[:-1], joined  # 'los de problemen op' -> 'oplossen'
    values = {"number": style.placeholders.number}
    bound = style.habit_bound.format(**values)
    deadline = style.frames.deadline.format(date=style.placeholders.date)
    measure = style.frames.measure.format(measure=style.placeholders.measure)
    aux = style.subjects[subject]
    me = style.default_subject
    habit = join(rest)
    if style.word_order == "v2":
        head = f"{capitalise(deadline)} {aux} {me.lower()} {bound} {habit} {infinitive}"
    else:
        head = f"{capitalise(deadline)}, {me} {aux} {infinitive} {habit} {bound}"
    return f"{head}{measure}."


def _apart(words: list[Word], n: int) -> bool:
    """Is ``words[n]`` a mark that parts the sentence (a comma, a bracket), not one inside a
    word that touches both its neighbours ('warm*-*up', 'in*/*out')?"""
    if words[n].is_word:
        return False
    inside = 0 < n < len(words) - 1
    return not (
        inside and words[n - 1].end == words[n].start and words[n].end == words[n + 1].start
    )


def _infinitive(verb: Word, lang: str) -> str | None:
    """The infinitive of the writer's finite verb: its lemma when the dictionary knows it,
    else the first infinitive of its stem it knows ('neem' -> 'nemen')."""
    if verb.pos in _NO_VERB:
        return None  # the tagger may call the verb after 'ik' an adjective ('Ik rook ...')
    lemma = verb.lemma.lower()
    if lemma and lemma != verb.lower and known_word(lemma, lang):
        return lemma
    if lang and known_word(verb.lower, lang) and verb.lower == lemma:
        found = next((i for i in stem_infinitives(verb.lower) if known_word(i, lang)), None)
        return found or verb.lower
    return None
