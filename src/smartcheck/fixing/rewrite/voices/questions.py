"""A goal followed by a question about its means: a means suggested ("Betere communicatie
tussen commissie en ouders - misschien een maandelijkse nieuwsbrief?", "... - maybe a
monthly newsletter?") or the how asked of others ("jongeren bereiken?? (hoe)", "... - any
ideas?"). The goal before the question is rewritten; a suggested means stays after it as an
example of how ('..., bijvoorbeeld met een maandelijkse nieuwsbrief'), an open ask goes (it
holds no word of the goal). Nobody else's words to credit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.voices.clause import Voice, spelled_opening
from smartcheck.fixing.rewrite.words import (
    Word,
    capitalise,
    join,
    looks_infinitive_nl,
    tidy,
    words_of,
)
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Marks that set a question off from the goal before it.
_BREAKS = frozenset({"-", "\u2013", "\u2014", "(", "?", ",", ":", ";"})

#: Parts of speech that open a noun phrase ('een maandelijkse nieuwsbrief', 'a buddy').
_NOUN_PHRASE = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN"})


def suggested(words: list[Word], style: RewriteStyle, asks: bool, lang: str = "") -> Voice | None:
    """The goal before a question about its means, and the means suggested (kept as an
    example in ``credit``); None when no such question follows the goal. ``asks``: the
    text holds a question mark (without one, 'misschien in maart' is a hedge). ``lang``:
    the dictionary that tells a verb the tagger called an adjective ('maybe *become* ...')."""
    frame = style.frames.as_example
    if frame is None or not asks or not (style.suggestion_openers or style.open_asks):
        return None
    depth = 0  # a mark inside brackets lists details ('(retention, starch, sizing)')
    for at in range(2, len(words) - 1):
        depth += (words[at - 1].text == "(") - (words[at - 1].text == ")")
        if words[at].text not in _BREAKS or depth > 0 or _joins_words(words, at):
            continue
        goal = _goal_part(words[:at])
        tail = [w for w in words[at + 1 :] if w.text not in _BREAKS]
        if goal is None or not tail:
            continue
        if _open_ask(tail, style):
            return Voice(inner=goal, credit="")
        other = _alternative(tail, style)
        if other is not None:  # 'of zal ik een cursus volgen?': the means it weighs
            return Voice(inner=goal, credit="", behaviour=other)
        if tail[0].lower not in style.suggestion_openers or len(tail) < 2:
            continue
        step = _step(_unbroken(words[at + 1 :])[1:], style, lang)
        if step is not None:  # 'maybe become coordinator on evening shift?': the act weighed
            return Voice(inner=goal, credit="", behaviour=step)
        means = _means(tail[1:], style, lang)
        if means is None:
            return None  # a means that is no phrase of its own: the fallback shows it whole
        return Voice(inner=goal, credit=frame.format(means=means))
    return None


def _joins_words(words: list[Word], at: int) -> bool:
    """A hyphen written without a space on one side joins two words ('wet-end'): no break."""
    after = words[at + 1] if at + 1 < len(words) else None
    unspaced = not words[at].space_before or (after is not None and not after.space_before)
    return words[at].text in ("-", "\u2013") and unspaced


def _goal_part(words: list[Word]) -> str | None:
    """The words before the question as a goal sentence: at least two words, no question
    of their own. Its own marks stay ('wet-end chemistry (retention, starch)'); only the
    marks that end it and a question mark go, and a bracket left open gives no sentence."""
    kept = [w for w in words if w.text != "?"]
    while kept and kept[-1].text in _BREAKS:
        kept.pop()
    if sum(w.text == "(" for w in kept) != sum(w.text == ")" for w in kept):
        return None
    if len([w for w in kept if w.is_word]) < 2:
        return None
    return capitalise(tidy(join(kept))).rstrip(" ,") + "."


def _open_ask(tail: list[Word], style: RewriteStyle) -> bool:
    """The whole question asks others for the how (the pack's ``open_asks``)."""
    text = [w.lower for w in tail if w.is_word]
    return any(spelled_opening(text, ask) == len(text) for ask in style.open_asks)


def _alternative(tail: list[Word], style: RewriteStyle) -> str | None:
    """'of zal ik een avondcursus volgen', 'or should I take an evening course': a means
    the writer weighs (the pack's ``alternative_asks``, then the writer, then a verb
    phrase), as the bare verb phrase the goal's behaviour asks for; None otherwise."""
    text = [w.lower for w in tail]
    for ask in style.alternative_asks:
        size = spelled_opening(text, ask)
        if size is None or size + 2 >= len(tail) or text[size] not in style.subjects:
            continue
        phrase = tail[size + 1 :]
        if not all(w.is_word or w.text in ("-", "'") for w in phrase):
            return None
        if any(w.lower in style.subjects for w in phrase):
            return None
        if style.word_order == "v2" and not looks_infinitive_nl(phrase[-1]):
            return None  # the Dutch verb phrase ends in its infinitive
        if style.word_order != "v2" and phrase[0].pos not in ("VERB", "AUX"):
            return None  # the English one opens with its bare verb
        return join(phrase, lead=False)
    return None


def _means(words: list[Word], style: RewriteStyle, lang: str = "") -> str | None:
    """The suggested means as the words after 'bijvoorbeeld'/'for example': a prepositional
    phrase as written ('via de schoolapp'), a noun phrase after the pack's preposition ('met
    een maandelijkse nieuwsbrief'); None for anything else (a verb, a second clause)."""
    if not all(w.is_word or w.text in ("-", "/", "'") for w in words):
        return None
    if words and lang and _verb_as_adjective(words[0], lang):
        return None  # 'maybe become coordinator': an act, never 'for example with become'

    if any(w.pos in ("VERB", "AUX", "SCONJ", "CCONJ") or w.lower in style.subjects for w in words):
        return None  # 'misschien een nieuwsbrief maken', 'or should I ...': no bare phrase
    phrase = join(words, lead=False)
    if words[0].pos == "ADP" and len(words) >= 2:
        return phrase  # 'via de schoolapp', 'through the school app'
    if words[0].pos in _NOUN_PHRASE and style.example_preposition:
        return f"{style.example_preposition} {phrase}"
    return None


def _unbroken(words: list[Word]) -> list[Word]:
    """``words`` without the marks that set them off at either end, every mark inside kept
    ('a minute-taking course' keeps its hyphen)."""
    start, end = 0, len(words)
    while start < end and words[start].text in _BREAKS:
        start += 1
    while end > start and words[end - 1].text in _BREAKS:
        end -= 1
    return words[start:end]


def _step(words: list[Word], style: RewriteStyle, lang: str) -> str | None:
    """A suggested step told as a bare verb phrase ('become coordinator on evening shift'),
    in a language whose verb phrase opens with its verb: the behaviour the goal's rewrite
    asks for, as the writer's alternatives are (:func:`_alternative`); None otherwise."""
    if style.word_order == "v2" or not lang or len(words) < 2:
        return None
    if not all(w.is_word or w.text in ("-", "'") for w in words):
        return None
    if any(w.lower in style.subjects or w.pos in ("SCONJ", "CCONJ") for w in words):
        return None
    first = words[0]
    if first.pos not in ("VERB", "AUX") and not _verb_as_adjective(first, lang):
        return None
    return join(words, lead=False)


def _verb_as_adjective(word: Word, lang: str) -> bool:
    """A word the tagger called an adjective that the dictionary knows as a verb's base: a
    form in -ing or -ed of it has it as its lemma ('become': 'becoming'); an adjective
    ('monthly', 'external') has none. Read only for the word that opens the means."""
    if word.pos != "ADJ" or not word.text.isalpha():
        return False
    base = word.lower
    forms = {f"{base}ing", f"{base}ed", f"{base[:-1]}ing" if base.endswith("e") else ""}
    return any(f and known_word(f, lang) and lemma_of(f, lang) == base for f in forms)


def asked_goal(goal: Goal, style: RewriteStyle) -> str | None:
    """What the structured fallback of a goal told with a question shows as its goal: the
    goal before a question about its means, with the means suggested ('Meer vrijwilligers
    werven, bijvoorbeeld via de schoolapp'); a topic or goal before a question of its own
    ('Omgevingswet: wat betekent dit voor vergunningverlening?'), whole. None for a text
    that is only a question ('Waarom lukt het mij niet ...?'): no goal to show."""
    words = [w for w in words_of(goal) if w.text.strip()]
    found = suggested(words, style, "?" in goal.text, goal.lang)
    if found is not None:
        stated = found.inner.rstrip(" .")
        if found.behaviour:  # the means weighed stays a question of the writer's: whole
            return goal.text.strip()
        return f"{stated}, {found.credit}" if found.credit else stated
    marks = _BREAKS - {"?", ","}
    at = next((n for n, w in enumerate(words) if w.text in marks), None)
    if at is None or not any(w.is_word for w in words[:at]):
        return None
    return goal.text.strip()
