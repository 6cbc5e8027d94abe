"""Dutch verb second: the word in the finite verb's slot must be a verb.

In a Dutch main clause the finite verb stands right before the subject after a fronted
phrase ('Vóór 1 juni *ga* ik ...') and right after a subject that opens the clause ('Ik *ga*
...'). A rewrite that moved the wrong word there reads broken whatever moved it: a noun of a
compound the tagger called a finite verb ('Vóór [datum] *timemanagement* ik de cursus volg',
from 'de cursus timemanagement volg'). The tagger that misread the goal misreads the
candidate the same way, so the word is judged by the dictionary (does Dutch inflect it as a
verb?) and by the goal (did the writer use it inside a noun phrase?).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.reading.anatomy.infinitives import form_infinitives
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.configuration.grammar import Grammar
    from smartcheck.reading.goal import Goal

#: What a word in the verb slot may be tagged that a moved noun is tagged too (content
#: words); a closed word there ('dat ik', 'en ik') opens another clause.
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "AUX", "X"})

#: What comes before a noun inside a noun phrase of the goal ('de cursus *timemanagement*').
_IN_A_NOUN_PHRASE = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})


def noun_in_verb_slot(doc: Doc, goal: Goal, style: RewriteStyle, grammar: Grammar) -> list[Seam]:
    """A word of a noun phrase of the goal, which Dutch does not inflect as a verb, standing
    where the finite verb belongs: before the subject after a fronted phrase, or right after
    a subject that opens the clause. Verb-second languages only."""
    original = goal.doc
    if style.word_order != "v2" or original is None:
        return []
    nouns = _noun_phrase_words(original)
    if not nouns:
        return []
    seams: list[Seam] = []
    for t in _verb_slots(doc, style):
        if t.lower_ in nouns and not _verb_form(t, style, grammar):
            seams.append(Seam("word_order", f"{t.text!r} in the verb slot", (t.lower_, "v2")))
    return seams


def _verb_slots(doc: Doc, style: RewriteStyle) -> list[Token]:
    """The words where a clause's finite verb stands: before a subject pronoun that follows
    a fronted phrase, and after a subject pronoun that opens a clause."""
    slots: list[Token] = []
    for t in doc:
        if t.lower_ not in style.subjects:
            continue
        if _opens_clause(t) and t.i + 1 < len(doc):
            slots.append(doc[t.i + 1])  # 'Ik *ga* ...'
        elif t.i >= 2 and not _opens_clause(doc[t.i - 1]):
            slots.append(doc[t.i - 1])  # 'Vóór juni *ga* ik ...'
    return [s for s in slots if s.is_alpha and s.pos_ in _CONTENT]


def _opens_clause(token: Token) -> bool:
    """The first word of the text or of a part after a comma, semicolon or colon."""
    return token.i == 0 or token.doc[token.i - 1].text in (",", ";", ":", ".")


def _noun_phrase_words(goal: Doc) -> set[str]:
    """The goal's words that follow a determiner, noun, adjective or number: inside a noun
    phrase, not in a verb slot of the writer's ('de cursus timemanagement')."""
    return {t.lower_ for t in goal[1:] if t.is_alpha and goal[t.i - 1].pos_ in _IN_A_NOUN_PHRASE}


def _verb_form(token: Token, style: RewriteStyle, grammar: Grammar) -> bool:
    """Does Dutch inflect ``token`` as a verb: a modal or committed auxiliary of the pack,
    a form whose lemma is a known infinitive ('doe' -> 'doen', 'ben' -> 'zijn'), a present
    ('volg', 'werkt') or past ('volgde') whose infinitive the dictionary knows, or a plural
    present that is its infinitive's form ('Momenteel *missen* wij ...': the dictionary
    knows 'mist')."""
    lower = token.lower_
    if infinitive_evidence(lower, "nl", grammar, style):
        return True
    if lower in style.modals or lower in style.finite_words or lower in style.subjects.values():
        return True
    lemma = token.lemma_.lower()
    if lemma != lower and lemma.endswith("n") and known_word(lemma, lang="nl"):
        return True
    if known_word(f"{lower}n", lang="nl"):
        return True  # 'ga', 'doe', 'sta': a short infinitive
    stems = [lower]
    if lower.endswith(("de", "te")) and len(lower) > 4:
        stems.append(lower[:-2])  # 'volgde', 'werkte'
    return any(known_word(i, lang="nl") for s in stems for i in form_infinitives(s))


def acronym_as_verb(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """An acronym the writer named a thing with ('CAD', 'SQL', 'BHV') standing where an
    English verb belongs: right after a modal ('I will CAD') or after the purpose frame's
    'to' ('in order to CAD (Rhino / Matrix)'). The tagger calls a bare acronym a verb at
    random, so the goal decides: an acronym the writer used as a verb (before an object:
    'QA every release', 'CC my manager', 'to QA it') may stand there. Subject-verb-object
    languages only (a Dutch verb goes last: 'ik wil CAD leren' is whole). So does a name
    the pack always writes with a capital ('English', 'Spanish'; ``capitalised``), which the
    frame lowered into a verb ('I will english for customers')."""
    original = goal.doc
    if style.word_order != "svo" or original is None:
        return []
    opener = (style.frames.purpose or "").split("{")[0].split()
    seams: list[Seam] = []
    for t in doc[1:]:
        named = _acronym(t) or t.lower_ in style.capitalised  # 'I will english for ...'
        if not named or t.lower_ in _verbs_of_the_writer(original, style):
            continue
        before = [u.lower_ for u in doc[max(0, t.i - len(opener)) : t.i]]
        if doc[t.i - 1].lower_ in style.modals or (opener and before == opener):
            seams.append(Seam("word_order", f"{t.text!r} in a verb's place", (t.lower_,)))
    return seams


#: What follows a verb's object opening: 'QA *every* release', 'CC *my* manager'.
_OBJECT_OPENERS = frozenset({"DET", "PRON", "NUM"})


def _acronym(token: Token) -> bool:
    return token.is_alpha and len(token.text) >= 2 and token.text.isupper()


def _verbs_of_the_writer(goal: Doc, style: RewriteStyle) -> set[str]:
    """The goal's acronyms and names used as verbs (lower case): after a modal or 'to', or
    opening a clause with an object after them ('QA every release', 'polish the floors')."""
    used: set[str] = set()
    for t in goal:
        if not _acronym(t) and t.lower_ not in style.capitalised:
            continue
        after_verb_word = t.i > 0 and goal[t.i - 1].lower_ in (*style.modals, "to")
        nxt = goal[t.i + 1] if t.i + 1 < len(goal) else None
        with_object = _opens_clause(t) and nxt is not None and nxt.pos_ in _OBJECT_OPENERS
        if after_verb_word or with_object:
            used.add(t.lower_)
    return used
