"""A goal told as a gerund: 'Shadowing a colleague from the export desk for a few weeks',
'Getting better at pricing the custom gates'.

English writers name the act they want as an activity. Read as it stands, the frames put
the gerund after the commitment ('I will shadowing ...', 'in order to shadowing ...') and
the seams refuse every candidate, so only the structured fallback was shown. The same goal
told as an act ('Shadow a colleague ...') is the imperative the frames are made for: the
gerund is put in its base form and the text is read again. The parser may read the gerund
as a modifier of the noun after it ('Reading drawings properly'); an adverb after that noun
shows the act. A short label may come first ('Stock count: checking the fridge temps every
morning'); it stays. Only a gerund that opens the goal and heads a clause with no finite
verb or subject counts ('Shadowing X is fun', 'Negotiating with suppliers I still find
hard' have their own verb and are no act told).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.reading.anatomy.words import has_finite_form
from smartcheck.reading.pipeline import lemma_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

#: The tagger's tag of a gerund (English only: a Dutch goal told short opens with an
#: infinitive, which the frames already take).
_GERUND = "VBG"
#: Most words of a label before the gerund ('Stock management: checking ...').
_LABEL_WORDS = 3
#: How the parser attaches a gerund that heads the text after a label.
_LABELLED_HEADS = frozenset({"ROOT", "parataxis", "appos", "dep", "list"})
#: How the parser may attach a gerund it read as a noun's modifier.
_MODIFIERS = frozenset({"amod", "compound"})


def act_told(doc: Doc | None, times: Sequence[tuple[int, int]] = ()) -> str | None:
    """The goal's text with its opening gerund in the base form ('Shadow a colleague ...');
    None when the goal opens with no gerund that heads its first sentence without a subject
    or auxiliary of its own, or with one whose object is a time (``times``: where the
    goal's time expressions stand; 'Starting this month, ...' tells when, no act)."""
    if doc is None:
        return None
    first = _after_label(doc) or next((t for t in doc if not t.is_space and not t.is_punct), None)
    if first is None or first.tag_ != _GERUND:
        return None
    after = first.idx + len(first.text) + 1  # the word after the gerund and its space
    if any(start <= after < end for start, end in times):
        return None
    labelled = first.i > 0 and doc[first.i - 1].text == ":"
    if labelled and first.dep_ not in _LABELLED_HEADS:
        return None
    if not labelled and first.dep_ != "ROOT" and not _gerund_read_as_modifier(first):
        return None
    if any(c.dep_ in ("aux", "nsubj", "cop", "expl") for c in first.children):
        return None
    clause = [t for t in first.sent if t != first and (not labelled or t.i > first.i)]
    if any(_clause_word(t) for t in clause):  # 'Negotiating X I find hard'; not the label's
        return None
    base = lemma_of(first.lower_, doc.lang_)
    if base == first.lower_ or not base.isalpha():
        return None
    told = base[:1].upper() + base[1:] if first.text[:1].isupper() else base
    return doc.text[: first.idx] + told + doc.text[first.idx + len(first.text) :]


def _after_label(doc: Doc) -> Token | None:
    """The first word after a short label and its colon ('Stock management: *checking* the
    fridge temps every morning'), or None when the text opens with no such label."""
    colon = next((t for t in doc[: _LABEL_WORDS + 1] if t.text == ":"), None)
    if colon is None or colon.i == 0 or colon.i + 1 >= len(doc):
        return None
    if not all(t.is_alpha for t in doc[: colon.i]):
        return None
    return doc[colon.i + 1]


def _gerund_read_as_modifier(first: Token) -> bool:
    """The parser took the opening gerund for a modifier of the noun after it ('*Reading*
    drawings properly' as a kind of drawings), but an adverb after that noun modifies no
    noun: the gerund is the act and the noun its object. Without such an adverb the phrase
    may be a noun of its own ('rolling stock maintenance') and is left as it stands."""
    head = first.head
    if first.dep_ not in _MODIFIERS or head.dep_ != "ROOT" or head.i <= first.i:
        return False
    if any(t.head != head for t in first.doc[first.i + 1 : head.i]):
        return False  # only the noun's own words between ('Reading *floor* plans')
    return any(t.pos_ == "ADV" for t in first.doc[head.i + 1 :])


def _clause_word(token: Token) -> bool:
    """A finite verb or a subject: the gerund's sentence has a clause of its own (the
    tagger may read its verb as an infinitive: 'I still *find* hard')."""
    return has_finite_form(token) or token.dep_.startswith("nsubj")
