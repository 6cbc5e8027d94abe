"""A norm laid on everyone the writer belongs to, told as the writer's own act.

'Iedereen draagt veiligheidsschoenen in de hal', 'Everyone wears a helmet on the floor',
'Het hele team ruimt de werkplek op na de dienst': a rule of the workplace with everyone as
its subject and nobody named who wants it. R001 reads the universal subject as an absolute
(everyone, every time), A the others' behaviour as nothing the writer controls; seeing to it
that everyone does it ('Ik zorg ervoor dat iedereen ...') keeps both. The writer's own,
controllable part is doing it themselves: the writer in everyone's place, the verb in the
writer's person, everyone's possessive the writer's ('Ik draag veiligheidsschoenen in de
hal', 'I wear my helmet on the floor'), and that sentence rewritten like any goal of the
writer's (whole_text.py reads it in the goal's place).

The verb in the writer's person: English takes the bare verb ('wears' -> 'wear'; an
irregular one from the pack's ``first_person_forms``, 'has' -> 'have', 'is' -> 'am'; a modal
stays). Dutch keeps a modal in its place ('Ik moet ...') and tells any other verb as the
infinitive after the writer's wish ('Ik wil ... dragen'), which the rewrite commits: the
writer's verb stays the writer's lemma, and no stem has to be spelled. A subject of more
words ('the whole team', 'alle collega's') names the others with a noun the writer's
sentence would lose: such a goal is left to the other readings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, join, words_of
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Dependency of a possessive before its noun ('*zijn* helm', '*their* helmet').
_POSSESSIVE = "nmod:poss"


def own_norm(goal: Goal, style: RewriteStyle, particles: frozenset[str]) -> str | None:
    """The goal told with the writer in everyone's place, or None when it does not open
    with one of the pack's ``everyone_subjects`` right before its verb, or holds a sentence
    more, or the writer is in it already; ``particles``: the pack's separable particles."""
    text = goal.text.strip()
    if not style.everyone_subjects or re.search(r"[.!?;:]\s+\S", text):
        return None
    words = [w for w in words_of(goal) if w.text.strip()]
    subjects = {s.lower() for s in style.subjects}
    if any(w.lower in subjects for w in words):
        return None
    size = _subject_size(words, style)
    if size != 1 or len(words) <= size + 1:
        return None  # 'the whole team' names the others: their noun would be lost
    verb, rest = words[size], words[size + 1 :]
    if not verb.is_word or verb.pos not in ("VERB", "AUX", "NOUN"):
        return None
    rest = [_owned(w, style) for w in rest]
    while rest and not rest[-1].is_word:
        rest.pop()
    if not rest:
        return None
    me = style.default_subject
    me = me[:1].upper() + me[1:]
    if style.word_order == "v2":
        return _dutch(me, verb, rest, style, goal.lang, particles)
    form = _english_form(verb, style)
    return None if form is None else f"{me} {form} {join(rest)}."


def _subject_size(words: list[Word], style: RewriteStyle) -> int:
    """How many words the everyone subject the goal opens with takes (0: none)."""
    lower = [w.lower for w in words]
    for subject in sorted(style.everyone_subjects, key=len, reverse=True):
        parts = subject.lower().split()
        if lower[: len(parts)] == parts:
            return len(parts)
    return 0


def _owned(word: Word, style: RewriteStyle) -> Word:
    """Everyone's possessive as the writer's ('their' -> 'my', 'zijn helm' -> 'mijn
    helm'); a verb 'zijn' is no possessive (its dependency says)."""
    mine = style.everyone_possessives.get(word.lower)
    if mine is None or not (word.dep == _POSSESSIVE or word.pos in ("PRON", "DET")):
        return word
    return word.with_text(mine)


def _english_form(verb: Word, style: RewriteStyle) -> str | None:
    """The verb in the first person: a modal as it is, an irregular one from the pack's
    ``first_person_forms`` ('has' -> 'have', 'is' -> 'am'), else the bare verb the lemma
    gives ('wears' -> 'wear'); None for a past form or one that is no third person."""
    if verb.lower in style.modals:
        return verb.lower
    irregular = style.first_person_forms.get(verb.lower)
    if irregular is not None:
        return irregular
    lemma = verb.lemma
    if verb.past or not lemma.isalpha() or lemma == verb.lower or not verb.lower.endswith("s"):
        return None
    return lemma


def _dutch(
    me: str, verb: Word, rest: list[Word], style: RewriteStyle, lang: str, particles: frozenset[str]
) -> str | None:
    """The Dutch sentence: a modal in the writer's person in its place ('Ik moet ...'; the
    same form but for the pack's ``first_person_forms``), any other verb as the infinitive
    after the writer's wish, last in the clause ('Ik wil ... dragen'), its separable
    particle joined back on ('zet ... op' -> 'opzetten'); the rewrite commits the wish."""
    form = verb.lower
    if form in style.modals:
        return f"{me} {style.first_person_forms.get(form, form)} {join(rest)}."
    lemma = verb.lemma or lemma_of(form, lang)
    wish = next((w for w in style.weak_finite if w in style.modals), None)
    if not lemma or lemma == form or wish is None or not known_word(lemma, lang):
        return None  # no infinitive to tell (a plural is one already: no singular subject)
    cut = next((n for n, w in enumerate(rest) if w.text == ","), len(rest))
    clause, after = rest[:cut], rest[cut:]
    particle = next((w for w in clause if _particle_of(w, lemma, particles, lang)), None)
    if particle is not None:  # 'ruimt zijn werkplek op' -> 'zijn werkplek opruimen'
        clause = [w for w in clause if w is not particle]
        lemma = particle.lower + lemma
    return f"{me} {wish} {join([*clause, Word(lemma), *after])}."


def _particle_of(word: Word, lemma: str, particles: frozenset[str], lang: str) -> bool:
    """``word`` is the separable particle of the verb ``lemma`` ('op' of 'ruimt ... op'):
    one of the pack's particles, tagged as the verb's (or the verb's lemma holds it already),
    or one that with the verb makes a word the dictionary knows."""
    if word.lower not in particles:
        return False
    if lemma.startswith(word.lower):
        return False  # the lemma holds it already: the word is a preposition of its own
    return word.dep == "compound:prt" and known_word(word.lower + lemma, lang)
