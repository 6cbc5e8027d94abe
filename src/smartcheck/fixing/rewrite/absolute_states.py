"""A state told without its verb after an absolute of how often, told with it.

'Nooit meer te laat met de weekrapportage!', 'Altijd op tijd met het spreekuur', 'Never
late with the weekly report again': a slogan of the writer's own state, its subject and
verb of being left out. No frame reads a sentence without a verb, so the writer got the
structured fallback. With the subject and the verb put back in front (the pack's
``rewrite.own_state_frame``: 'Ik ben {state}', 'I am {state}') the goal reads as the
writer's own state, whose absolute the rewrite bounds as any (JUDGING R). Only a text whose
first sentence opens with one of the pack's ``rewrite.state_absolutes`` and holds no verb,
the absolute followed by a state: an adjective or a participle ('voorbereid'; by its form
when the tagger calls it a noun: 'zenuwachtig'), 'te' or 'too' and one ('te laat'), or a
preposition and its noun ('op tijd', 'on time'); after it only what the state is about or
when ('met de weekrapportage', 'before the doors open'), never an object ('Altijd foutloos
*de afkeur* boeken', 'Never again send *a* report ...': an act whose verb the tagger missed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.wordclass import is_state
from smartcheck.fixing.rewrite.words import looks_infinitive_nl, opening_length, words_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from smartcheck.configuration.grammar import Grammar
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word
    from smartcheck.reading.goal import Goal

#: Marks that end the first sentence.
_SENTENCE_END = frozenset({".", "!", "?"})
#: What may follow the state's word: what it is about or when ('te laat *met* de
#: rapportage', 'ready *before* the doors open'), or a word that stresses it ('late *again*').
_AFTER_STATE = frozenset({"ADP", "SCONJ", "ADV", "PUNCT"})


def state_verb_supplied(goal: Goal, style: RewriteStyle, grammar: Grammar) -> str | None:
    """The goal's text with the writer's subject and verb of being before its verbless
    state ('Nooit meer te laat met X!' -> 'Ik ben nooit meer te laat met X!'); None when
    the text opens with no such state."""
    if not style.own_state_frame or not style.state_absolutes:
        return None
    words = [w for w in words_of(goal) if w.text.strip()]
    end = next((n for n, w in enumerate(words) if w.text in _SENTENCE_END), len(words))
    sentence = words[:end]
    size = opening_length([w.lower for w in sentence], style.state_absolutes)
    state = _state_at(sentence, size, _stated(goal.lang, style, grammar)) if size else None
    if state is None or any(_verb(w, goal.lang) for n, w in enumerate(sentence) if n != state):
        return None
    after = sentence[state + 1] if state + 1 < len(sentence) else None
    if after is not None and after.pos not in _AFTER_STATE and after.is_word:
        return None  # 'Altijd foutloos *de* afkeur boeken', 'Never again send *a* ...': an act
    text = goal.text[sentence[0].start :]
    lowered = text[:1].lower() + text[1:]
    return style.own_state_frame.format(state=lowered)


def _stated(lang: str, style: RewriteStyle, grammar: Grammar) -> Callable[[Word], bool]:
    """Is a word a state: a participle by its tag, or an adjective by its tag or its form
    (wordclass.is_state: 'zenuwachtig', 'gehaast' after 'nooit meer', which the tagger calls
    nouns; a noun it calls an adjective, 'schimmel', is none)?"""
    return lambda w: w.verbform == "Part" or is_state(w, lang, style, grammar)


def _state_at(sentence: list[Word], at: int, state: Callable[[Word], bool]) -> int | None:
    """Where the state after the absolute has its word, or None when none follows: a
    ``state`` word ('laat', 'voorbereid', 'unprepared'), an adverb of degree before one
    ('te *laat*', 'too *late*': the tagger may call it a verb), or a preposition and its
    noun ('op *tijd*', 'on *time*')."""
    rest = sentence[at:]
    if len(rest) < 2:
        return None
    first, second = rest[0], rest[1]
    if first.pos != "ADP" and state(first):
        return at
    if first.pos == "ADV" and (second.pos == "VERB" or state(second)):
        return at + 1
    if first.pos == "ADP" and second.pos in ("NOUN", "ADJ"):
        return at + 1
    return None


def _verb(word: Word, lang: str) -> bool:
    """A verb in the sentence, also a Dutch infinitive the tagger calls a noun."""
    infinitive = lang == "nl" and word.pos == "NOUN" and looks_infinitive_nl(word)
    return word.pos in ("VERB", "AUX") or infinitive
