"""Another person's verb of wish or advice told in two words, read as one.

"De ploegleiding heeft gevraagd of ik ...", "Mijn teamleider heeft me aangeraden om ...", "My
manager has asked whether I could ...": a perfect puts an auxiliary first and the verb of
asking or advice after it; "Mijn teamleider stelde voor dat ik ...", "Mijn coach raadt me aan
om ...": a separable verb leaves its particle after the writer's object pronoun. The voices
look for the other person's verb as the first verb after them, so neither frame was read and
the rewrite dated the other's words ("De ploegleiding heeft vóór [datum] gevraagd of ik
..."). Here the two words become the one verb the frames know ('heeft gevraagd' with the
lemma 'vragen', 'voorstelde' with the lemma 'voorstellen'), in the form the credit tells it
after its subject ('zoals de ploegleiding heeft gevraagd', 'zoals mijn teamleider
voorstelde').
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.voices.clause import is_voice, names_person
from smartcheck.fixing.rewrite.words import Word

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: How many words may name the other person before their verb ('De chef van de werkplaats').
_WHO_WORDS = 6


def joined_voice(
    words: list[Word], style: RewriteStyle, particles: frozenset[str]
) -> list[Word] | None:
    """``words`` with the other person's verb of wish or advice made one word (see the
    module), or None when no other person opens them with such a two-word verb."""
    at = next(
        (n for n, w in enumerate(words[: _WHO_WORDS + 1]) if w.pos in ("VERB", "AUX") or w.finite),
        None,
    )
    if at is None or at == 0 or not names_person(words[:at], style):
        return None
    first = words[at]
    n = at + 1
    if n < len(words) and words[n].lower in style.object_pronouns:
        n += 1  # 'heeft *me* aangeraden', 'raadt *me* aan'
    if n >= len(words):
        return None
    later = words[n]
    if _perfect(first, style) and later.verbform == "Part" and _asks(later, style):
        verb = replace(later, text=f"{first.text} {later.text}", finite=True)
        return [*words[:at], verb, *words[at + 1 : n], *words[n + 1 :]]
    continuing = first.lemma in style.continuing_verbs or first.lower in style.continuing_verbs
    if continuing and n == at + 1 and _asks(later, style):  # 'keeps saying', 'blijft zeggen'
        verb = replace(later, text=f"{first.text} {later.text}", finite=True)
        return [*words[:at], verb, *words[n + 1 :]]
    wish = _conditional_wish(words, at, style)
    if wish is not None:  # 'would like me to', 'zou graag willen dat'
        return wish
    if later.lower in particles and not _asks(first, style):
        lemma = f"{later.lower}{first.lemma or first.lower}"
        verb = replace(first, text=f"{later.text}{first.text}", lemma=lemma)
        if is_voice(verb, style):
            return [*words[:at], verb, *words[at + 1 : n], *words[n + 1 :]]
    return None


def _conditional_wish(words: list[Word], at: int, style: RewriteStyle) -> list[Word] | None:
    """``words`` with a conditional and the verb of wish after it ('would like', 'zou graag
    willen', up to two adverbs between; or a wish of the pack's ``others_wish_verbs`` told
    with its adverb, 'zou graag zien') made one voice verb whose lemma the pack's
    ``conditional_wishes`` gives; the adverbs stand in it where a subordinate clause puts
    them ('as my manager would really like', 'zoals mijn manager graag zou willen')."""
    first = words[at]
    lemma = style.conditional_wishes.get(first.lower)
    if lemma is None:
        return None
    n = at + 1
    while n < min(at + 3, len(words)) and words[n].pos == "ADV":
        n += 1
    if n >= len(words) or n == len(words) - 1:
        return None
    later = words[n]
    adverbs = [w.text for w in words[at + 1 : n]]
    told_wish = " ".join([*(a.lower() for a in adverbs), later.lemma or later.lower])
    if (later.lemma or later.lower) not in style.wanting_verbs and (
        told_wish not in style.others_wish_verbs  # 'zou graag zien dat ik'
    ):
        return None
    told = [*adverbs, first.text, later.text] if style.word_order == "v2" else None
    told = told or [first.text, *adverbs, later.text]
    verb = replace(later, text=" ".join(told), lemma=lemma, finite=True)
    return [*words[:at], verb, *words[n + 1 :]]


def _perfect(word: Word, style: RewriteStyle) -> bool:
    """The finite auxiliary of a perfect ('heeft', 'has')."""
    return bool(word.finite) and (
        word.lemma in style.perfect_verbs or word.lower in style.perfect_verbs
    )


def _asks(word: Word, style: RewriteStyle) -> bool:
    """A verb of wish, advice or asking (the pack's ``voice_verbs`` and ``asking_verbs``)."""
    asking = style.asking_verbs
    return is_voice(word, style) or word.lemma in asking or word.lower in asking
