"""The word class of the head after a comparative: a noun, a state or a verb.

"Meer zelfvertrouwen", "Minder piekeren" and "More confident" look alike to a small tagger,
which reads a fragment's -en word as a plural noun or an infinitive at random and calls
"confident" a noun. The rewrite differs by class ("om meer zelfvertrouwen te hebben", "ga ik
minder piekeren", "in order to be more confident"), and so does what a seam is ("ga ik meer
zelfvertrouwen" has no verb). So the class comes from the dictionary first and the tagger
second:

- a form with the language's infinitive ending is a *verb* when a conjugated form of it
  ('piekert', 'overgewerkt') is a dictionary word whose lemma it is, and it is its own lemma;
  a form that is a plural noun too ('sporten', 'plannen') goes by the tagger;
- a past participle by its verb ('betrokken', 'gestrest', 'zelfverzekerd') is a *state*;
- a form with the infinitive ending that no conjugated form leads to is a *noun*
  ('klachten'); one the dictionary cannot tell ('orderpikken', 'zelfvertrouwen') is the
  tagger's verb or else a noun;
- a comparative form ('rustiger', 'calmer': the dictionary's lemma plus the comparative
  ending), a word with one of the pack's adjective suffixes (``rewrite.adjective_suffixes``)
  that has no plural or third person in the dictionary ('confident', not 'client' or
  'finish'), and the tagger's adjective are *states* (its participle too, unless the
  dictionary knows the word and no verb behind it: 'geduld'; and no tagger's adjective
  with a plural but no attributive form in the dictionary: 'breuk', a noun misread);
- anything else is a *noun*.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from smartcheck.configuration.grammar import Grammar
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import Word
from smartcheck.reading.pipeline import known_word, lemma_of

HeadClass = Literal["noun", "state", "verb"]

_VOWELS = frozenset("aeiouy")
#: Tags of an adjective or a participle used as one.
_STATE_TAGS = frozenset({"ADJ"})


def head_class(word: Word, lang: str, grammar: Grammar, style: RewriteStyle) -> HeadClass:
    """The class of ``word`` as the head of a phrase after a comparative (see above)."""
    lower = word.lower
    verb = infinitive_evidence(lower, lang, grammar, style)
    if verb is True:
        own = lemma_of(lower, lang).lower() == lower
        if own or word.pos in ("VERB", "AUX"):
            return "verb"
        return "noun"
    if _participle(lower, lang, grammar):
        return "state"  # 'betrokken', 'gemotiveerd': a participle used as an adjective
    if verb is False and any(lower.endswith(e) for e in style.plural_endings):
        return "noun"  # a plural no verb form leads to ('klachten'), whatever its tag
    ending = grammar.infinitive_ending
    unknown = verb is None and bool(ending) and lower.endswith(ending)
    if unknown and word.verbform != "Part":
        # the dictionary cannot tell ('orderpikken', 'zelfvertrouwen', 'kasverschillen'):
        # the tagger's verb or else a noun (a form in -en is no adjective)
        return "verb" if word.pos in ("VERB", "AUX") else "noun"
    gerund = grammar.gerund_ending
    if gerund and lower.endswith(gerund) and word.pos == "VERB":
        return "verb"  # 'less procrastinating': the writer's act
    if is_state(word, lang, style, grammar):
        return "state"
    if verb is None and word.pos in ("VERB", "AUX") and word.verbform == "Inf":
        return "verb"  # a word the dictionary does not know ('multitasken'): the tagger's
    return "noun"


def hyphen_last(word: str) -> str:
    """The last part of a word joined by hyphens ('de-escaleren' -> 'escaleren',
    're-integreren', 'co-creëren'): the part that inflects, and so the one that tells a verb
    from a noun. A word without a hyphen, or one whose parts are not all letters, is itself."""
    parts = word.split("-")
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return word
    return parts[-1]


def infinitive_evidence(
    lower: str, lang: str, grammar: Grammar, style: RewriteStyle
) -> bool | None:
    """Whether ``lower`` can be an infinitive: True when the dictionary knows a conjugated
    form of it, False when it cannot be one (no infinitive ending, a plural or known word no
    conjugated form leads to, a compound whose last part is such a word), None when the
    dictionary cannot tell (an unknown word, a compound of a verb: 'orderpikken' and
    'zelfvertrouwen' alike). Languages without an infinitive ending: None."""
    ending = grammar.infinitive_ending
    if not ending:
        return None
    if not lower.isalpha() or len(lower) <= len(ending) + 1 or not lower.endswith(ending[-1]):
        return False
    for form in _conjugated(lower, grammar, style):
        if form != lower and known_word(form, lang) and lemma_of(form, lang).lower() == lower:
            return True
    if known_word(lower, lang):
        return False if lower.endswith(ending) else None  # 'fouten', 'kansen'
    for n in range(2, len(lower) - 3):  # a compound: its last part decides
        tail = lower[n:]
        if known_word(tail, lang):
            verb = infinitive_evidence(tail, lang, grammar, style)
            return None if verb is not False else False
    return None


def _conjugated(infinitive: str, grammar: Grammar, style: RewriteStyle) -> set[str]:
    """The first- and third-person present and the participle the infinitive would have
    (also with the participle's prefix after a separable particle, wherever it may stand),
    with the spelling variants of its stem (a doubled consonant written once, a vowel
    written double in a closed syllable, a voiced final consonant devoiced: the pack's
    ``rewrite.stem_devoicing``)."""
    ending = grammar.infinitive_ending
    stem = infinitive[: -len(ending)] if infinitive.endswith(ending) else infinitive[:-1]
    stems = {stem, infinitive[:-1]}  # 'doen' -> 'doe', 'gaan' -> 'gaa'
    if len(stem) > 1 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        stems.add(stem[:-1])  # 'plannen' -> 'plan'
    closed = len(stem) > 1 and stem[-1] not in _VOWELS and stem[-2] in _VOWELS
    if closed and (len(stem) == 2 or stem[-3] != stem[-2]):
        stems.add(stem[:-1] + stem[-2:])  # 'delegeren' -> 'delegeer', 'eten' -> 'eet'
    devoiced = style.stem_devoicing
    stems |= {s[:-1] + devoiced[s[-1]] for s in set(stems) if s[-1:] in devoiced}
    forms: set[str] = set()
    prefix = grammar.participle_prefix
    for s in stems:
        for n in range(2, len(s) - 2) if prefix else ():  # 'overwerken' -> 'overgewerkt'
            forms |= {
                s[:n] + prefix + (s[n:] if s.endswith(e) else s[n:] + e)
                for e in grammar.participle_endings
            }
        forms.add(s)
        forms.add(s if s.endswith(style.present_ending) else s + style.present_ending)
        forms |= {
            grammar.participle_prefix + (s if s.endswith(e) else s + e)
            for e in grammar.participle_endings
        }
    return forms


def head_after(
    comparative: str, word: Word, lang: str, grammar: Grammar, style: RewriteStyle
) -> HeadClass:
    """:func:`head_class` of the word after ``comparative``. A language without an
    infinitive ending (English) puts no bare verb after a comparative of amount ('more
    focus', 'less contact', never 'more understand'): a word the tagger calls a verb there
    is a noun, a gerund excepted ('less procrastinating')."""
    if word.lower in {c.lower() for c in style.capitalised}:
        return "noun"  # 'better Spanish', 'beter Engels': a language one has, no state one is
    kind = head_class(word, lang, grammar, style)
    gerund = bool(grammar.gerund_ending) and word.lower.endswith(grammar.gerund_ending)
    bare = kind == "verb" and not grammar.infinitive_ending and not gerund
    return "noun" if bare and comparative in style.amount_verbs else kind


def is_comparative(
    lower: str, words: frozenset[str] | set[str], lang: str, style: RewriteStyle
) -> bool:
    """A comparative: one of ``words`` (the pack's, see :func:`comparative_words`) or a
    comparative form, also with the attributive ending ('betere', 'snellere afhandeling')."""
    ending = style.attributive_ending
    forms = [lower, lower[: -len(ending)]] if ending and lower.endswith(ending) else [lower]
    return any(f in words or is_comparative_form(f, lang, style) for f in forms)


def verb_like(lower: str, lang: str, style: RewriteStyle) -> bool:
    """A word that is also a verb: its third person ('lowers', 'betters', 'reduces') is a
    dictionary word whose lemma it is."""
    return any(
        known_word(lower + e, lang) and lemma_of(lower + e, lang).lower() == lower
        for e in style.plural_endings
    )


def has_gerund(lower: str, lang: str, grammar: Grammar) -> bool:
    """The dictionary knows the word's gerund (the grammar's ``gerund_ending``: 'deliver' ->
    'delivering', 'handle' -> 'handling', 'plan' -> 'planning'), which a noun that is no
    verb ('management', 'customer') has not. Languages without a gerund ending: False."""
    ending = grammar.gerund_ending
    if not ending or not lower.isalpha():
        return False
    stems = {lower, lower[:-1]} if lower.endswith("e") else {lower, lower + lower[-1:]}
    return any(known_word(f"{s}{ending}", lang) for s in stems)


def comparative_words(comparatives: Sequence[str], lang: str, style: RewriteStyle) -> set[str]:
    """The single-word comparatives of a pack's ``comparatives`` that are no verb: the
    lexicon lists change verbs ('increase', 'reduce'), and some comparatives are verbs too
    ('lower', 'better' costs); the comparatives of amount ('more', 'less') always count."""
    words = {c.lower() for c in comparatives if " " not in c}
    verbs = {w for w in words if verb_like(w, lang, style)}
    return (words - verbs - set(style.amount_verbs.values())) | set(style.amount_verbs)


def fragment_comparatives(comparatives: Sequence[str], lang: str, style: RewriteStyle) -> set[str]:
    """The comparatives that may open a phrase with no verb: those of
    :func:`comparative_words`, and those that are verbs too but have a lemma of their own
    ('Better contact', 'Lower costs': 'good', 'low'); not a verb that is only one
    ('Increase RevPAR' is an imperative)."""
    words = {c.lower() for c in comparatives if " " not in c}
    verbs = {w for w in words if verb_like(w, lang, style) and lemma_of(w, lang).lower() == w}
    return (words - verbs - set(style.amount_verbs.values())) | set(style.amount_verbs)


def _participle(lower: str, lang: str, grammar: Grammar) -> bool:
    """A past participle by the dictionary: a form with a participle's ending whose lemma
    is another word, an infinitive ('betrokken', 'gemotiveerd'; also as the last part of a
    compound: 'zelfverzekerd'); or a regular participle of a verb the dictionary knows
    ('gestrest': 'stressen'), where the tagger may call it a finite verb."""
    ending = grammar.infinitive_ending
    if not ending or not lower.endswith(tuple(grammar.participle_endings)):
        return False
    for n in (0, *range(3, len(lower) - 5)):  # the word, or a compound's last part
        part = lower[n:]
        lemma = lemma_of(part, lang).lower()
        if n and _plural_of_noun(part, lang, ending):
            continue  # 'schadegevallen': cases (geval), not fallen
        if known_word(part, lang) and lemma != part and lemma.endswith(ending):
            return True
    prefix = grammar.participle_prefix
    if not prefix or not lower.startswith(prefix):
        return False
    stem = lower[len(prefix) : -1]  # 'gestrest' -> 'stres': 'stressen' is a verb
    return len(stem) > 2 and any(
        known_word(verb, lang) and lemma_of(verb, lang).lower() == verb
        for verb in (stem + ending, stem + stem[-1] + ending)
    )


def _plural_of_noun(part: str, lang: str, ending: str) -> bool:
    """A compound's last part that is the plural of a dictionary noun as well as a
    participle ('gevallen': 'geval'), its consonant doubled or not."""
    if not part.endswith(ending):
        return False
    stem = part[: -len(ending)]
    return any(known_word(noun, lang) and len(noun) > 2 for noun in (stem, stem[:-1]) if noun)


def is_state(word: Word, lang: str, style: RewriteStyle, grammar: Grammar | None = None) -> bool:
    """An adjective or a participle used as one ('zelfverzekerd', 'calmer', 'confident')."""
    lower = word.lower
    if grammar is not None and _participle(lower, lang, grammar):
        return True
    tagged = word.verbform == "Part"
    if tagged and grammar is not None and grammar.participle_prefix and known_word(lower, lang):
        tagged = False  # a dictionary word no verb is behind ('geduld'): the tag misreads it
    if (word.pos in _STATE_TAGS and not _noun_by_forms(lower, lang, style)) or tagged:
        return True
    if is_comparative_form(lower, lang, style):
        return True
    if any(lower.endswith(s) and len(lower) > len(s) + 2 for s in style.adjective_suffixes):
        if not any(known_word(lower + e, lang) for e in style.plural_endings):
            return True
        # a noun too ('patient', 'present'), but an adjective when its adverb is a word
        # ('patiently'): after a comparative ('More patient with ...') it is the state
        return any(known_word(lower + e, lang) for e in style.adverb_endings)
    return False


def _noun_by_forms(lower: str, lang: str, style: RewriteStyle) -> bool:
    """A noun the tagger called an adjective ('minder *breuk* bij het koelen'): its plural
    (the pack's ``plural_endings``) is a dictionary word and its attributive form (the
    pack's ``attributive_ending``: 'zieke', 'foute') is none. Without an attributive ending
    (English) the tag stands."""
    ending = style.attributive_ending
    if not ending or not lower.isalpha() or lower.endswith(ending):
        return False
    if known_word(lower + ending, lang):
        return False
    return any(known_word(lower + e, lang) for e in style.plural_endings)


def is_comparative_form(lower: str, lang: str, style: RewriteStyle) -> bool:
    """A comparative adjective by its form: the dictionary's lemma plus the pack's
    ``rewrite.comparative_ending`` ('rustiger', 'calmer', 'assertiever', 'happier'), also
    before its noun ('kortere'); a noun in -er is its own lemma ('leider')."""
    ending = style.comparative_ending
    attributive = style.attributive_ending  # 'kortere overdrachten': 'korter' + 'e'
    if ending and attributive and lower.endswith(ending + attributive):
        lower = lower[: -len(attributive)]
    if not ending or not lower.endswith(ending) or len(lower) < 5 or not lower.isalpha():
        return False
    lemma = lemma_of(lower, lang).lower()
    if lemma == lower or len(lemma) < 3:
        return False
    return lower.startswith(lemma[:-1]) and len(lower) - len(lemma) <= 3
