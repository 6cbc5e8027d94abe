"""A goal written as a note: a fragment, then a word on it after a comma or a full stop.

'Meer intervisie, minimaal 6x per jaar.', 'Sneller worden in de werkplaats, onderhoudsbeurt
binnen 45 min', 'Beter rapporteren. Korter en feitelijker.', 'More variety in my lessons,
not just the textbook.': the writer names what to improve without a subject, and after it
a target, a means, a quality or a contrast. The frames read such a text as one clause and
find no place for the second piece, so it got only the structured fallback.

The fragment is rewritten on its own (the checker judges it as a goal, and asks only for
what the whole text lacks: a target in the note is the measure, so no '[hoe gemeten]'), and
the note goes back right after the fragment's words: after a comma as the writer had it,
after a full stop behind a colon ('... in ONS: korter en feitelijker, ...'). A note that
tells something with a verb of its own ('they keep slipping', 'nu zitten we op 5%') stays a
sentence of its own after the rewrite, as the writer put it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.hedged_notes import example_note
from smartcheck.fixing.rewrite.note_clauses import hedged_means, own_part, tells
from smartcheck.fixing.rewrite.words import (
    Word,
    abbreviation_stop,
    capitalise,
    inside_sentence,
    join,
    lowers_inside,
    words_of,
)
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.criteria import Criterion
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal
    from smartcheck.reporting.report import GoalReport

#: Marks after which a note may follow the fragment: a comma, or the end of a sentence.
_MARKS = frozenset({",", ".", ";"})
#: Most words of the fragment: a short phrase, no paragraph.
MAX_HEAD_WORDS = 14
#: Most words of the note.
MAX_NOTE_WORDS = 24


@dataclass(frozen=True)
class Noted:
    """A goal split into its fragment (``head``) and the note after it."""

    head: str
    note: str
    mark: str  # the writer's mark between them: ',' or a sentence end
    clause: bool  # the note tells something with a finite verb: a sentence of its own
    inside: str = ""  # the note as it reads inside the sentence (its capital gone)
    routine: bool = False  # the note holds a routine ('minimaal 6x per jaar'): kept until a date


def noted(goal: Goal, style: RewriteStyle) -> Noted | None:
    """The fragment and its note, or None when the goal opens with the writer as subject
    (a sentence, no note), or has no mark with words on both sides within the limits."""
    words = [w for w in words_of(goal) if w.text.strip()]
    while words and not words[-1].is_word:
        words.pop()
    subjects = {s.lower() for s in style.subjects}
    depth = 0  # a mark inside brackets ('MAG (135, P BW)') lists details, it ends no fragment
    for at, word in enumerate(words):
        depth += (word.text == "(") - (word.text == ")")
        if depth > 0 or word.text not in _MARKS:
            continue
        if abbreviation_stop(words, at, style.abbreviations):
            continue
        head, note = words[:at], words[at + 1 :]
        said = [w for w in head if w.is_word]
        told = [w for w in note if w.is_word]
        if not said or not told or any(w.lower in subjects for w in said):
            return None  # the first piece is the writer's sentence: no fragment
        if len(said) > MAX_HEAD_WORDS or len(told) > MAX_NOTE_WORDS:
            return None
        joint = told[0].pos in ("CCONJ", "SCONJ") and told[0].lower not in style.amount_words
        if told[0].lower in style.clause_openers or joint:  # 'Less' is no 'unless'
            return None  # '..., want ...', '..., so that ...': the clause goes on, no note
        main = own_part(told, style)  # 'ook als het even snel moet': a clause of its own
        if any(w.lower in subjects or w.lower in style.modals for w in main):
            return None  # 'Ik wil ...', '..., wil het vaker doen': the writer's goal, no note
        mark = "," if word.text == "," else "."
        clause = tells(main, told, _finite, style)
        opening = note.index(told[0])
        first = told[0]
        if known_word(first.lower, lang=goal.lang) and lowers_inside(first.text):
            first = first.with_text(first.text[:1].lower() + first.text[1:])  # 'Concreter'
        inside = join([*note[:opening], inside_sentence(first), *note[opening + 1 :]])
        if not clause and hedged_means(told, style):  # '..., misschien via een e-learning'
            inside = join(note[opening + 1 :])
        example = None if clause else example_note(told, style)
        if example is not None:  # '..., misschien een rotatie ...': 'bijvoorbeeld met een ...'
            inside = example
        begin = told[0].start
        dated = mark == "." and any(
            e.kind == "deadline" and e.end <= begin for e in goal.deadlines
        )  # 'Vóór 1 maart het vaarbewijs halen. Oefenen op zaterdag.': a one-off, the
        # routine in the sentence after it is how
        routine = (
            not clause
            and not dated
            and any(e.kind == "recurring" and e.start >= begin for e in goal.deadlines)
        )  # the note's own routine: a routine told in a sentence of context is no target
        return Noted(join(head), join(note), mark, clause, inside, routine)
    return None


#: Dashes that set a note off when spaced ('Ploegleider worden - meer verantwoordelijkheid').
_DASHES = frozenset({"-", "\u2013", "\u2014"})


def dashed(goal: Goal, style: RewriteStyle) -> Noted | None:
    """A fragment with its note after a spaced dash ('Ploegleider worden - meer
    verantwoordelijkheid, de planning van de dag maken', 'instagram bijhouden - min. 2
    posts per week, vanaf januari'): what the step involves, or its target and start. The
    note keeps its commas; None when the fragment is the writer's sentence, the note tells
    something with a verb of its own ('- clients complain about ...': one piece, no list
    of aspects, whose fragments the tagger reads finite verbs in) or is too long."""
    words = [w for w in words_of(goal) if w.text.strip()]
    while words and not words[-1].is_word:
        words.pop()
    at = next((n for n, w in enumerate(words) if w.text in _DASHES), None)
    if at is None or at + 1 >= len(words) or not words[at + 1].space_before:
        return None
    if not words[at].space_before or any(w.text in _DASHES for w in words[at + 1 :]):
        return None  # 'e-mail', or aspects between two dashes (aspects.py)
    head, note = words[:at], words[at + 1 :]
    said = [w for w in head if w.is_word]
    told = [w for w in note if w.is_word]
    subjects = {s.lower() for s in style.subjects}
    if not said or not told or any(w.lower in subjects for w in [*said, *told]):
        return None
    if len(said) > MAX_HEAD_WORDS or len(told) > MAX_NOTE_WORDS:
        return None
    if any(w.lower in style.modals for w in told) or note[-1].text == "?":
        return None  # '- maybe a monthly newsletter?': a guess at the means (asides.py)
    spoken = " " + " ".join(w.lower for w in told) + " "
    if any(f" {hedge} " in spoken for hedge in style.drop_hedges):
        return None
    listed = any(w.text == "," for w in note)  # aspects, whose verbs the tagger misreads
    if not listed and any(_finite(w, style) for w in told):
        return None  # '- clients complain about delivery time': a clause, read whole
    routine = any(e.kind == "recurring" and e.start >= told[0].start for e in goal.deadlines)
    return Noted(join(head), join(note), "-", False, join(note), routine)


def note_misplaced(rewrite: str, found: Noted) -> bool:
    """The rewrite holds the writer's dash, but not right after the fragment's last word:
    the note moved inside the fragment ('om - meer verantwoordelijkheid ploegleider te
    worden') or the frame went between them ('Teamleider worden vóór [datum] - ...'). A
    rewrite that made the note words of its own ('- maybe a newsletter?' -> 'for example
    with a newsletter') holds no dash: it stays."""
    dash = "|".join(re.escape(d) for d in _DASHES)
    if re.search(rf"\s(?:{dash})\s", rewrite) is None:
        return False
    last = re.findall(_WORD, found.head)
    if not last:
        return False
    after = rf"(?<![\w-]){re.escape(last[-1])}\s+(?:{dash})\s"
    return re.search(after, rewrite, re.I) is None


#: A word of the fragment, its hyphenated parts together ('burn-out', 'e-learning').
_WORD = r"[^\W_]+(?:-[^\W_]+)*"


def _finite(word: Word, style: RewriteStyle) -> bool:
    """A finite verb of a clause: by its tag, a verb the writer's subject does not own."""
    return word.pos in ("VERB", "AUX") and word.finite is True and word.lower not in style.subjects


def problem_note(found: Noted, problems: Iterable[str]) -> Noted:
    """A note after a full stop that names what goes wrong now ('meer rust in mijn hoofd.
    Te veel dossiers tegelijk.', 'Too many interruptions.'; the pack's ``present_problems``)
    is the writer's reason, no part of the goal: it stays a sentence of its own after the
    rewrite. Behind a colon it read as what the goal is ('... in mijn hoofd: te veel dossiers
    tegelijk')."""
    if found.mark == "." and not found.clause and _note_opens(found, problems):
        return replace(found, clause=True)
    return found


def narrowing_note(found: Noted, markers: Iterable[str]) -> Noted:
    """A note after a full stop that narrows the fragment to a case ('Beter worden in het
    lezen van tekeningen. vooral de schema's', 'Especially ...'; the pack's
    ``narrowing_markers``) goes back after a comma, as it would have been written inside the
    sentence: behind a colon it read as what the whole goal is."""
    if found.mark == "." and _note_opens(found, markers):
        return replace(found, mark=",")
    return found


def _note_opens(found: Noted, phrases: Iterable[str]) -> bool:
    """The note opens with one of ``phrases`` (or is one)."""
    said = found.inside.strip().lower()
    return any(said == p.lower() or said.startswith(f"{p.lower()} ") for p in phrases)


def with_note(rewrite: str, found: Noted, style: RewriteStyle) -> str | None:
    """The rewrite of the fragment with the note back after the fragment's last word (its
    clause, up to the next comma or stop); a note with a verb of its own as a sentence after
    the rewrite. None when the rewrite does not hold the fragment's last word."""
    body = _until(rewrite.strip(), style) if found.routine else rewrite.strip()
    if found.clause:
        note = capitalise(found.note.strip())
        return f"{body} {note if note[-1:] in '.!?' else note + '.'}"
    last = re.findall(_WORD, found.head)
    if not last:
        return None
    spots = list(re.finditer(rf"(?<![\w-]){re.escape(last[-1])}(?![\w-])", body, re.IGNORECASE))
    if not spots:
        return None
    end = re.search(r"[,;.!?](?=\s|$)", body[spots[-1].end() :])
    if end is None:
        return None
    at = spots[-1].end() + end.start()
    note = found.inside.strip().rstrip(".!;")
    if found.mark == "-":
        return f"{body[:at]} - {note}{body[at:]}"
    joint = ":" if found.mark == "." else ","
    return f"{body[:at]}{joint} {note}{body[at:]}"


def _until(text: str, style: RewriteStyle) -> str:
    """A routine is kept until a date, not done by one: the rewrite's deadline ('Vóór
    [datum]', 'By [date]') becomes the frame's end of a routine ('Tot [datum]')."""
    values = {"date": style.placeholders.date}
    deadline = style.frames.deadline.format(**values)
    until = style.frames.until.format(**values)
    if text.startswith(capitalise(deadline)):
        return capitalise(until) + text[len(deadline) :]
    return text.replace(deadline, until)


def with_given(report: GoalReport, given: frozenset[Criterion]) -> GoalReport:
    """``report`` with the criteria in ``given`` passed: the text around a fragment meets
    them (its note holds the target), so the fragment's rewrite does not ask for them."""
    if not given or all(report.criteria[c].passed for c in given):
        return report
    criteria = {
        c: score.model_copy(update={"passed": True, "question": None}) if c in given else score
        for c, score in report.criteria.items()
    }
    smart = all(score.passed for score in criteria.values())
    return report.model_copy(update={"criteria": criteria, "is_smart": smart})
