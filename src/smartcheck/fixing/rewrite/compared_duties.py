"""A duty whose only predicate is a comparative the tagger calls an adverb: "Omstellen van de
tufter moet *sneller*", "De overdracht moet *korter*", "Het moet *rustiger* op de afdeling".
Taken over by the writer ("zorg ik ervoor dat ..."), the modal goes and the comparative
needs a verb, as a bare adjective does ("korter wordt"); read as an adverb it got none and
the own part was refused. Only a comparative of an adjective counts: one whose lemma takes
the attributive ending as a word of the dictionary ('snel': 'snelle', 'kort': 'korte'); a
comparative of an adverb of frequency or time ('vaker', from 'vaak') states no property
("dat het overleg vaker wordt" is no sentence)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import looks_infinitive_nl
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word


def compared_state(word: Word, style: RewriteStyle, lang: str) -> bool:
    """``word`` is the comparative of an adjective, whatever its tag (see the module): its
    stem before the comparative ending, with the attributive ending, is a dictionary word
    of the same lemma ('sneller': 'snelle', 'schoner': 'schone')."""
    ending, attributive = style.comparative_ending, style.attributive_ending
    lower = word.lower
    if not ending or not attributive or not lower.endswith(ending) or len(lower) < 5:
        return False
    lemma = lemma_of(lower, lang).lower()
    if lemma == lower:
        return False
    form = lower[: -len(ending)] + attributive
    return known_word(form, lang) and lemma_of(form, lang).lower() == lemma


def compared_before_place(body: list[Word], at: int, style: RewriteStyle, lang: str) -> int | None:
    """Where the comparative stands that follows the dropped modal when only a phrase of
    place or time comes after it ('Het moet *schoner* in de inpakhal', 'Het moet *rustiger*
    op de afdeling'; ``at``: the word after the modal in ``body``), or None. The phrase goes
    before it and its verb after it, as a subordinate clause ends in its predicate ('dat
    het in de inpakhal schoner wordt')."""
    if at >= len(body) - 1:
        return None
    word = body[at]
    if not (word.pos == "ADJ" or compared_state(word, style, lang)):
        return None
    rest = body[at + 1 :]
    if rest[0].lower in style.reason_prepositions:
        # 'moet beter ivm mollen en spinnenwebziekte': a reason phrase, its nouns whatever
        # the tagger calls them, but no finite verb or infinitive of a clause
        if any(w.pos == "AUX" or _verb_form(w) for w in rest[1:]):
            return None
        return at
    if rest[0].pos != "ADP" or any(w.finite or w.pos in ("VERB", "AUX") for w in rest):
        return None
    return at


def _verb_form(word: Word) -> bool:
    """A word the tagger calls a verb in a verb's form: an infinitive ('gebeuren') or a
    finite form of another lemma ('loopt'), not a noun it misreads as one, which is its own
    lemma ('spinnenwebziekte')."""
    if word.pos != "VERB":
        return False
    return looks_infinitive_nl(word) or (bool(word.finite) and word.lemma != word.lower)
