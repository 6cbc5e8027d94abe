"""Dutch verb order tells an infinitive goal whose object opens it from a statement about others.

A Dutch main clause puts its finite verb second, and a finite separable verb leaves its
particle behind ("Collega's *leggen* het *uit*"). So an -en form after the opening noun
phrase and an adverb ("Klanten beter *adviseren*") cannot be finite, and neither can a
separable verb written joined in second place ("Nieuwe collega's *uitleggen* wat ..."): both
are the writer's bare infinitive, and the noun phrase before them is the object, not
another person as the subject. The small tagger often calls such an infinitive a noun.

A verb of the modal list with a particle of its own ("Soms *gaat* het *mis*": misgaan) is
another verb, no modal of a plan: its sentence can tell the situation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.reading.anatomy.words import Reading

_NOUNS = ("NOUN", "PROPN")


def after_object_and_adverb(r: Reading, token: Token, start: int) -> bool:
    """An -en form the tagger called a noun, right after a clause-opening noun phrase and
    adverbs ("Klanten beter adviseren", "Leveranciers sneller betalen"): an infinitive when
    the word is its own lemma (a noun plural lemmatises to its singular)."""
    if not r.grammar.verb_second or token.pos_ not in (*_NOUNS, "ADJ", "X"):
        return False
    if not r.is_infinitive_form(token) or lemma_of(token.lower_, r.lang).lower() != token.lower_:
        return False
    before = [t for t in r.doc[start : token.i] if not t.is_punct]
    adverbs = 0
    while adverbs < len(before) and before[-1 - adverbs].pos_ in ("ADV", "ADJ"):
        adverbs += 1
    head = before[: len(before) - adverbs]
    return bool(adverbs and head) and head[-1].pos_ in _NOUNS and _noun_phrase(r, head)


def joined_separable(r: Reading, verb: Token, start: int) -> bool:
    """A separable verb written joined right after the clause's opening noun phrase
    ("Nieuwe collega's uitleggen ...", "Stagiairs inwerken op ..."): finite, it would split."""
    if not r.grammar.separable_verbs or not r.is_infinitive_form(verb):
        return False
    word = verb.lower_
    particle = next(
        (
            p
            for p in r.words("separable_particles")
            if word.startswith(p) and len(word) > len(p) + 3
        ),
        None,
    )
    if particle is None or particle in r.words("double_particles"):
        return False
    if not known_word(word[len(particle) :], r.lang):
        return False
    head = [t for t in r.doc[start : verb.i] if not t.is_punct]
    return bool(head) and head[-1].pos_ in _NOUNS and _noun_phrase(r, head)


def _noun_phrase(r: Reading, tokens: list[Token]) -> bool:
    """Only the words of a noun phrase: no verb, pronoun subject or subordinator."""
    return not any(t.pos_ in ("VERB", "AUX", "SCONJ") or r.is_subject_pronoun(t) for t in tokens)


def particle_verb_alone(token: Token, particles: frozenset[str]) -> bool:
    """A verb of the modal list with a separable particle of its own and no verb after it
    in the sentence ('Soms *gaat* het helemaal *mis*': misgaan; 'het *loopt* uit'): another
    verb, no modal of a plan ('we gaan ... tellen'). ``particles``: the pack's particle
    words, for a particle the parse attached as something else. Its clause ends at a
    coordinator or a stop."""
    if not any(_particle_of(c, token, particles) for c in token.children):
        return False
    if any(c.dep_ == "xcomp" for c in token.children):
        return False
    for later in token.doc[token.i + 1 : token.sent.end]:
        if later.is_punct or later.pos_ == "CCONJ":  # the clause ends ('... mis en weet ik')
            return True
        if later.pos_ == "VERB":
            return False
    return True


def _particle_of(child: Token, verb: Token, particles: frozenset[str]) -> bool:
    """The parse's particle, or a particle word (``particles``) after the verb that makes a
    known verb with it ('mis' + 'gaan'), whatever the parse attached it as."""
    if child.dep_ == "compound:prt":
        return True
    joined = child.lower_ + verb.lemma_.lower()
    return child.i > verb.i and child.lower_ in particles and known_word(joined, verb.lang_)
