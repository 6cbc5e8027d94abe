"""Whether what a goal's comparative compares can be counted: the one place that decides
whether a rewrite asks for a count ('van [huidig aantal] naar [streefaantal]', 'from [current
number] to [target number]') or only for the evidence ('met als bewijs [hoe gemeten]').

A count range fits a thing that comes in units: a plural after an amount word ('minder
fouten', 'more site visits'), an act done more or less ('meer met klanten praten', 'speak up
more'), a frequency or speed ('vaker', 'faster'). It does not fit a quality or an inner state
(audit of session 41: 'meer rust bewaren, van [huidig aantal] naar [streefaantal]' reads as
nonsense once filled):

- a comparative of quality (the pack's ``rewrite.quality_comparatives``: 'beter', 'better')
  on a verb or a state ('beter communiceren', 'understand X better'); not before a plural
  noun it grades ('better grades');
- an amount word (``rewrite.amount_words``) before an adjective, the writer's quality ('more
  careful', 'meer zelfstandig');
- an amount word before a singular noun without a unit or number: a mass noun ('meer geduld',
  'more confidence', 'less downtime'), read from the parse (Number=Sing, no number in its
  phrase) or from the pack's lists of qualities and inner states (``abstract_competence``,
  ``inner_states``: the tagger may misread 'geduld' as a participle);
- a change verb among the comparatives ('increase', 'reduce') whose object is such a mass noun.

A measured mass keeps its count when its phrase names a number or unit ('less overtime in
hours': the pack's ``units``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.configuration.grammar import Grammar
from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import HeadClass, head_after
from smartcheck.fixing.rewrite.words import Word, words_of
from smartcheck.judging.context import RuleContext
from smartcheck.reading.goal import Goal
from smartcheck.reading.lexicon import LexiconMatch

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NOUNS = ("NOUN", "PROPN")


@dataclass(frozen=True)
class _Reading:
    """What the decision reads besides the Doc: the goal's words and the pack's spans."""

    lang: str
    grammar: Grammar
    style: RewriteStyle
    words: dict[int, Word]  # by their start
    qualities: list[tuple[int, int]]  # the pack's qualities and inner states in the goal
    states: list[tuple[int, int]]  # the pack's inner states ('zelfvertrouwen': no plural)
    units: list[tuple[int, int]]  # the pack's units in the goal


def countable_comparatives(
    goal: Goal, ctx: RuleContext, style: RewriteStyle, found: Sequence[LexiconMatch]
) -> list[LexiconMatch]:
    """The comparatives of ``found`` whose compared thing can be counted."""
    doc = goal.doc
    if doc is None:
        return list(found)
    keys: tuple[LexiconKey, ...] = ("abstract_competence", "inner_states")
    read = _Reading(
        lang=goal.lang,
        grammar=ctx.pack.grammar,
        style=style,
        words={w.start: w for w in words_of(goal)},
        qualities=[(m.start, m.end) for key in keys for m in ctx.find(goal, key)],
        states=[(m.start, m.end) for m in ctx.find(goal, "inner_states")],
        units=[(m.start, m.end) for m in ctx.find(goal, "units")],
    )
    # a comparative inside an absolute ('no more overruns') is the absolute's, bounded there
    absolute = [(m.start, m.end) for m in ctx.find(goal, "absolutes")]
    return [
        m
        for m in found
        if any(a < m.end and m.start < b for a, b in absolute) or _counted(doc, m, read)
    ]


def _counted(doc: Doc, match: LexiconMatch, read: _Reading) -> bool:
    style, qualities, states = read.style, read.qualities, read.states
    tokens = [t for t in doc if match.start <= t.idx < match.end]
    if len(tokens) != 1:
        return True  # a phrase of its own ('more often', 'minder vaak', 'steeds meer')
    word = tokens[0]
    said = word.lower_
    if said in style.quality_comparatives:
        head = word.head
        # an attributive stands before its noun ('betere rapporten'); after it, the
        # tagger's 'amod' is the verb's adverb ('mijn werkbonnen beter invullen')
        return word.dep_ == "amod" and head.pos_ in _NOUNS and _plural(head) and word.i < head.i
    if said in style.amount_words:
        found = _quantified(doc, word, read)
        if found is None:
            return True  # the amount of an act ('speak up more')
        thing, kind = found
        quantity = thing.lower_ in style.quantity_nouns or thing.lemma_ in style.quantity_nouns
        plural = _plural(thing) and not _inside(thing, states)  # 'jongeren': the tagger's ADJ
        if kind == "verb" or plural or (kind == "noun" and quantity):
            # an act done more or less ('meer netwerken'), a plural ('minder fouten'), a
            # quantity in a unit ('meer tijd': hours)
            return True
        # a quality ('more careful', 'meer zelfstandig'), a mass ('meer geduld', 'minder
        # uitval'): counted only with its number or unit
        return _measured(thing, read.units) or _measured(word, read.units)
    changes = {v.lower() for v in style.amount_verbs.values()}
    if word.pos_ == "VERB" or word.lemma_.lower() in changes or said in changes:
        # a change verb ('increase', 'reduce'): what it changes ('Reduce scrap', the verb
        # misread as a name before its noun)
        objects = [c for c in word.children if c.dep_ in ("obj", "dobj")]
        objects += [word.head] if word.dep_ == "compound" and word.head.pos_ in _NOUNS else []
        return not any(
            _inside(o, states)
            or (_inside(o, qualities) and not _plural(o))
            or not (_plural(o) or _determined(o) or _measured(o, read.units))
            for o in objects
        )
    return True  # a comparative of measure ('faster', 'hoger', 'eerder')


def _quantified(doc: Doc, word: Token, read: _Reading) -> tuple[Token, HeadClass] | None:
    """The word the amount word stands before and its class (wordclass.py: a noun, a state, a
    verb): the last noun of the noun phrase right after it, past the adjectives of a noun
    ('meer nieuwe klanten', 'meer on-site kalibraties'), or the adjective alone ('more
    careful', 'meer zelfstandig werken': no noun of its own after it); None for the amount
    of an act ('speak up more during ...', 'meer met klanten praten')."""
    at = word.i + 1
    while at + 1 < len(doc) and doc[at].pos_ in (*_NOUNS, "ADJ") and doc[at + 1].pos_ in _NOUNS:
        if doc[at].pos_ == "ADJ" and not _attributive(doc, at, read):
            break
        if doc[at].pos_ in _NOUNS and _plural(doc[at]):
            break  # a plural heads its phrase ('more residents move on': no compound)
        at += 1  # 'meer nieuwe klanten', 'meer on-site kalibraties': the last noun heads it
    if at >= len(doc) or doc[at].pos_ not in (*_NOUNS, "ADJ", "VERB"):
        return None  # 'meer ga sporten': an auxiliary, the act after it
    if "Fin" in doc[at].morph.get("VerbForm", []):
        return None
    said = read.words.get(doc[at].idx)
    if said is None:
        return None
    return doc[at], head_after(word.lower_, said, read.lang, read.grammar, read.style)


def _attributive(doc: Doc, at: int, read: _Reading) -> bool:
    """An adjective before the noun it describes: with the attributive ending where the
    language has one ('nieuwe klanten'), or before a word that is a noun, not a verb the
    tagger misread ('zelfstandig *werken*')."""
    ending = read.style.attributive_ending
    if ending and doc[at].lower_.endswith(ending):
        return True
    after = read.words.get(doc[at + 1].idx)
    if after is None:
        return False
    return head_after("", after, read.lang, read.grammar, read.style) == "noun"


def _plural(token: Token) -> bool:
    """The tagger's plural: its Number, or a plural part of its fine tag (a nominalised
    adjective, 'meer *jongeren*', has no Number feature: 'ADJ|nom|comp|met-e|mv-n')."""
    fine = token.tag_.split("|")
    return "Plur" in token.morph.get("Number", []) or any(p.startswith("mv") for p in fine)


def _determined(token: Token) -> bool:
    """The noun has an article or possessive of its own ('reduce the waiting times')."""
    return any(c.dep_ in ("det", "nmod:poss", "poss") for c in token.children)


def _inside(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(a <= token.idx < b for a, b in spans)


def _measured(token: Token, units: list[tuple[int, int]]) -> bool:
    """The noun's phrase up to it names a number or a unit, or its amount word has one ('20%
    minder uitval', '10 more hours', 'less overtime in hours')."""
    phrase = [t for t in token.subtree if t.i <= token.i]
    phrase += [t for c in token.children if c.i > token.i and c.dep_ == "prep" for t in c.subtree]
    phrase += [t for c in token.children if c.dep_ in ("amod", "det", "advmod") for t in c.subtree]
    phrase += [
        t
        for c in token.children
        if c.dep_ == "nmod" and c.i > token.i
        for t in c.subtree
        if any(d.lower_ == "in" for d in c.children)
    ]
    spans = {t.i for t in phrase}
    at = [doc_t for doc_t in token.doc if doc_t.i in spans]
    return any(t.pos_ == "NUM" or any(ch.isdigit() for ch in t.text) for t in at) or any(
        any(a <= t.idx < b for a, b in units) for t in at
    )


def count_bound(
    style: RewriteStyle, after: Sequence[Word], units: Sequence[tuple[int, int]]
) -> str:
    """The bound of a zero target before ``after``, its noun phrase: 'hoogstens [aantal]'
    before a plural ('klachten', 'missed SLAs'), the occasions before a mass noun
    ('hoogstens [aantal] keer schade', 'at most [number] cases of damage'; the pack's
    ``frames.bounded_mass``): the phrase's head, its last noun before anything else, is read
    singular, no plural form; a unit ('procent', 'minutes') is counted as it is."""
    frames, number = style.frames, style.placeholders.number
    head = _phrase_head(after)
    told = [w for w in after if head is not None and w.start < head.start]
    # Dutch 'keer verloren gereedschap': the participle reads as the writer's verb after
    # 'keer' (a seam), so the count bound stays
    participle = style.word_order == "v2" and any(w.pos == "VERB" for w in told)
    mass = (
        not participle
        and head is not None
        and head.plural is False
        and not _plural_form(head)
        and not any(ch.isdigit() for ch in head.text)
        and not any(a <= head.start < b for a, b in units)
        and head.lower not in style.quantity_nouns
    )
    if mass and frames.bounded_mass:
        return frames.bounded_mass.format(number=number)
    return frames.bounded_count.format(number=number)


def _plural_form(word: Word) -> bool:
    """A plural the tagger reads singular: a noun's form is its lemma plus an ending ('stops':
    'stop'; a noun inflects for number only), or an acronym's plural ('SLAs')."""
    lemma, lower = word.lemma.lower(), word.lower
    inflected = lemma != lower and lower.startswith(lemma) and len(lower) - len(lemma) <= 2
    return inflected or (len(word.text) > 2 and word.text[-1] == "s" and word.text[:-1].isupper())


def _phrase_head(after: Sequence[Word]) -> Word | None:
    """The last noun of the noun phrase ``after`` opens with: its adjectives, participles and
    nouns in a row, a word joined by a hyphen ('mix-ups') one word."""
    head = None
    for n, w in enumerate(after):
        joined = w.text == "-" and not w.space_before and n + 1 < len(after)
        if joined and not after[n + 1].space_before:
            head = None  # 'mix-ups': the part after the hyphen heads it
            continue
        if w.pos in _NOUNS:
            head = w
        elif w.pos not in ("ADJ", "VERB") or head is not None:
            break
    return head


def uncounted(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> bool:
    """The goal compares, and only things that cannot be counted ('meer aandacht', 'beter
    communiceren'): a count range in its rewrite makes nothing concrete."""
    compared = ctx.find(goal, "comparatives")
    counted = countable_comparatives(goal, ctx, style, compared)
    return bool(compared) and not counted
