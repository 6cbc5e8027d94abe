"""The writer's step of settling someone else's wish with the one who wished it.

"Mijn teamleider wil dat ik ploegleider word, maar ik blijf liever monteur.": a real
disagreement (reserved.py) is no wish the writer takes on; the writer's own controllable
part is to agree on it with the other (JUDGING A: explicitly agreed with the manager). The
step is told in the pack's ``frames.settled`` with the wished clause in its words ("Ik maak samen
met mijn teamleider uit of ik ploegleider word.", "I will agree with my lead on whether I run
the stand-up.").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.voices.clause import (
    infinitive_clause,
    lowered,
    names_person,
    thats,
)
from smartcheck.fixing.rewrite.voices.opinions import voice_at
from smartcheck.fixing.rewrite.words import Word, capitalise, join, outside_brackets, tidy

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Most adverbs between the other's verb and the writer's clause ('wil graag dat ik').
_ADVERBS = 2
#: Marks that end the one clause about the writer.
_MARKS = frozenset({",", ";", "-", "\u2013", "\u2014", ".", "!", "?"})


def settled(
    words: list[Word],
    style: RewriteStyle,
    particles: frozenset[str],
    frame: str | None = None,
) -> str | None:
    """The writer's step of settling the wish with the one who wished it, in the pack's
    ``frames.settled`` ('Ik maak samen met {who} uit of {clause}.'): ``words`` are the wish
    ('Mijn leidinggevende wil dat ik ploegleider word'), its clause about the writer told
    as it stands after the complementizer ('ik ploegleider word', 'I should do more night
    shifts') or, after an object pronoun and an infinitive, with the writer as its subject
    ('wants me to run the stand-up' -> 'I run the stand-up'). None when no other person
    wishes an act of the writer's, or the clause would need a verb form the words lack.
    ``frame``: another frame of the step than ``frames.settled`` ('... uit wanneer ...')."""
    frame = frame or style.frames.settled
    while words and not words[-1].is_word and words[-1].text != ")":
        words = words[:-1]  # the wish's stop goes, an aside's closing bracket stays
    at = voice_at(words, style) if frame else None
    if frame is None or at is None or not names_person(words[:at], style):
        return None
    n = at + 1
    while n < min(at + 1 + _ADVERBS, len(words)) and words[n].pos == "ADV":
        n += 1  # 'wil graag dat ik ...'
    if n < len(words) and words[n].lower in {t.lower() for t in thats(style)}:
        n += 1
    if n + 2 > len(words):
        return None
    me = words[n]
    if me.lower in style.object_pronouns:  # 'wants me to run ...': 'I run ...'
        rest = infinitive_clause(words[n + 1 :], style, particles)
        if style.word_order == "v2" or not rest or rest[0].pos == "AUX":
            return None  # a finite form the words lack ('om ... te nemen', 'to be')
        subject = style.object_pronouns[me.lower]
        if subject == style.default_subject.lower():
            subject = style.default_subject  # 'I', capital where the pack writes it so
        clause = [Word(subject), *rest]
    elif me.lower in style.subjects:
        clause = words[n:]
    else:
        return None
    if any(w.text in _MARKS and not _hyphen(w) for w in outside_brackets(clause)):
        return None  # more than the one clause about the writer
    who = lowered(words[:at], style)
    told = frame.format(who=who, clause=join(clause, lead=False).strip())
    return capitalise(tidy(told)).rstrip(" ,")


def _hyphen(word: Word) -> bool:
    """A dash inside a compound ('on-call', 'BHV-cursus'), written with no space before it:
    part of a word, no mark between clauses."""
    return word.text == "-" and not word.space_before
