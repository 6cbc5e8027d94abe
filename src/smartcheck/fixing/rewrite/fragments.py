"""A line that lists goals as fragments, cut at its commas.

A POP form's line often packs its goals as fragments with no subject: "Minder fouten bij de
inventaris, omzet van de koffiebar verhogen, en beter plannen van de pauzes", "beter worden
in hout lijmen, plus leren fineren". The reading finds no second goal verb in a comparative
noun phrase ("minder fouten ...") or in "beter worden in ..." (its verb is a copula), so the
whole line was framed as one goal, its other goals left inside the purpose clause ("om
minder fouten te hebben ..., omzet ... verhogen, en ...") or after a dropped direction ("ga
ik in hout lijmen plus leren fineren"). Each fragment is a goal of its own when it opens
with a change word (the pack's ``comparatives``: meer, minder, beter, fewer, better) or has a
verb of its own; the line is cut at its commas when it holds three such fragments, or two
with the second opened by a joiner (``rewrite.list_joiners``: "en", "plus", "and also")
or by the first's change word again ("meer klantcontact, meer zelf offertes schrijven",
repeated_change.py).
A fragment that is neither (a bare noun: "klantcontact bij oplevering") makes it no list of
goals: the aspects of one goal, or a goal with its note, read elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.bracketed import bracketed
from smartcheck.fixing.rewrite.repeated_change import same_change
from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.words import (
    Word,
    capitalise,
    infinitive_ending,
    join,
    looks_infinitive_nl,
    words_of,
)
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Fewest words a fragment holds: a change word and what changes ('minder fouten').
MIN_WORDS = 2
#: Most fragments a line may list (more is a list to write anew, as coordinated.MAX_PARTS).
MAX_FRAGMENTS = 6
#: Marks that show another shape: an aside, a label, a dash, a slash (aspects, topics).
_OTHER_SHAPES = frozenset({"(", ")", ":", "-", "/", "\u2013", "\u2014"})


def listed_fragments(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[str]:
    """The goals a one-line list of fragments packs, each as a text to rewrite; nothing
    when ``goal`` is one goal, a sentence with a subject, or a fragment is no goal."""
    text = goal.text.strip()
    if "\n" in text or len(sentences(text, style.abbreviations)) != 1 or not style.list_joiners:
        return []
    words = [w for w in words_of(goal) if w.text not in (".", "!")]
    subjects = {
        w.lower() for k in ("subject_pronouns", "first_person_subject") for w in ctx.pack.words(k)
    }
    aside = bracketed(words)  # '(Bbk, verspreiden vs storten)': what a fragment covers
    if any(
        w.lower in subjects or w.pos == "SCONJ" or (_other_shape(w) and n not in aside)
        for n, w in enumerate(words)
        if n not in aside or w.text in "()"
    ):
        return []  # a subject, a clause, an aside, a label or a dash: another shape
    if goal.deadlines:
        return []  # a time set for the whole list: the frames keep it
    pieces: list[list[Word]] = [[]]
    for n, word in enumerate(words):
        if word.text == "," and n not in aside:
            pieces.append([])
        else:
            pieces[-1].append(word)
    pieces = [piece for piece in pieces if piece]  # a comma that ends the text opens none
    if not 2 <= len(pieces) <= MAX_FRAGMENTS:
        return []
    joined = [_joiner(piece, style) for piece in pieces]
    changes = {c.lower() for c in ctx.pack.words("comparatives")}
    learning = {w.lower() for w in ctx.pack.words("learning_verbs") if " " not in w}
    if (
        len(pieces) == 2
        and not joined[1]
        and not _two_acts(pieces, changes, learning, goal.lang)
        and not same_change(pieces, changes)
    ):
        return []  # 'Netter afwerken, minder nawerk': a goal with its note (noted.py)
    pieces = [piece[n:] for piece, n in zip(pieces, joined, strict=True)]
    if not all(_goal_fragment(piece, changes, goal.lang) for piece in pieces):
        return []
    if aside and not all(_changed(p, changes) for p in pieces if any(w.text == "(" for w in p)):
        return []  # an aside of an act ('Learn X properly (A or B), not just ...'): one goal
    if ctx.pack.grammar.verb_second:
        manner = changes - {w.lower() for w in style.amount_words}
        pieces = [_verb_phrase(piece, manner) for piece in pieces]
    end = "." if text.endswith(".") else ""
    return [capitalise(join(piece)) + end for piece in pieces]


def _changed(piece: list[Word], changes: set[str]) -> bool:
    """The fragment opens with a change word ('Meer kennis van X (A, B)'): its aside lists
    what the thing changed covers."""
    return bool(piece) and piece[0].lower in changes


def _verb_phrase(piece: list[Word], manner: set[str]) -> list[Word]:
    """Dutch: a comparative of manner ('beter', 'sneller', not 'meer' of amount) before an
    infinitive used as a noun, with its object after 'van' ('beter plannen van de pauzes',
    'sneller verwerken van retouren'): the verb phrase it names ('de pauzes beter
    plannen'), which a frame can commit to; no frame takes the noun ('ga ik [concreet
    gedrag] in beter plannen van de pauzes'). An uninflected comparative before a word in
    -en makes it the verb (a noun's would inflect: 'betere plannen')."""
    if len(piece) < 4 or piece[0].lower not in manner or piece[2].lower != "van":
        return piece
    verb = piece[1]
    if not (verb.pos == "VERB" or looks_infinitive_nl(verb) or infinitive_ending(verb.lower)):
        return piece
    change = piece[0].with_text(piece[0].lower)
    return [*piece[3:], change, verb]


def _other_shape(word: Word) -> bool:
    """A mark of another shape; a hyphen inside a word ('e-bike') is none."""
    return word.text in _OTHER_SHAPES and (word.text in "()/:" or word.space_before)


def _joiner(piece: list[Word], style: RewriteStyle) -> int:
    """How many words at the start of ``piece`` join it to the one before ('en ook',
    'plus', 'and also'): the longest of the pack's ``rewrite.list_joiners``."""
    lower = [w.lower for w in piece]
    best = 0
    for joiner in style.list_joiners:
        parts = joiner.lower().split()
        if lower[: len(parts)] == parts and len(parts) > best:
            best = len(parts)
    return best


def _two_acts(pieces: list[list[Word]], changes: set[str], learning: set[str], lang: str) -> bool:
    """Something to learn, then a second act of the writer's, a plain verb first or last
    ('keuringsgesprekken leren voeren, meelopen met de donorarts', 'learn to read the
    plans, shadow the site manager'): two goals. A second piece with a change word ('help
    out the new guys more'), a focus ('vooral ...') or a gerund ('tracking progress with
    ...') says more about the first: a note, no goal of its own."""
    first, second = pieces
    if not any(w.lower in learning or w.lemma in learning for w in first):
        return False
    if any(w.lower in changes for w in second) or second[0].pos == "ADV":
        return False
    if lang == "en" and second[0].lower.endswith("ing"):
        return False
    return all(_goal_fragment(piece, set(), lang) for piece in pieces)


def _verb_before_phrase(piece: list[Word], lang: str) -> bool:
    """Dutch: an infinitive with a prepositional phrase after it, put after the verb as
    speech does ('meelopen met de donorarts', 'meekijken met de calculator')."""
    at = next((n for n, w in enumerate(piece) if w.pos == "ADP"), None)
    if lang == "en" or not at:
        return False
    verb = piece[at - 1]
    return not any(w.pos in ("VERB", "AUX") for w in piece[at:]) and (
        verb.pos == "VERB" or looks_infinitive_nl(verb)
    )


def _goal_fragment(piece: list[Word], changes: set[str], lang: str) -> bool:
    """A fragment that is a goal: a change word first ('minder fouten bij ...', 'better
    shelf labels'), or a verb of its own, last in Dutch ('omzet verhogen', 'leren
    fineren') and first in English, where the tagger may call it a noun ('raise
    concession sales'): a first word the dictionary knows a form in -ing of counts. A
    fragment that opens with a preposition is a manner ('en dan zonder fouten')."""
    if len([w for w in piece if w.is_word]) < MIN_WORDS:
        return False
    first = piece[0].lower
    two = " ".join(w.lower for w in piece[:2])
    if first in changes or two in changes or (first.endswith("e") and first[:-1] in changes):
        return True  # 'betere afspraken': the change word inflected before its noun
    opening = next((w for w in piece if w.pos != "ADV"), piece[0])
    if opening.pos == "ADP":
        return False  # '..., en dan zonder kasverschillen': a manner of the goal before
    if lang == "en":  # after an adverb ('and *maybe* move to the night team?')
        word = opening.lower
        return opening.pos == "VERB" or (opening.pos not in CLOSED_CLASSES and imperative(word))
    # Dutch puts a fragment's verb last ('omzet verhogen'), or before a phrase it governs
    return piece[-1].pos == "VERB" or _verb_before_phrase(piece, lang)


#: Word classes no imperative belongs to, whatever its letters: 'the' is no stem of 'thing'.
CLOSED_CLASSES = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "NUM", "AUX", "PART"})


def imperative(word: str) -> bool:
    """English: the dictionary knows the word's form in -ing ('raise' -> 'raising')."""
    stem = word[:-1] if word.endswith("e") and len(word) > 2 else word
    return word.isalpha() and any(known_word(f, "en") for f in {f"{word}ing", f"{stem}ing"})
