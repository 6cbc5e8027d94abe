"""A line of a list told as a goal without a clause: 'cursus de-escalatie', 'Minder te laat
komen', 'EHBO', 'forklift refresher'.

POP forms list goals one a line, most without a verb or a subject ('- cursus de-escalatie',
'2. Minder te laat komen'). The small tagger reads such a line as a statement now and then
('de-escalatie' a finite verb with 'Cursus' its subject, 'laat' a finite verb), and a
statement of the present is context, never a goal: the line was kept as written and glued
before the next line's rewrite ('cursus de-escalatie Vóór [datum] ga ik ...'). A line that
states something has a subject of its own: a pronoun, a noun with its determiner, a plural
('klanten klagen vaak'), a name the dictionary does not know ('Ruud doet dat nu'), or (verb
second) a finite verb first whose subject the writer dropped ('Vind het lastig ...'). A line
with none of these is a goal told short.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.reading.anatomy.words import has_finite_form
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl", "csubj"})


def is_line_break(token: Token) -> bool:
    """A token of white space that holds a line break (spaCy keeps it as a token)."""
    return "\n" in token.text and not token.text.strip()


def told_short(
    tokens: Sequence[Token], lang: str, changes: Collection[str], verb_second: bool = False
) -> bool:
    """Whether ``tokens`` (one line of a list) are a goal told without a clause: no subject
    of its own and no finite verb first (see the module docstring). A word of change that
    opens the line (``changes``: the pack's comparatives, 'Minder', 'More') is the goal's
    direction, whatever the parser made of it. No subject is or hangs on a preposition ('ivm
    de matrozen': a misparse), and in a verb-second language (``verb_second``) a subject before
    its verb opens the line, and a verb after two parts of its clause is no finite verb:
    after another word ('zelf projecten trekken') it is the infinitive of a goal told
    short."""
    words = [t for t in tokens if t.is_alpha]
    if not words or has_finite_form(words[0]):
        return False
    if verb_second and any(_verb_last(t) for t in words if t.dep_ == "ROOT" and has_finite_form(t)):
        return True
    if verb_second and _infinitives_last(words):
        return True
    subjects = [
        t
        for t in tokens
        if t.is_alpha
        and t.dep_ in _SUBJECT_DEPS
        and "ADP" not in (t.pos_, t.head.pos_)
        and not (verb_second and t.i < t.head.i and _after_another(t, words[0]))
    ]
    return not any(_subject(t, lang) for t in subjects if t.lower_ not in changes)


def _after_another(subject: Token, first: Token) -> bool:
    """Does a word that is no part of ``subject``'s phrase stand before it in the line (from
    ``first``)? An adverb never is, whatever the tagger hung it on ('Zelf projecten')."""
    doc = subject.doc
    return subject.left_edge.i > first.i or any(t.pos_ == "ADV" for t in doc[first.i : subject.i])


def _verb_last(verb: Token) -> bool:
    """A main verb after two parts of its clause ('zelf projecten trekken'): verb second puts
    the finite verb right after the first, so it is the infinitive of a goal told short; not
    in a clause a conjunction opens ('omdat klanten vaak bellen')."""
    before = [c for c in verb.lefts if c.dep_ not in ("punct", "cc")]
    return len(before) >= 2 and not any(c.dep_ == "mark" for c in verb.children)


def _infinitives_last(words: Sequence[Token]) -> bool:
    """Does the line close on an infinitive, with no verb before it that must be finite
    ('bloedgasapparaten leren onderhouden', 'nieuwe collega's inwerken')? A Dutch plural verb
    of the present is written as its infinitive, so the tagger may read 'leren' as finite
    with the noun before it its subject; a statement would need a verb that shows its tense
    ('klanten *klagen* vaak': no infinitive closes it) or a pronoun ('we leren ...')."""
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    if not verbs or verbs[-1].i != words[-1].i or "Inf" not in verbs[-1].morph.get("VerbForm", []):
        return False
    if any(t.pos_ == "PRON" and t.dep_ in _SUBJECT_DEPS for t in words):
        return False
    finite = [t for t in verbs[:-1] if has_finite_form(t)]
    # the plural written as the infinitive ends as one does ('leren', 'gaan', 'doen')
    return all(t.lower_.endswith("n") and verbs[-1].head.i == t.i for t in finite)


def _subject(token: Token, lang: str) -> bool:
    """A subject that can be one: a pronoun, a noun with a determiner, a plural, or a name
    the dictionary does not know; a bare singular dictionary word ('Cursus') names a topic."""
    if token.pos_ == "PRON" or "Plur" in token.morph.get("Number", []):
        return True
    if any(c.dep_ == "det" for c in token.children):
        return True
    return not known_word(token.lower_, lang)
