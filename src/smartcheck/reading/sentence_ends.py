"""A word the tokenizer keeps with its full stop as an abbreviation ends a sentence when it is
a word of the language and a new sentence, or the text's end, follows.

spaCy's tokenizer exceptions list a few hundred abbreviations per language; dozens of the
Dutch ones are also common words ('vol.' for volume, 'app.', 'best.', 'pas.'). In "Mijn
agenda zit altijd vol. Ik wil ..." the word and its stop stay one token, so the sentence runs
on into the goal and both are parsed as one ('zit' became the goal's verb). The first step of
every pipeline splits such a token into the word and its stop when the text ends there or a
capitalised word the dictionary knows follows; an abbreviation before a number or a name
('min. 80%', 'prof. Jansen') keeps its stop. A single letter kept with the stop at the
text's very end ('groep A t/m *C.*', 'rijbewijs *B.*') is the last word of a range or a name
and the sentence's stop, most often the one the surface added to a line without one; a
letter that is a word of the language ('World War *I.*', a stop word) stays as it was.

An abbreviation that opens what follows (the pack's ``opening_abbreviations``: 'bijv.',
'o.a.', 'e.g.', 'i.e.', 'incl.'; and its ``bound_abbreviations``: a title before a name,
'Dr. Okafor', 'dhr. Bakker', or an abbreviation before its number, 'art. 13f') is never a
sentence's last word: the word after it starts no sentence, so the parser keeps "een andere
tuin, bijv. Kew of Meise?", "a buddy, i.e. Priya or Tom" and "shadowing Dr. Okafor's group"
one sentence, as the rewrite's split does (fixing.rewrite.stops). The parser
takes that as a hint only: at a stop the tokenizer split from an opener ('incl', '.', 'De
Vries') or before one it does not know (', excl. Word') its tree may still begin a
sentence, so a second step after it joins such a sentence to the one before.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SENTENCE_ENDS_COMPONENT = "smartcheck_sentence_ends"
OPENED_SENTENCES_COMPONENT = "smartcheck_opened_sentences"

#: The shortest word read this way: 'vol.' ('z.' or 'ca.' are abbreviations only).
_MIN_WORD = 3


class SentenceEnds:
    """Splits a dictionary word's abbreviation stop off before a new sentence (module doc)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.openers = _pack_openers(lang)
        self.abbreviations = _pack_abbreviations(lang)

    def __call__(self, doc: Doc) -> Doc:
        ends = [t.i for t in doc if self._ends_sentence(t)]
        if ends:
            doc = _split(doc, ends)
        kept = [t.i for t in doc if going_on(t, self.abbreviations)]
        if kept:
            with doc.retokenize() as retokenizer:  # 'art', '.' before '9': one word, 'art.'
                for at in kept:
                    retokenizer.merge(doc[at - 1 : at + 1])
        for token in doc[:-1]:
            after = doc[token.i + 1]
            if opener_stop(token, self.openers) and not (after.is_punct or after.is_space):
                after.is_sent_start = False  # 'bijv. Kew': a name, no new sentence
        return doc

    def _ends_sentence(self, token: Token) -> bool:
        from smartcheck.reading.pipeline import known_word

        word = token.text[:-1]
        if opens(token.text, self.openers):
            return False  # 'incl.' is never a sentence's last word
        if token.i + 1 == len(token.doc) and len(word) == 1 and word.isalpha():
            # 'groep A t/m C.': the letter, then the stop; a letter that is a word of its own
            # ('World War I.': English 'I', a stop word) keeps the tokenizer's reading
            return token.text.endswith(".") and not token.vocab[word].is_stop
        if not token.text.endswith(".") or len(word) < _MIN_WORD or not word.isalpha():
            return False
        if not word.islower() or not known_word(word, self.lang):
            return False
        if token.i + 1 == len(token.doc):
            return True
        after = token.doc[token.i + 1]
        starts = after.text[:1].isupper() and after.text[1:].islower() and after.is_alpha
        return starts and known_word(after.lower_, self.lang)


def opener_forms(entries: Iterable[str]) -> frozenset[str]:
    """The pack's ``opening_abbreviations`` ('bijv.', 'e.g.') as :func:`opens` compares them."""
    return frozenset(e.strip().rstrip(".") for e in entries if e.strip().rstrip("."))


def opens(word: str, openers: Collection[str]) -> bool:
    """``word`` (with or without its final period) is one of ``openers`` (from
    :func:`opener_forms`), written as listed or with a capital first letter only ('Bijv.',
    'I.e.'; 'B.V.' after a firm's name is no 'b.v.')."""
    bare = word.rstrip(".")
    if not bare or not openers:
        return False
    return bare in openers or (bare[0].isupper() and bare[0].lower() + bare[1:] in openers)


def _split(doc: Doc, ends: list[int]) -> Doc:
    """``doc`` again, with each token at ``ends`` split into its word and its stop."""
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    for token in doc:
        if token.i in ends:
            words += [token.text[:-1], "."]
            spaces += [False, bool(token.whitespace_)]
        else:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
    return Doc(doc.vocab, words=words, spaces=spaces)


def opener_stop(token: Token, openers: Collection[str]) -> bool:
    """``token`` is one of ``openers`` with its stop ('bijv.'), or the stop the tokenizer
    split from one ('incl', '.')."""
    doc = token.doc
    if token.text == "." and token.i and not doc[token.i - 1].whitespace_:
        return opens(doc[token.i - 1].text, openers)
    return token.text.endswith(".") and opens(token.text, openers)


class OpenedSentences:
    """After the parser: joins a sentence it began at an opener's example to the sentence
    before (module doc). The parser takes the first words as a hint only: a stop of its own
    ('incl', '.') or a word it does not know ('excl.') still ends a sentence in its tree.
    So it joins a sentence begun inside a round bracket ('(a, b... Okoye...)': nothing
    inside one ends the sentence around it), inside a name after a title ('mevr. De' |
    'Boer') or inside a fixed coordination ('te vaak heen' | 'en weer naar de werkplaats':
    the pack's ``fixed_coordinations``, one expression)."""

    def __init__(self, lang: str) -> None:
        self.openers = _pack_openers(lang)
        self.abbreviations = _pack_abbreviations(lang)
        self.fixed = _pack_fixed(lang)

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        brackets = _brackets(doc)
        fixed = _fixed_spans(doc, self.fixed)
        for _ in range(len(doc)):  # each join makes one sentence fewer
            sents = list(doc.sents)
            joined = next(
                (
                    (before, after)
                    for before, after in pairwise(sents)
                    if any(a < after.start <= b for a, b in brackets)
                    or (any(a == after.start for a, _ in brackets) and before[-1].text not in ".!?")
                    or (brackets and all(t.is_punct for t in after))  # '(..., b...)' | '.'
                    or self._opened(before, after)
                    or any(a < after.start < b for a, b in fixed)  # 'heen' | 'en weer'
                ),
                None,
            )
            if joined is None:
                break
            before, after = joined
            after.root.head = before.root
            after.root.dep_ = "parataxis"
        return doc

    def _inside_name(self, sent: Span) -> bool:
        return sent.text[:1].isupper() and _name_opened(sent, self.openers)

    def _opened(self, before: Span, sent: Span) -> bool:
        """``sent`` begins at an opener's example ('i.e.' | 'Mark or Ilse'), at the opener
        itself in a sentence not ended before it (', excl. Word'), or is a stop alone after
        such a sentence."""
        if opener_stop(sent.doc[sent.start - 1], self.openers):
            return True
        if going_on(sent.doc[sent.start - 1], self.abbreviations):
            return True
        if before[-1].text in ".!?":
            return False
        if self._inside_name(sent):
            return True
        words = [t for t in sent if not t.is_punct or opener_stop(t, self.openers)]
        if not words:  # 'incl. Kew or Kew' | '.'
            return any(opener_stop(t, self.openers) for t in before)
        return opener_stop(words[0], self.openers) or opens(words[0].text, self.openers)


def _brackets(doc: Doc) -> list[tuple[int, int]]:
    """Where each closed round bracket of ``doc`` opens and closes (token indices): nothing
    inside one begins a sentence ('(fietsen, boeken... Ook laptops)')."""
    pairs: list[tuple[int, int]] = []
    opened: list[int] = []
    for token in doc:
        if token.text == "(":
            opened.append(token.i)
        elif token.text == ")" and opened:
            pairs.append((opened.pop(), token.i))
    return pairs


def _fixed_spans(doc: Doc, fixed: frozenset[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Where each of the ``fixed`` coordinations stands in ``doc`` (token indices, its end
    exclusive): no sentence begins inside 'heen en weer', 'back and forth'."""
    lowers = [t.lower_ for t in doc]
    return [
        (n, n + len(words))
        for words in fixed
        for n in range(len(lowers) - len(words) + 1)
        if tuple(lowers[n : n + len(words)]) == words
    ]


def _name_opened(sent: Span, openers: Collection[str]) -> bool:
    """``sent`` begins inside a name an opener introduced: the words before it back to the
    opener all capitalised ('mevr. De' | 'Boer van de binnendienst')."""
    doc = sent.doc
    at = sent.start - 1
    while at > 0 and doc[at].text[:1].isupper() and doc[at].is_alpha:
        at -= 1
    return at < sent.start - 1 and opener_stop(doc[at], openers)


#: Length from which a word in capitals is shouted, not an abbreviation ('ART.', not 'NR.').
_SHOUTED = 3


def shouted(word: str) -> bool:
    """Is ``word`` (without its period) written in capitals too long for an abbreviation
    ('NAIL ART. take the course': 'ART', no 'art.' of an article; 'NR.' stays one)?"""
    return len(word) >= _SHOUTED and word.isupper()


def going_on(token: Token, abbreviations: Collection[str]) -> bool:
    """``token`` is the stop the tokenizer split from one of ``abbreviations`` (the pack's
    rewrite ``abbreviations``: 'art', 'nr', 'no') and a number or a lower-case word follows:
    the sentence goes on ('art. 9', 'no. 4', 'vs. de balie')."""
    doc = token.doc
    if token.text != "." or not token.i or token.i + 1 >= len(doc):
        return False
    word, after = doc[token.i - 1], doc[token.i + 1]
    if word.whitespace_ or word.lower_ not in abbreviations or not token.whitespace_:
        return False
    if shouted(word.text):
        return False  # 'NAIL ART. take the course': a shouted word, no 'art.' of an article
    return after.text[:1].isdigit() or after.text[:1].islower()


def _pack_abbreviations(lang: str) -> frozenset[str]:
    """The built-in pack's rewrite ``abbreviations`` of ``lang`` ('art', 'nr'), lower case."""
    from smartcheck.configuration.languages import BUILTIN_CODES
    from smartcheck.configuration.packs import builtin_pack

    if lang not in BUILTIN_CODES:
        return frozenset()
    return frozenset(str(a).lower() for a in builtin_pack(lang).rewrite.get("abbreviations", ()))


def _pack_openers(lang: str) -> frozenset[str]:
    """The built-in pack's ``opening_abbreviations`` and ``bound_abbreviations`` ('dr.',
    'art.') of ``lang`` (none for another language: the pipeline is shared by every pack of
    a language)."""
    from smartcheck.configuration.languages import BUILTIN_CODES
    from smartcheck.configuration.packs import builtin_pack

    if lang not in BUILTIN_CODES:
        return frozenset()
    pack = builtin_pack(lang)
    return opener_forms([*pack.words("opening_abbreviations"), *pack.words("bound_abbreviations")])


def _pack_fixed(lang: str) -> frozenset[tuple[str, ...]]:
    """The built-in pack's ``fixed_coordinations`` of ``lang``, each as its lower-case words
    (none for another language)."""
    from smartcheck.configuration.languages import BUILTIN_CODES
    from smartcheck.configuration.packs import builtin_pack

    if lang not in BUILTIN_CODES:
        return frozenset()
    return frozenset(
        tuple(w.lower().split()) for w in builtin_pack(lang).words("fixed_coordinations")
    )


def make_sentence_ends(nlp: object, name: str) -> SentenceEnds:
    return SentenceEnds(str(getattr(nlp, "lang", "")))


def make_opened_sentences(nlp: object, name: str) -> OpenedSentences:
    return OpenedSentences(str(getattr(nlp, "lang", "")))
