"""What every anatomy step needs to know about a Doc: word classes, time words, the clause.

Word classes come from the rule pack's lexicon (so a user pack can extend them) and, when the
pipeline tags, from part-of-speech and morphology. Untagged (blank) Docs rely on the lists
and on word order alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from smartcheck.configuration.grammar import Grammar
from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.configuration.packs import RulePack
from smartcheck.reading.lexicon import LexiconMatch
from smartcheck.reading.timex import TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Lexicon keys whose words mark a verb that only frames the action ("wil", "try").
FRAMING_KEYS: tuple[LexiconKey, ...] = ("modal_verbs", "hedges", "control_verbs")
#: Lexicon keys whose single words are verbs (used to spot verbs in untagged Docs and
#: capitalised first words a tagger took for names).
VERB_KEYS: tuple[LexiconKey, ...] = (
    *FRAMING_KEYS,
    "auxiliary_verbs",
    "general_outcome",
    "vague_outcome",
    "checkable_actions",
    "complement_verbs",
)
NOMINAL_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON", "X", "SYM"})
VERB_POS = frozenset({"VERB", "AUX"})


def has_finite_form(token: Token) -> bool:
    """A verb the tagger gave a finite form: by its morphology only, with none of the
    corrections of the rewriter's ``seams.tokens.is_finite`` for the small parsers' misreads."""
    return token.pos_ in VERB_POS and "Fin" in token.morph.get("VerbForm", [])


class WordFinder(Protocol):
    """Finds one lexicon key's entries in a Doc."""

    def find(self, doc: Doc) -> list[LexiconMatch]: ...


class PackWords(Protocol):
    """What the reading stage needs of a language: its pack and compiled lexicon matchers.

    The checker's per-language context is one; the reading stage names only this protocol,
    so it never imports the judging stage.
    """

    @property
    def pack(self) -> RulePack: ...

    @property
    def lang(self) -> str: ...

    def matcher(self, key: LexiconKey) -> WordFinder: ...


def single_words(pack: RulePack, key: LexiconKey) -> frozenset[str]:
    """Single-word entries of a lexicon key, lower case, without wildcards."""
    return frozenset(w.lower() for w in pack.words(key) if " " not in w.strip() and "*" not in w)


@dataclass
class Reading:
    """One Doc with the facts the anatomy steps share (computed once, lazily)."""

    doc: Doc
    ctx: PackWords
    times: tuple[TimeExpression, ...] = ()
    #: Character spans of measures: a count inside a frequency ("10 clients every week") is
    #: the amount, not part of the time expression.
    measure_spans: tuple[tuple[int, int], ...] = ()
    #: Character spans of times that point back from the reference date ('vorig jaar',
    #: 'last month'): when something happened, never a time of the goal.
    passed: tuple[tuple[int, int], ...] = ()
    _words: dict[LexiconKey, frozenset[str]] = field(default_factory=dict, repr=False)
    _frames: dict[int, tuple[list[Token], int | None]] = field(default_factory=dict, repr=False)

    @property
    def lang(self) -> str:
        return self.ctx.lang

    @property
    def grammar(self) -> Grammar:
        return self.ctx.pack.grammar

    def is_infinitive_form(self, token: Token) -> bool:
        """Whether the word's form can be an infinitive (Dutch: it ends in -en)."""
        return self.grammar.is_infinitive_form(token.lower_)

    @cached_property
    def text(self) -> str:
        """The goal text (Doc.text joins every token again on each call)."""
        return self.doc.text

    @cached_property
    def tagged(self) -> bool:
        return self.doc.has_annotation("POS")

    @cached_property
    def parsed(self) -> bool:
        return self.doc.has_annotation("DEP")

    def first_frame(self, candidates: list[Token]) -> int | None:
        """The token index of the first framing verb or auxiliary among ``candidates``,
        worked out once per list (every candidate asks: a goal of many words made it
        quadratic)."""
        memo = self._frames.get(id(candidates))
        if memo is None or memo[0] is not candidates:  # the list itself is kept: ids stay
            found = [c.i for c in candidates if self.is_framing(c) or self.is_auxiliary(c)]
            memo = self._frames[id(candidates)] = (candidates, min(found, default=None))
        return memo[1]

    def words(self, key: LexiconKey) -> frozenset[str]:
        """The single words of lexicon ``key`` (cached)."""
        if key not in self._words:
            self._words[key] = single_words(self.ctx.pack, key)
        return self._words[key]

    def is_word(self, token: Token, key: LexiconKey) -> bool:
        """Whether the token's form or lemma is a single-word entry of ``key``."""
        words = self.words(key)
        return token.lower_ in words or _lemma(token) in words

    @cached_property
    def time_tokens(self) -> frozenset[int]:
        """Tokens inside any time expression (deadlines and recurrences)."""
        spans = [(t.start, t.end) for t in self.times]
        recurring = [(t.start, t.end) for t in self.times if t.kind == "recurring"]
        return frozenset(
            t.i
            for t in self.doc
            if any(a <= t.idx < b for a, b in spans)
            and not t.is_punct
            and not (
                any(a <= t.idx < b for a, b in recurring)
                and any(a <= t.idx < b for a, b in self.measure_spans)
            )
        )

    @cached_property
    def framing_tokens(self) -> frozenset[int]:
        """Tokens of modal, hedging and control verbs (phrases included: "zou graag")."""
        found: set[int] = set()
        for key in ("modal_verbs", "hedges"):
            for m in self.ctx.matcher(key).find(self.doc):
                if m.token_end - m.token_start <= 3:  # "would like to", not "a & b" spans
                    found.update(range(m.token_start, m.token_end))
        found.update(t.i for t in self.doc if self.is_word(t, "control_verbs"))
        return frozenset(found)

    def is_auxiliary(self, token: Token) -> bool:
        return self.is_word(token, "auxiliary_verbs")

    def is_framing(self, token: Token) -> bool:
        return token.i in self.framing_tokens

    def is_subject_pronoun(self, token: Token) -> bool:
        return self.is_word(token, "subject_pronouns") or self.is_word(
            token, "first_person_subject"
        )

    def is_determiner(self, token: Token) -> bool:
        if self.tagged and token.pos_ == "DET":
            return True
        return token.lower_ in self.words("determiners") or self.is_word(
            token, "first_person_possessive"
        )

    def is_preposition(self, token: Token) -> bool:
        if self.tagged and token.pos_ == "ADP" and token.dep_ != "compound:prt":
            return True
        return token.lower_ in self.words("prepositions") or token.lower_ in self.words(
            "predicative_markers"
        )

    def is_function_word(self, token: Token) -> bool:
        return token.lower_ in self.ctx.pack.function_words


def lemma_text(token: Token) -> str:
    """The token's lemma, lower case, without the tagger's compound marks."""
    return _lemma(token)


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower().replace("_", "")
