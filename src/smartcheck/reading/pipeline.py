"""The spaCy pipeline seam: which pipeline reads a goal, loaded lazily and cached.

Resolution per language, first match wins (nothing is ever downloaded):

1. an explicit ``model`` (argument or ``[tool.smartcheck] model``): ``"blank"``, ``"shipped"``,
   the name of an installed spaCy package (``nl_core_news_sm``) or a path to a pipeline folder
   (holding a ``/``; a bare name is never looked up as a folder in the current directory);
2. the pipeline shipped inside smartcheck (``models/pipelines/<lang>``);
3. ``spacy.blank(lang)`` with a rule-based sentencizer.

Every pipeline gets smartcheck's lemmatizer step, which fills or corrects lemmas with
simplemma (dictionary-based, offline): on the UD data it is more accurate than a trained
lemmatizer for verbs and nouns, and it gives the blank pipeline usable lemmas. simplemma's
dictionaries are read with its low-memory backend (the compressed stream looked up in place,
not unpacked into a dict): the same lemmas, about 50 MiB less per process and a quicker first
goal; the slower look-ups are cached here. Every simplemma call goes through this module, so
one process never holds a dictionary twice.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from smartcheck.configuration.resources import pipeline_dir
from smartcheck.errors import ModelLoadError
from smartcheck.reading.model_guard import check_tokenizer_patterns
from smartcheck.reading.sentence_ends import (
    OPENED_SENTENCES_COMPONENT,
    SENTENCE_ENDS_COMPONENT,
    make_opened_sentences,
    make_sentence_ends,
)

if TYPE_CHECKING:  # spaCy and simplemma are imported when a pipeline is first needed
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from smartcheck.configuration.grammar import Grammar

LEMMA_COMPONENT = "smartcheck_lemmatizer"
#: On a tagged Doc, simplemma overrides the trained lemmas for these parts of speech: the
#: combination that scored best per language on the UD *dev* split (models/README.md,
#: "Lemmas"; the held-out part was not used to choose).
SIMPLEMMA_POS: dict[str, frozenset[str]] = {
    "nl": frozenset({"VERB", "AUX", "NOUN", "ADJ"}),
    "en": frozenset({"VERB", "NOUN", "ADJ"}),
}

_lock = threading.Lock()


@lru_cache(maxsize=20_000)
def lemma_of(word: str, lang: str) -> str:
    """simplemma's lemma of one word, cached (goals repeat the same words a lot; bounded,
    so a stream of new words keeps memory flat)."""
    import simplemma

    try:
        return str(simplemma.lemmatize(word, lang=lang, low_memory=True))
    except (ValueError, TypeError):  # pragma: no cover - unusual characters
        return word


class SimplemmaLemmatizer:
    """Sets ``token.lemma_`` from simplemma: always on untagged Docs, else for SIMPLEMMA_POS."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.grammar = pack_grammar(lang)
        self.pos = SIMPLEMMA_POS.get(lang, frozenset({"VERB", "AUX", "NOUN", "ADJ"}))

    def __call__(self, doc: Doc) -> Doc:
        doc = with_sound_edges(doc)
        tagged = doc.has_annotation("POS")
        if tagged:
            repair_tags(doc, self.grammar)
        for token in doc:
            if token.is_space or token.is_punct:
                continue
            if tagged and token.pos_ not in self.pos and token.lemma_:
                continue
            if tagged and token.pos_ == "PROPN":
                continue
            if (
                tagged
                and token.pos_ in ("VERB", "AUX")
                and "Inf" in token.morph.get("VerbForm", [])
            ):
                # An infinitive is its own lemma; simplemma prefers noun readings of some
                # ("bellen" -> "bel", "leren" -> "leer").
                token.lemma_ = token.lower_
                continue
            lemma = lemma_of(token.text, self.lang).replace("_", "")
            # simplemma keeps the input's case; lemmas of common words are lower case.
            token.lemma_ = lemma.lower() if not token.text[:1].isupper() else lemma
        for token in doc:  # trained lemmatizers write separable verbs as "op_leveren"
            if "_" in token.lemma_:
                token.lemma_ = token.lemma_.replace("_", "")
        return doc


def with_sound_edges(doc: Doc) -> Doc:
    """``doc``, or a copy whose tokens' left and right edges are their own, when it has no
    dependency parse and spaCy's tokenizer left them stale.

    A special case the tokenizer applies after splitting off affixes (a quote or bracket run
    such as ``(')``) copies its tokens in with edges 0, or shifts later tokens without their
    edges. A parser resets every edge; without one they stay, and ``Token.children`` or
    ``.rights`` on such a token takes its loop bounds from them and reads outside the Doc:
    a segmentation fault (in anatomy's ``verb.children``, blank pipeline, random input). A
    Doc built again from the same words has sound edges; the annotations so far are copied.
    """
    if doc.has_annotation("DEP") or all(_own_edges(t) for t in doc):
        return doc
    from spacy.tokens import Doc

    words = [t.text for t in doc]
    fresh = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    attrs: list[int | str] = [a for a in _ANNOTATIONS if doc.has_annotation(a)]
    if attrs:
        fresh.from_array(attrs, doc.to_array(attrs))  # type: ignore[arg-type]
    fresh.tensor = doc.tensor
    return fresh


def _own_edges(token: Token) -> bool:
    try:  # left_edge / right_edge look the stale index up with a bounds check
        return bool(token.left_edge.i == token.i == token.right_edge.i)
    except IndexError:
        return False


def repair_tags(doc: Doc, grammar: Grammar | None = None) -> None:
    """Fix the tagging errors small pipelines make on goal text: a word right after a
    determiner or possessive ("mijn VCA-certificaat", "my plan") heads a noun phrase, so it
    is not a verb, whatever the tagger says; a comparative the language forms with an ending
    (the pack's ``grammar.comparative_endings``: "Klanten *vriendelijker* te woord staan",
    also "duidelijker", "zelfstandiger") is an adjective, not a finite verb with the noun
    before it as its subject; a verb stem tagged as an infinitive is a finite present
    (:func:`_stem_read_infinitive`); an infinitive tagged as a noun after its modal is a
    verb (:func:`_infinitive_read_noun`), and so is an imperative tagged as a noun before
    its object (:func:`_imperative_read_noun`) and a modal's verb tagged as an adjective
    (:func:`_modal_verb_read_adjective`)."""
    from spacy.tokens import MorphAnalysis  # spaCy is loaded by now: the Doc is its own

    for token in doc:
        if grammar is not None and _infinitive_read_noun(token, grammar):
            token.pos_ = "VERB"
            token.morph = MorphAnalysis(doc.vocab, {"VerbForm": "Inf"})
            continue
        if grammar is not None and _imperative_read_noun(token, grammar):
            token.pos_ = "VERB"
            token.morph = MorphAnalysis(doc.vocab, {"VerbForm": "Inf"})
            token.lemma_ = token.lower_
            if grammar.base_tag:
                token.tag_ = grammar.base_tag
            continue
        if grammar is not None and _modal_verb_read_adjective(token, grammar):
            token.pos_ = "VERB"
            token.morph = MorphAnalysis(doc.vocab, {"VerbForm": "Inf"})
            token.lemma_ = token.lower_
            token.tag_ = grammar.base_tag
            continue
        if grammar is not None and _pronoun_read_complementizer(token, grammar):
            token.pos_ = "PRON"
            continue
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if token.i and _after_determiner(doc[token.i - 1]):
            token.pos_ = "NOUN"
        elif grammar is not None and _comparative(token.lower_, doc.lang_, grammar):
            token.pos_ = "ADJ"
        elif grammar is not None and _stem_read_infinitive(token, grammar):
            token.morph = MorphAnalysis(doc.vocab, _FINITE_PRESENT)


#: The features of a finite present a verb stem has ('dat ik ... afsluit').
_FINITE_PRESENT = {"Number": "Sing", "Tense": "Pres", "VerbForm": "Fin"}
#: Word classes right before a noun that make it one ('de *plannen*', 'met *pensioen*').
_NOUN_MARKS = frozenset({"DET", "NUM", "PROPN", "NOUN", "ADP"})


def _infinitive_read_noun(token: Token, grammar: Grammar) -> bool:
    """A word in the infinitive's form the tagger calls a noun, closing a clause whose finite
    verb takes a bare infinitive (the grammar's ``infinitive_heads``), with no other verb
    between them and nothing before it that marks a noun (an article, a possessive, a
    number, a preposition, an inflected adjective): the infinitive ('dat ik beter moet
    *plannen*', 'Ik ga mijn werk beter *plannen*'), not the plural noun ('Ik wil nieuwe
    plannen', 'gaat met *pensioen*')."""
    ending = grammar.infinitive_ending
    if token.pos_ != "NOUN" or not ending or not grammar.infinitive_heads:
        return False
    if not token.lower_.endswith(ending) or token.i == 0:
        return False
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if after is not None and not (after.is_punct or after.pos_ == "CCONJ"):
        return False
    before = token.doc[token.i - 1]
    inflected = before.pos_ == "ADJ" and before.lower_.endswith("e")
    if before.pos_ in _NOUN_MARKS or _after_determiner(before) or inflected:
        return False
    heads = set(grammar.infinitive_heads)
    for earlier in reversed(token.doc[: token.i]):
        if earlier.is_punct or earlier.pos_ in ("SCONJ", "CCONJ"):
            return False
        if earlier.pos_ in ("VERB", "AUX"):
            finite = "Fin" in earlier.morph.get("VerbForm", [])
            return finite and earlier.lemma_.lower() in heads
    return False


#: Sentence marks after which a new clause opens ('. *Wash* the trailer', '- Log my hours').
_OPENERS = frozenset({".", "!", "?", ";", ":", "-", "*", "\u2022"})


def _imperative_read_noun(token: Token, grammar: Grammar) -> bool:
    """In a language whose clause-initial verb is an imperative (the grammar's
    ``subject_after_first_verb`` off) and whose verbs form a gerund (``gerund_ending``): a
    word the tagger calls a noun or a name that opens a sentence, after at most an adverb
    ('*Always* wash ...'), right before a determiner or a possessive, whose gerund the
    dictionary knows, is the imperative with its object ('*Wash* the trailer', '*Shadow* a
    senior cutter', 'Always *log* my hours'), or before 'and' and a bare verb ('*Wash* and
    disinfect the trailer'): a noun never takes an article after it."""
    ending = grammar.gerund_ending
    if grammar.subject_after_first_verb or not ending or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if not token.is_alpha or len(token) < 3 or token.text.isupper():
        return False
    doc = token.doc
    if token.i + 2 >= len(doc) or not _object_after(doc[token.i + 1], doc[token.i + 2], ending):
        return False
    start = token.i
    if start >= 2 and doc[start - 1].pos_ == "CCONJ" and doc[start - 2].pos_ == "VERB":
        start -= 2  # 'Sweep and *mop* the floor': the second of two, read after the first
        first = doc[start]
        if "Inf" not in first.morph.get("VerbForm", []) and first.lower_ != first.lemma_.lower():
            return False
    if start and doc[start - 1].pos_ == "ADV":
        start -= 1  # 'Always wash ...', 'Never skip ...'
    before = doc[start - 1] if start else None
    if before is not None and (before.text not in _OPENERS or not before.whitespace_):
        return False  # 'post-*test* and finish': a hyphen inside a word opens no sentence
    return _has_gerund(token, ending)


def _modal_verb_read_adjective(token: Token, grammar: Grammar) -> bool:
    """In a language whose modals take a bare verb (the grammar's ``modal_tag``): a word the
    tagger calls an adjective or a noun right after a modal, before its object (a
    determiner, a number or a possessive), whose gerund the dictionary knows, is that verb
    ('I will *lead* one root cause analysis', 'can *chair* two meetings', 'should *plan*
    my week'): a modal never takes an adjective or a noun alone."""
    ending = grammar.gerund_ending
    if not grammar.modal_tag or not grammar.base_tag or not ending:
        return False
    if token.pos_ not in ("ADJ", "NOUN") or not token.is_alpha or token.i == 0:
        return False
    doc, modal = token.doc, token.doc[token.i - 1]
    if modal.tag_ != grammar.modal_tag or modal.pos_ != "AUX" or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    possessive = "Yes" in after.morph.get("Poss", [])
    if after.pos_ not in ("DET", "NUM") and not possessive:
        return False
    return _has_gerund(token, ending)


def _has_gerund(token: Token, ending: str) -> bool:
    """Does the dictionary know a gerund of ``token`` ('wash' -> 'washing', 'log' ->
    'logging', 'rinse' -> 'rinsing'): the word can be a verb."""
    word = token.lower_
    if len(word) < 3:
        return False
    if word.endswith("e"):
        gerunds = {word[:-1] + ending, word + ending}  # 'rinse' -> 'rinsing', 'see' -> 'seeing'
    else:
        gerunds = {word + ending}
        if word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
            gerunds.add(word + word[-1] + ending)  # 'log' -> 'logging', 'mop' -> 'mopping'
    return token.is_alpha and any(known_word(g, token.doc.lang_) for g in gerunds)


def _pronoun_read_complementizer(token: Token, grammar: Grammar) -> bool:
    """One of the grammar's ``pronoun_complementizers`` tagged a complementizer whose words
    up to the clause's end hold no subject pronoun and no finite verb but an infinitive
    ('Ik wil *dat* oplossen', 'Ik wil dat beter regelen met X'): the pronoun, object of
    that infinitive; a clause has its subject and finite verb ('dat hij het oplost').
    Languages whose infinitive has no ending of its own (English) are left alone."""
    if token.pos_ != "SCONJ" or token.lower_ not in grammar.pronoun_complementizers:
        return False
    clause: list[Token] = []
    for t in token.doc[token.i + 1 :]:
        if t.is_punct:
            break
        clause.append(t)
    finite = any("Fin" in t.morph.get("VerbForm", []) for t in clause)
    subject = any(t.pos_ == "PRON" and "Nom" in t.morph.get("Case", []) for t in clause)
    ending = grammar.infinitive_ending
    infinitive = any(t.pos_ == "VERB" and t.lower_.endswith(ending) for t in clause)
    # right after it an adverb or the verb ('dat *beter* regelen', 'dat *oplossen*'); a noun
    # there is a clause's subject ('dat alle monteurs hun uren invullen')
    opens = bool(clause) and clause[0].pos_ in ("ADV", "ADJ", "VERB")
    return bool(ending) and infinitive and opens and not finite and not subject


def _object_after(after: Token, then: Token, ending: str) -> bool:
    """An imperative's object opens at ``after`` (a determiner or a possessive), or a second
    bare verb is joined to it ('and *disinfect*'), also one the tagger calls a name or an
    adjective before its own object ('and *mop* the floor', 'and *dry* the moulds')."""
    if _after_determiner(after):
        return True
    if after.pos_ != "CCONJ" or then.lower_ != then.lemma_.lower():
        return False
    if then.pos_ == "VERB" or then.tag_.startswith("VB"):
        return True
    objected = then.i + 1 < len(then.doc) and _after_determiner(then.nbor())
    return objected and _has_gerund(then, ending)


def _stem_read_infinitive(token: Token, grammar: Grammar) -> bool:
    """A verb tagged as an infinitive that does not end like one: in a language whose
    infinitives end in the grammar's ``infinitive_ending`` ('-en', and so in '-n': 'gaan',
    'doen'), the form is a finite present ('dat ik de werkbonnen *afsluit*', read as an
    infinitive whose lemma would be 'afsluit')."""
    ending = grammar.infinitive_ending
    if not ending or "Inf" not in token.morph.get("VerbForm", []):
        return False
    return token.is_alpha and not token.lower_.endswith(ending[-1])


def _after_determiner(before: Token) -> bool:
    possessive = before.pos_ == "PRON" and "Yes" in before.morph.get("Poss", [])
    return before.pos_ == "DET" or possessive


def _comparative(word: str, lang: str, grammar: Grammar) -> bool:
    """A comparative of an adjective the dictionary knows: the adjective with one of the
    grammar's endings ('vriendelijk' + 'er'), '+' doubling its final consonant first
    ('snel' -> 'sneller'). A verb stem is none: a verb's lemma ends in the infinitive's
    ending ('verbeteren')."""
    endings = grammar.comparative_endings
    if len(word) < 5 or not any(word.endswith(e.lstrip("+")) for e in endings):
        return False
    lemma = lemma_of(word, lang).lower()
    infinitive = grammar.infinitive_ending
    if lemma == word or len(lemma) < 3 or (infinitive and lemma.endswith(infinitive)):
        return False
    forms = {lemma + lemma[-1] + e[1:] if e.startswith("+") else lemma + e for e in endings}
    return word in forms


def comparative_form(word: str, lang: str) -> bool:
    """Is ``word`` a comparative the language forms with an ending ('strakker', 'sneller'),
    whatever the tagger's degree says (it often calls one positive)?"""
    grammar = pack_grammar(lang)
    return grammar is not None and _comparative(word.lower(), lang, grammar)


def pack_grammar(lang: str) -> Grammar | None:
    """The grammar of ``lang``'s built-in pack, or None for a language without one (the
    pipeline is shared by every pack of a language; a plugin language gets no repair)."""
    from smartcheck.configuration.languages import BUILTIN_CODES
    from smartcheck.configuration.packs import builtin_pack

    return builtin_pack(lang).grammar if lang in BUILTIN_CODES else None


def known_word(word: str, lang: str) -> bool:
    """Whether simplemma's dictionary of ``lang`` knows ``word`` (imported when first asked)."""
    import simplemma

    return bool(simplemma.is_known(word, lang=lang, low_memory=True))


def make_simplemma_lemmatizer(nlp: Language, name: str) -> SimplemmaLemmatizer:
    return SimplemmaLemmatizer(str(nlp.lang))


def _register_lemmatizer() -> None:
    """Make the lemmatizer a spaCy factory (done when spaCy is first needed, not on import)."""
    from spacy.language import Language

    if not Language.has_factory(LEMMA_COMPONENT):
        Language.factory(LEMMA_COMPONENT, func=make_simplemma_lemmatizer)
    if not Language.has_factory(SENTENCE_ENDS_COMPONENT):
        Language.factory(SENTENCE_ENDS_COMPONENT, func=make_sentence_ends)
    if not Language.has_factory(OPENED_SENTENCES_COMPONENT):
        Language.factory(OPENED_SENTENCES_COMPONENT, func=make_opened_sentences)


def describe_pipeline(nlp: Language) -> str:
    """The name recorded on parsed goals: 'blank' or the model's meta name and version."""
    own = (LEMMA_COMPONENT, SENTENCE_ENDS_COMPONENT, OPENED_SENTENCES_COMPONENT, "sentencizer")
    if not any(name not in own for name in nlp.pipe_names):
        return "blank"
    meta = nlp.meta
    return f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'pipeline')}-{meta.get('version', '')}"


def _blank(lang: str) -> Language:
    import spacy

    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


def _load(lang: str, spec: str) -> Language:
    if spec == "blank":
        nlp = _blank(lang)
    else:
        if spec == "shipped":
            shipped = pipeline_dir(lang)
            if shipped is None:
                return _finish(_blank(lang))
            nlp = _load_model(lang, shipped, shipped=True)
        else:
            nlp = _load_model(lang, spec)
    return _finish(nlp)


def _load_model(lang: str, target: str | Path, shipped: bool = False) -> Language:
    where = str(target)
    looks_like_path = isinstance(target, Path) or "/" in where or "\\" in where
    if looks_like_path and not Path(where).exists():
        raise ModelLoadError(f"spaCy pipeline path {where!r} does not exist (for lang={lang!r})")
    import spacy
    import spacy.util

    if not looks_like_path and not spacy.util.is_package(where):
        # spaCy would fall back to a folder of that name in the current directory: a
        # checkout could plant one. A folder is loaded only when named as a path.
        raise ModelLoadError(
            f"spaCy pipeline {where!r} (for lang={lang!r}) is not an installed package; "
            f"to load a pipeline folder, give its path (e.g. './{where}')"
        )

    try:
        nlp = spacy.load(target, exclude=["ner", "textcat", "entity_linker"])
    except OSError as exc:
        raise ModelLoadError(
            f"cannot load spaCy pipeline {where!r} for lang={lang!r}: it is not an installed "
            f"package or a pipeline folder ({exc})"
        ) from None
    except Exception as exc:
        raise ModelLoadError(f"spaCy pipeline {where!r} is corrupt or unreadable: {exc}") from None
    if nlp.lang != lang:
        raise ModelLoadError(
            f"spaCy pipeline {where!r} is for language {nlp.lang!r}, expected {lang!r}"
        )
    if looks_like_path and not shipped:
        check_tokenizer_patterns(nlp, where)  # a folder's regexes, before any goal meets them
    return nlp


def _finish(nlp: Language) -> Language:
    _register_lemmatizer()
    if LEMMA_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(LEMMA_COMPONENT, last=True)
    if not ({"parser", "senter", "sentencizer"} & set(nlp.pipe_names)):
        nlp.add_pipe("sentencizer", first=True)
    if SENTENCE_ENDS_COMPONENT not in nlp.pipe_names:  # before anything reads the tokens
        nlp.add_pipe(SENTENCE_ENDS_COMPONENT, first=True)
    if "parser" in nlp.pipe_names and OPENED_SENTENCES_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(OPENED_SENTENCES_COMPONENT, after="parser")
    return nlp


#: How many strings a cached pipeline may add to its string store (every unseen word adds
#: about one) before :func:`get_pipeline` hands out a freshly loaded copy instead. A long-lived
#: process streaming goals with ever new words keeps its memory bounded this way; Docs read
#: with the old copy keep it alive and stay valid (nothing is freed under them). spaCy's
#: ``memory_zone`` is not used: it switches the Vocab of every thread into the zone, so a
#: Doc another thread reads meanwhile gets strings and lexemes that are freed under it.
STRING_GROWTH_LIMIT = 100_000


@dataclass
class _Loaded:
    nlp: Language
    baseline: int  # strings in the store when loaded

    @property
    def grown(self) -> int:
        return len(self.nlp.vocab.strings) - self.baseline


_cache: dict[tuple[str, str], _Loaded] = {}
_pipeline_locks: weakref.WeakKeyDictionary[Language, threading.RLock] = weakref.WeakKeyDictionary()


def pipeline_lock(nlp: Language) -> threading.RLock:
    """The lock held while ``nlp`` parses, so threads sharing a pipeline parse one at a time
    (spaCy's tokenizer cache and string store are not made for concurrent writes)."""
    with _lock:
        lock = _pipeline_locks.get(nlp)
        if lock is None:
            lock = _pipeline_locks[nlp] = threading.RLock()
        return lock


def get_pipeline(lang: str, model: str | None = None) -> Language:
    """The pipeline for ``lang`` (see the module docstring), loaded once per process and
    loaded afresh once its string store has grown by STRING_GROWTH_LIMIT strings."""
    spec = model or "shipped"
    key = (lang, spec)
    with _lock:
        loaded = _cache.get(key)
        if loaded is None or loaded.grown > STRING_GROWTH_LIMIT:
            nlp = _load(lang, spec)
            loaded = _cache[key] = _Loaded(nlp, len(nlp.vocab.strings))
        return loaded.nlp


def pipeline_of(doc: Doc) -> Language | None:
    """The cached pipeline that made ``doc`` (the one with its Vocab), if it is still cached."""
    with _lock:
        for loaded in _cache.values():
            if loaded.nlp.vocab is doc.vocab:
                return loaded.nlp
    return None


def is_shouted(text: str) -> bool:
    """Mostly capitals ("IK WIL BETER WORDEN IN EXCEL."): taggers read such words as names."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def calm_down(text: str) -> str:
    """Sentence case at the same length and offsets, for parsing a shouted goal."""
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    first = next((i for i, c in enumerate(lowered) if c.isalpha()), None)
    if first is None:
        return lowered
    return lowered[:first] + lowered[first].upper() + lowered[first + 1 :]


def pictured_tail(text: str) -> int:
    """Where the emoji after the goal's last word begin ("... halen. 💪 🚀"), or the text's
    length when none trail it: the writer's mood, no word of the goal, so the tagger and the
    parser read the words alone (a goal keeps its verdicts with or without the emoji) and the
    Doc gets the emoji back as punctuation of its last sentence (:func:`with_tail`)."""
    end = len(text)
    while end and (is_pictograph(text[end - 1]) or text[end - 1] in EMOJI_GLUE + " "):
        end -= 1
    tail = text[end:]
    if "  " in tail or not any(is_pictograph(c) for c in tail):
        return len(text)  # single spaces only: the Doc gives back exactly those (with_tail)
    return end


def is_pictograph(char: str) -> bool:
    """An emoji or another pictograph ("🚀", "✅", "💪")."""
    return unicodedata.category(char) in ("So", "Sk", "Co") or 0x1F000 <= ord(char) <= 0x1FAFF


#: Characters that join or style emoji (presentation selectors, the zero-width joiner).
EMOJI_GLUE = "\ufe0e\ufe0f\u200d"


def with_tail(parsed: Doc, original: str) -> Doc:
    """A Doc over ``original`` whose first tokens carry ``parsed``'s annotation (the parse of
    ``original`` up to its trailing emoji) and whose emoji, one token per run, are
    punctuation of the last sentence: attached where its final token is, no sentence of
    their own."""
    import numpy
    from spacy.tokens import Doc

    cut = len(parsed.text)
    chunks = list(re.finditer(r"\S+", original[cut:]))
    if not len(parsed) or not chunks:
        return parsed
    words = [t.text for t in parsed] + [m.group() for m in chunks]
    gaps = [original[cut + m.end() : cut + m.end() + 1] == " " for m in chunks]
    spaces = [bool(t.whitespace_) for t in parsed]
    spaces[-1] = original[cut : cut + 1] == " "
    doc = Doc(parsed.vocab, words=words, spaces=spaces + gaps)
    attrs: list[int | str] = [a for a in _ANNOTATIONS if parsed.has_annotation(a)]
    if not attrs:
        return doc
    array = parsed.to_array(attrs).reshape(len(parsed), len(attrs))  # one column: 1-D
    anchor = parsed[-1].sent.root if "HEAD" in attrs else parsed[-1]
    marks = [t.i for t in parsed if t.is_punct]  # an emoji reads as the writer's punctuation
    strings = parsed.vocab.strings
    rows = []
    for n, m in enumerate(chunks):
        row = array[marks[-1]].copy() if marks else array[-1].copy()
        position = len(parsed) + n
        for column, attr in enumerate(attrs):
            if attr == "HEAD":
                row[column] = (anchor.i - position) % 2**64  # relative, as to_array stores it
            elif attr == "DEP":
                row[column] = strings.add("punct")
            elif attr == "LEMMA":
                row[column] = strings.add(m.group())
            elif attr == "SENT_START":
                row[column] = -1 % 2**64  # not a sentence's first token
            elif attr == "POS" and not marks:
                row[column] = strings.add("PUNCT")
            elif attr in ("TAG", "MORPH") and not marks:
                row[column] = strings.add(
                    _EMOJI_TAGS.get(parsed.lang_, "") if attr == "TAG" else ""
                )
        rows.append(row)
    doc.from_array(attrs, numpy.vstack([array, *rows]))  # type: ignore[arg-type]
    return doc


#: The fine-grained tag of punctuation in the shipped pipelines, for an emoji after a goal
#: without a mark of its own to copy (UD English's NFP is the tag of a symbol emoji).
_EMOJI_TAGS = {"nl": "LET", "en": "NFP"}


def restore_case(parsed: Doc, original: str) -> Doc:
    """A Doc over ``original``'s own characters carrying ``parsed``'s annotation (the parse of
    the same text in sentence case: same length, same token offsets)."""
    words = [original[t.idx : t.idx + len(t.text)] for t in parsed]
    spaces = [bool(t.whitespace_) for t in parsed]
    from spacy.tokens import Doc

    doc = Doc(parsed.vocab, words=words, spaces=spaces)
    attrs: list[int | str] = [a for a in _ANNOTATIONS if parsed.has_annotation(a)]
    if attrs:
        doc.from_array(attrs, parsed.to_array(attrs))  # type: ignore[arg-type]
    return doc


_ANNOTATIONS = ["TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "SENT_START"]


def has_regular_past(word: str) -> bool:
    """English: the dictionary knows a past form in -ed of ``word`` whose lemma it is
    ('prepare': 'prepared', 'handle': 'handled'): ``word`` can be a verb, whatever the
    tagger called it ('customer', 'safety' have none)."""
    past = f"{word}d" if word.endswith("e") else f"{word}ed"
    return known_word(past, "en") and lemma_of(past, "en").lower() == word
