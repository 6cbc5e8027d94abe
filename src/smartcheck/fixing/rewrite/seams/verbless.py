"""A frame put on a fragment: the rewriter's deadline, evidence or commitment added to words
with no verb.

A frame that keeps the writer's words and adds a deadline or a measure ('Vóór [datum] ...',
'..., by [date]', '..., met als bewijs [hoe gemeten]') makes a sentence only of a clause:
the writer's own commitment ('ik haal ...'), an imperative ('Write the guide') or a Dutch
infinitive goal ('Grenzen stellen aan ...'). Put on a noun phrase it dates a fragment:
'Heftruck certificaat vóór [datum], met als bewijs [hoe gemeten].', 'By [date], presentations
at open days - get more comfortable ...', 'Burgers from start to finish, ..., by [date].'
The commitment's auxiliary ('will', 'ga') is no verb of the head either: it takes one ('Vóór
[datum] ga ik overdracht op de afdeling - ...'). What follows a dash, colon or semicolon is a
note on the head, so it does not lend the head its verb. The small taggers misread exactly
these words (a Dutch noun in -aat tagged a finite verb, an English imperative tagged a noun),
so a word counts as a verb by tag and by
form: a Dutch verb's lemma ends in -n, an English one is no gerund or participle, no word of
a hyphenated compound ('lost-time') and no word after a preposition ('from start to finish').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.parses import stand_ins
from smartcheck.fixing.rewrite.seams.surface import PLACEHOLDER
from smartcheck.fixing.rewrite.seams.tokens import (
    action_noun_plural,
    after_first,
    dictionary_verb,
    hyphen_verb,
    infinitive_like,
)
from smartcheck.fixing.rewrite.stops import sentence_spans
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.pipeline import has_regular_past

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Dutch words that stand next to a subject pronoun and are no verb ('en ik', 'dat ik'): the
#: tagger's word class is no guide there ('archiveer' tagged a conjunction).
_NOT_VERBS_NL = frozenset(
    {
        "en",
        "of",
        "maar",
        "want",
        "dus",
        "dat",
        "die",
        "als",
        "om",
        "te",
        "ook",
        "nu",
        "dan",
        "omdat",
        "zodat",
        "wanneer",
        "toen",
        "waar",
        "hoe",
        "wat",
        "zoals",
        "terwijl",
        "voordat",
        "nadat",
        "zodra",
        "tenzij",
        "hoewel",
        "waarom",
        "welke",
        "wie",
    }
)
#: Where a sentence's head ends: a note after a dash, colon or semicolon follows it.
_HEAD_END = re.compile(r"\s[-\u2013\u2014]\s|[:;]")
#: English tags of a verb that heads no clause: a gerund, a participle.
_NON_FINITE = frozenset({"VBG", "VBN"})


def verbless_head(candidate: str, doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A sentence that holds one of the rewriter's placeholders and whose head (up to its
    first dash, colon or semicolon) has no verb: the frame dated a fragment."""
    seams = []
    for start, end in sentence_spans(candidate, style.abbreviations, marks=".!?", capital=True):
        sentence = candidate[start:end]
        if not PLACEHOLDER.search(sentence):
            continue
        cut = _HEAD_END.search(sentence)
        head_end = start + (cut.start() if cut else len(sentence))
        first = len(stand_ins(candidate[:start], style))
        last = len(stand_ins(candidate[:head_end], style))
        if style.placeholders.behaviour in candidate[start:head_end]:
            continue  # the behaviour asked for is a verb phrase
        head = _before_subordinate(_outside_brackets(doc, first, last), style)
        head = [t for t in head if not t.is_punct]
        if head and not any(counts_as_verb(t, n == 0, style) for n, t in enumerate(head)):
            words = tuple(t.lower_ for t in head[:3])
            seams.append(Seam("lost_verb", f"no verb in {' '.join(words)!r}...", words))
    return seams


def _outside_brackets(doc: Doc, first: int, last: int) -> list[Token]:
    """The tokens from ``first`` to ``last`` (characters) outside brackets: a question or a
    remark in brackets ('driving licence C (does the company pay?)') lends the head no verb."""
    depth, kept = 0, []
    for token in doc:
        if not first <= token.idx < last:
            continue
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif not depth:
            kept.append(token)
    return kept


def _before_subordinate(tokens: list[Token], style: RewriteStyle) -> list[Token]:
    """The tokens before a subordinate clause after a comma (', zodat ik zelf kan
    inschatten ...', ', want dat vraag ik ...', ', so that I can ...'): its verbs are the
    clause's, never the head's."""
    openers = {*style.complementizers, *style.clause_ends}  # not 'until', 'when': times
    for n, token in enumerate(tokens[1:], start=1):
        if token.lower_ in openers and tokens[n - 1].text == ",":
            return tokens[:n]
    return tokens


def counts_as_verb(token: Token, first: bool, style: RewriteStyle) -> bool:
    """Can ``token`` be the head's verb (see the module docstring)?"""
    lower = token.lower_
    slot = _verb_slot(token, style)
    if lower in style.subjects.values() and (token.lang_ != "nl" or slot):
        # the commitment ('will', 'ga') takes a verb ('ga ik overdracht ...'), unless it is
        # the verb of going itself ('ga ik naar de beurs')
        return _going(token, style)
    if lower in style.modals or slot:
        return True  # 'Hier moet ik ... iets mee', 'Vóór juni *lever* ik ...'
    if dictionary_verb(token):
        return True  # 'I will listen better': the small tagger calls 'listen' an adverb
    if after_first(token, style.adverbs_before_verb):
        return True  # 'I will first *shadow* Dave': the tagger reads 'first shadow' a noun
    if token.lang_ == "nl":
        if action_noun_plural(token.lower_):
            return False  # 'minder in vergaderingen': a noun the tagger called a verb
        lemma = token.lemma_.lower()
        tagged = token.pos_ in ("VERB", "AUX") and lemma.endswith("n")
        return tagged or infinitive_like(token) or _infinitive_form(token)
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if lower in style.capitalised and (nxt is None or nxt.pos_ not in ("DET", "PRON")):
        return False  # 'Spanish for calls ...': a language's name; 'Polish the floors' a verb
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.text == "-":
        return hyphen_verb(token)  # 'lost-time incidents'; 'will co-author a paper'
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.pos_ in ("ADP", "PART") and before.lower_ != "not":
        return False  # 'from start to finish': a noun's place, or an infinitive
    if token.pos_ in ("VERB", "AUX"):
        return token.tag_ not in _NON_FINITE
    # an imperative the tagger calls a noun ('Network more with ...'): the dictionary knows
    # its regular past; a plural ('presentations') is no imperative
    return first and token.is_alpha and not lower.endswith("s") and has_regular_past(lower)


#: Closed words that stand before or after a subject pronoun and are no verb ('dat ik').
_NO_VERB_POS = frozenset({"PUNCT", "NUM"})


def _verb_slot(token: Token, style: RewriteStyle) -> bool:
    """Dutch verb second: the word right before a subject pronoun after a fronted phrase
    ('Vóór juni *lever* ik'), or right after one that opens the clause ('Ik *rond* ...'),
    is the finite verb, however the tagger reads it ('lever': an adverb)."""
    if token.lang_ != "nl" or not token.is_alpha or token.pos_ in _NO_VERB_POS:
        return False
    if token.lower_ in _NOT_VERBS_NL:
        return False
    doc = token.doc
    subjects = set(style.subjects)
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in subjects and token.i > 0:
        return True
    before = doc[token.i - 1] if token.i > 0 else None
    opens = before is not None and (before.i == 0 or doc[before.i - 1].text in ",;:.")
    return before is not None and before.lower_ in subjects and opens


def _going(token: Token, style: RewriteStyle) -> bool:
    """'ga ik *naar* de beurs': the commitment's verb is the verb of going, its place after
    the subject a preposition's."""
    doc = token.doc
    after = doc[token.i + 2] if token.i + 2 < len(doc) else None
    if (
        token.lang_ == "nl"
        and any(  # 'ga ik een keer *mee* naar ...': 'meegaan'
            t.dep_ == "compound:prt"
            and t.head == token
            and t.lower_ in style.frequent_place.motion_words
            for t in doc[token.i + 1 :]
        )
    ):
        return True
    return (
        token.lang_ == "nl"
        and after is not None
        and doc[token.i + 1].lower_ in style.subjects
        and after.pos_ == "ADP"
    )


#: Word classes a Dutch word in -en has that is no infinitive ('buiten', 'tegen', 'open').
_NOT_INFINITIVE_POS = frozenset({"ADP", "ADV", "ADJ", "DET", "NUM", "CCONJ", "SCONJ"})


def _infinitive_form(token: Token) -> bool:
    """A Dutch form in -en the tagger calls a pronoun or a name ('ga ik *doorgroeien* naar
    ...'); a plural noun may pass for one, so this only ever clears a seam."""
    lower = token.lower_
    return len(lower) > 4 and lower.endswith("en") and token.pos_ not in _NOT_INFINITIVE_POS
