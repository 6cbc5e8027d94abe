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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SENTENCE_ENDS_COMPONENT = "smartcheck_sentence_ends"

#: The shortest word read this way: 'vol.' ('z.' or 'ca.' are abbreviations only).
_MIN_WORD = 3


class SentenceEnds:
    """Splits a dictionary word's abbreviation stop off before a new sentence (module doc)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        ends = [t.i for t in doc if self._ends_sentence(t)]
        if not ends:
            return doc
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

    def _ends_sentence(self, token: Token) -> bool:
        from smartcheck.reading.pipeline import known_word

        word = token.text[:-1]
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
        opens = after.text[:1].isupper() and after.text[1:].islower() and after.is_alpha
        return opens and known_word(after.lower_, self.lang)


def make_sentence_ends(nlp: object, name: str) -> SentenceEnds:
    return SentenceEnds(str(getattr(nlp, "lang", "")))
