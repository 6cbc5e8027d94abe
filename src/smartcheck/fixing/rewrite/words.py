"""Words of a goal as editable pieces: text, offsets, lemma, and whether they look finite.

A rewrite moves, drops and replaces whole words of the goal, so it works on a list of
:class:`Word` rather than on raw strings: offsets tie each word back to the findings and
the anatomy (which are spans of the goal text), and ``space_before`` keeps the writer's own
spacing when the words are joined again.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.compiled import compiled
from smartcheck.fixing.rewrite.label_verbs import verb_after_label
from smartcheck.fixing.rewrite.stops import openers_of
from smartcheck.reading.anatomy.infinitives import stem_infinitives as stem_infinitives
from smartcheck.reading.anatomy.verbs import modified_noun
from smartcheck.reading.pipeline import EMOJI_GLUE, is_pictograph, known_word, lemma_of
from smartcheck.reading.sentence_ends import opens, shouted

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.reading.goal import Goal

_TOKEN = re.compile(r"\w+(?:[-.\u2019']\w+)*|'\w+|[^\w\s]", re.UNICODE)
_NO_SPACE_BEFORE = frozenset(",.;:!?)%")
#: Parts of speech inside the object a bare infinitive follows ('let *the new stock* run'):
#: the imperative's reading (frame.py) and the seam's (seams/misread_finite.py) share them.
OBJECT_PARTS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})


@dataclass(frozen=True)
class Word:
    """One word or punctuation mark of the goal (or one added by the rewrite)."""

    text: str
    start: int = -1
    end: int = -1
    lemma: str = ""
    pos: str = ""
    finite: bool | None = None
    space_before: bool = True
    verbform: str = ""
    dep: str = ""  # the dependency label ('compound:prt' marks a separable particle)
    plural: bool | None = None  # grammatical number, when the tagger says
    past: bool = False  # a past tense form ('passed', 'wrote'), when the tagger says

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return any(ch.isalnum() for ch in self.text)

    def keys(self) -> set[str]:
        """The forms lexicon entries are compared with: lower case and lemma."""
        return {self.lower, self.lemma} if self.lemma else {self.lower}

    def inside(self, start: int, end: int) -> bool:
        return self.start >= 0 and start <= self.start and self.end <= end

    def with_text(self, text: str) -> Word:
        return replace(self, text=text)


#: The words read from each goal Doc: a rewrite reads its goal's words once per frame and
#: per candidate (about eight times a failing goal), and a Doc is never changed once
#: parsed. An entry goes with its Doc; the lock serves batches checked in threads.
_READ: weakref.WeakKeyDictionary[Doc, tuple[Word, ...]] = weakref.WeakKeyDictionary()
_READ_LOCK = threading.Lock()


def words_of(goal: Goal) -> list[Word]:
    """The goal's words, from its spaCy Doc when it has one (tags, morphology), else a regex."""
    doc = goal.doc
    if doc is not None and len(doc) > 0:
        with _READ_LOCK:
            read = _READ.get(doc)
        if read is None:
            read = tuple(_as_read(_doc_words(doc), goal))
            with _READ_LOCK:
                _READ[doc] = read
        return list(read)
    words = []
    for m in _TOKEN.finditer(goal.text):
        if is_decoration(m.group()):
            continue
        space = m.start() > 0 and goal.text[m.start() - 1].isspace()
        lemma = lemma_of(m.group(), goal.lang).lower()
        words.append(Word(m.group(), m.start(), m.end(), lemma, "", None, space))
    return words


def _as_read(words: list[Word], goal: Goal) -> list[Word]:
    """The words with the goal's action a verb: the reading stage found it by word order or
    the pack's lists where the tagger called it a noun ('*Coach* junior staff on the CRM'),
    and a rewrite built on the tag would treat the verb as a topic ('for coach junior …')."""
    action = goal.action
    if action is None:
        return words
    return verb_after_label(
        [
            replace(w, pos="VERB", verbform=w.verbform or "Inf", finite=False)
            if w.start == action.start and w.pos in ("NOUN", "PROPN") and w.start == 0
            else w
            for w in words
        ],
        goal.lang,
    )


def _doc_words(doc: Doc) -> list[Word]:
    """The words of a goal's Doc (see :func:`words_of`)."""
    tagged = doc.has_annotation("POS")
    out = []
    for i, token in enumerate(doc):
        if _bracket_closed(token):  # 'law (Awb): objections': no sad face, the bracket's end
            for k, c in enumerate(token.text):
                out.append(Word(c, token.idx + k, token.idx + k + 1, c, "PUNCT", None, False))
            continue
        if token.is_space or is_decoration(token.text):
            continue
        finite: bool | None = None
        verbform = ""
        if tagged and token.pos_ in ("VERB", "AUX"):
            forms = token.morph.get("VerbForm", [])
            finite = "Fin" in forms
            verbform = forms[0] if forms else ""
        space = i > 0 and bool(doc[i - 1].whitespace_)
        number = token.morph.get("Number", [])
        text = token.text
        lemma = (token.lemma_ or token.lower_).lower()
        pos = token.pos_ if tagged else ""
        if pos == "VERB" and modified_noun(token, compound=False):
            pos = "NOUN"  # 'maybe *first aid*': an adjective's noun, no verb
            finite, verbform = None, ""
        if _period_glued(token):  # 'my PhD.', 'volg.': the tokenizer kept the sentence's period
            text = text[:-1]
            lemma = lemma.removesuffix(".")
            pos = "X" if pos == "PUNCT" else pos  # a word, whatever the tagger made of it
        out.append(
            Word(
                text=text,
                start=token.idx,
                end=token.idx + len(text),
                lemma=lemma,
                pos=pos,
                finite=finite,
                space_before=space,
                verbform=verbform,
                dep=token.dep_ if doc.has_annotation("DEP") else "",
                plural=("Plur" in number) if number else None,
                past="Past" in token.morph.get("Tense", []) and finite is True,
            )
        )
        if text != token.text:
            end = token.idx + len(token.text)
            out.append(Word(".", end - 1, end, ".", "PUNCT", None, False))
    return out


def _bracket_closed(token: Token) -> bool:
    """Does a text face of marks (spaCy's '):', ')-:') close a bracket the goal opened
    before it, right after a word ('(Awb):')? Then its marks are the bracket's end and
    what follows it, punctuation kept as written."""
    text = token.text
    if text[:1] not in ")]" or text not in _emoticons() or any(c.isalnum() for c in text):
        return False
    if token.i == 0 or token.doc[token.i - 1].whitespace_:
        return False
    before = token.doc.text[: token.idx]
    opener = "(" if text[0] == ")" else "["
    return before.count(opener) > before.count(text[0])


def is_decoration(text: str) -> bool:
    """An emoji or a text face ('💪', '😅', ':)', ';-)'): how the writer felt about the goal,
    no word of it. A rewrite leaves it out rather than end a sentence on it. A face of a
    digit and a letter alone ('8D') is a code as '3D' and 'A3' are ('8D report', 'problem
    solving with 8D / A3'): a word of the goal."""
    if text in _emoticons():
        return not (text.isalnum() and text[0].isdigit())  # '8D' is the method, like 'A3'
    return bool(text) and all(is_pictograph(c) or c in EMOJI_GLUE for c in text)


@cache
def _emoticons() -> frozenset[str]:
    """Text faces (':)', ';-)', ':D', '<3'): spaCy's list, shared by every language (imported
    when first asked, so building a checker loads no parser)."""
    from spacy.lang.tokenizer_exceptions import emoticons

    return frozenset(emoticons)


def _period_glued(token: Token) -> bool:
    """The goal's last token ends in its closing period ('PhD.', which the tokenizer keeps
    as an abbreviation) while the rest holds no period ('e.g.' and 'Ph.D.' stay whole)."""
    text = token.text
    if len(text) <= 2 or not text.endswith(".") or "." in text[:-1]:
        return False  # checked first: the rest of the Doc is read only for such a token
    return all(t.is_space for t in token.doc[token.i + 1 :])


def abbreviation_stop(words: list[Word], at: int, abbreviations: Iterable[str]) -> bool:
    """The period at ``at`` closes an abbreviation the tokenizer split off ('esp.', 'approx.')
    and the sentence goes on after it in lower case ('..., esp. at client meetings'): no
    sentence end, so the clause and the note after it stay one. After an abbreviation that
    opens what follows ('..., esp. Mark', stops.opens) any word goes on."""
    if not 0 < at < len(words) - 1 or words[at].text != "." or words[at].space_before:
        return False
    after = words[at + 1].text
    if opens(words[at - 1].text, openers_of(abbreviations)):
        return True
    return words[at - 1].lower in abbreviations and after[:1].islower()


def opening_length(said: Sequence[str], phrases: Iterable[str]) -> int:
    """How many of the lower-case words ``said`` the longest of ``phrases`` that opens them
    takes, with words after it ('would it be possible to' of 'would it be possible to join
    ...'); 0 when none does."""
    for phrase in sorted(phrases, key=len, reverse=True):
        parts = phrase.lower().split()
        if list(said[: len(parts)]) == parts and len(said) > len(parts):
            return len(parts)
    return 0


def join(words: list[Word], lead: bool = True) -> str:
    """The words as text: the writer's spacing, no space before closing punctuation."""
    parts: list[str] = []
    previous: Word | None = None
    for w in words:
        if not w.text:
            continue
        adjacent = previous is not None and previous.end >= 0 and previous.end == w.start
        if parts and not adjacent and w.text[0] not in _NO_SPACE_BEFORE:
            parts.append(" ")
        parts.append(w.text)
        previous = w
    return tidy("".join(parts), lead)


def tidy(text: str, lead: bool = True) -> str:
    """Repair the seams left by dropped words: doubled spaces, commas, stray punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s*\(\s*\)", "", text)  # a bracket emptied by a dropped word ('(asap)')
    text = re.sub(r"\(\s+", "(", text)  # its first word dropped ('(maybe the one ...?)')
    text = re.sub(r"\s+([,.;:!?)])", r"\1", text)
    text = re.sub(r",(\s*,)+", ",", text)
    text = re.sub(r",\s*([.;:!?])", r"\1", text)
    if lead:
        text = re.sub(r"^[,;:\s]+", "", text)
    text = re.sub(r"\s+('(?:d|ll|m|re|ve)\b)", r"\1", text)
    return text


def abbreviation_periods(
    text: str, goal: str, abbreviations: Iterable[str], words: frozenset[str] = frozenset()
) -> str:
    """Give back the period of an abbreviation the writer wrote with one ('macros etc.') where
    a rewrite read it as the sentence's end and spliced on after it ('macros etc, with ...').
    At the goal's end, one of ``words`` (abbreviations that are also plain words: 'saying
    no.') had the sentence's period, no abbreviation's."""
    for abbr in abbreviations:
        word = rf"(?<![\w.]){re.escape(abbr)}"
        inside = _written(compiled(rf"{word}\.(?=\s*\S)", re.IGNORECASE).finditer(goal))
        last = _written(compiled(rf"{word}\.\s*$", re.IGNORECASE).finditer(goal))
        if last and not inside and abbr.lower() in words:
            continue
        if inside or last:
            text = re.sub(rf"({word})(?=[,;:]|\s)(?!\.)", r"\1.", text, flags=re.IGNORECASE)
    return text


def _written(found: Iterable[re.Match[str]]) -> bool:
    """Is one of ``found`` an abbreviation as written, not a shouted word ('NAIL ART.')?"""
    return any(not shouted(m.group(0).rstrip(". ")) for m in found)


def is_common_word(word: Word) -> bool:
    """A word of the language's dictionary (so not a name), judged by its lemma."""
    return bool(word.lemma) and word.lemma == word.lemma.lower() and word.lemma != word.text


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def closed(text: str) -> str:
    """``text`` ended as a sentence: its own final mark kept, else a full stop in place of a
    trailing comma, semicolon or colon."""
    text = text.strip()
    return text if text[-1:] in ".!?" else f"{text.rstrip(',;:')}."


def inside_sentence(word: Word) -> Word:
    """``word`` moved from the start of the goal into a sentence: it loses its capital
    ('Mijn' → 'mijn'), unless it is a name or an acronym ('Jan', 'HR', 'SAP', 'iPad')."""
    if word.pos == "PROPN" or not lowers_inside(word.text):
        return word
    return word.with_text(word.text[:1].lower() + word.text[1:])


def lowers_inside(text: str) -> bool:
    """Whether a capitalised word at the start of a goal is written in lower case inside a
    sentence: a common word ('Mijn', 'A'), not an acronym ('HR', 'iPad') or 'I'."""
    return text[1:].islower() or (len(text) == 1 and text.isalpha() and text != "I")


def conjugated(lower: str, lang: str) -> bool:
    """Dutch: a word in -en whose stem the dictionary conjugates ('vragen': 'vraagt',
    'plannen': 'plant'; not 'klachten'): a verb, though the tagger may call it a plural."""
    if not lower.endswith("en") or len(lower) < 5:
        return False
    stem = lower[:-2]
    stems = {stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    stems |= {s[:-1] + s[-2] + s[-1] for s in list(stems) if len(s) > 2 and s[-2] in "aeou"}
    return any(known_word(f"{s}t", lang=lang) for s in stems if s)


def looks_finite_nl(word: Word) -> bool:
    """Dutch: a singular finite verb ('wil', 'laat', 'train'), by its tag or its lemma.

    Forms in -en are left out: without a subject, 'werken' is the infinitive, not a plural.
    """
    lower, lemma = word.lower, word.lemma
    if not word.is_word or lower.endswith("en") or _participle_form(word):
        return False
    if lower.endswith("n") and lemma == lower:
        return False  # 'zijn', 'gaan', 'staan': the infinitive, as a form in -en is
    if word.finite is not None:
        return word.finite
    if lemma == lower:
        return False
    return lemma.endswith("en") or lemma in _SHORT_INFINITIVES


#: Dutch infinitives of one syllable, which do not end in -en ('staan', 'gaan', 'zijn').
_SHORT_INFINITIVES = ("zijn", "gaan", "staan", "doen", "slaan", "zien")


def infinitive_ending(lower: str) -> bool:
    """Dutch: the ending of an infinitive, -en or a one-syllable verb's, also at the end of
    a separable compound ('omgaan', 'opstaan', 'toezien')."""
    return lower.endswith(("en", *_SHORT_INFINITIVES))


def compound_infinitive(lower: str) -> bool:
    """Dutch: an infinitive in -en, or a compound of a one-syllable verb ('omgaan',
    'opstaan'), not that light verb alone ('gaan', 'zijn'): a purpose whose only verb is a
    light one carries the vague phrase around it ('om aan de slag te gaan')."""
    return lower.endswith("en") or (infinitive_ending(lower) and lower not in _SHORT_INFINITIVES)


def _participle_form(word: Word) -> bool:
    lower = word.lower
    if "_" in word.lemma:
        return True
    return lower.startswith("ge") and lower.endswith(("d", "t")) and len(lower) > 4


def is_participle_nl(word: Word) -> bool:
    """Dutch: a past participle ('aangevuld', 'gehaald')."""
    return word.verbform == "Part" or _participle_form(word)


def is_verbal(word: Word, lang_v2: bool) -> bool:
    """A verb that can carry a goal's action (not a participle used as an adjective)."""
    if word.pos in ("VERB", "AUX"):
        return word.verbform != "Part"
    if lang_v2:
        return looks_infinitive_nl(word) or looks_finite_nl(word)
    return word.is_word and not word.pos


def looks_infinitive_nl(word: Word) -> bool:
    """Dutch: an infinitive, by its tag or by its form (a word in -en that is its own lemma)."""
    lower = word.lower
    if word.pos in ("VERB", "AUX") and word.finite is False:
        # a 'participle' that is its own lemma is the infinitive the tagger misread
        # ('nog inschrijven voor ...'); 'geschreven' has the lemma 'schrijven'
        own = word.lemma == lower and lower.endswith("en")
        return word.verbform != "Part" or own
    verb_like = infinitive_ending(lower)
    return word.is_word and verb_like and word.lemma in (lower, "")


def gerund_bases(lower: str) -> list[str]:
    """Bare verbs an English gerund may have: 'drawing' -> 'draw', 'making' -> 'make',
    'running' -> 'run' (empty for a word that is no gerund). A doubled b, g, m, n, p, r or t
    is undoubled first ('setting' -> 'set', not the noun 'sett'); a doubled l, s, f, z or d
    is the stem's own ('calling', 'passing', 'adding')."""
    if not lower.endswith("ing") or len(lower) < 5:
        return []
    stem = lower[:-3]
    doubled = [stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else []
    if doubled and stem[-1] in "bgmnprt":
        return [*doubled, stem, stem + "e"]
    return [stem, stem + "e", *doubled]


def outside_brackets(words: list[Word]) -> list[Word]:
    """The words outside brackets: an aside ('(draaitabellen, verticaal zoeken)', '(KHN,
    poppodia)') lists inside its clause, so its commas and verbs open no clause of their own."""
    depth, kept = 0, []
    for word in words:
        depth += word.text == "("
        if depth == 0:
            kept.append(word)
        depth -= word.text == ")" and depth > 0
    return kept
