"""Advice quoted as it was given: 'Mijn teamleider zei: "Je moet assertiever worden in het
overleg."', 'Feedback van mijn coach: "Vraag vaker om hulp."', 'My mentor told me: "Ask for
help sooner."'.

The quote speaks to the writer (second person, or an imperative); the goal is the writer's
own commitment to it in the first person ('Ik ga assertiever worden in het overleg', 'I will
ask for help sooner'), and who gave the advice is credited at the end, as for any other
voice (voices/). Which words change person is data: the pack's ``rewrite.second_person``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, stem_infinitives
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Quotation marks as the surface leaves them (typographic ones become these).
_QUOTES = frozenset({'"', "'"})


def quoted_advice(
    words: list[Word], style: RewriteStyle, lang: str, particles: frozenset[str] = frozenset()
) -> tuple[list[Word], list[Word]] | None:
    """The writer's own clause for the quoted advice, after its subject ('moet assertiever
    worden ...', 'ga aan mijn planning werken'), and the words before the colon that say who
    gave it; None when ``words`` hold no quote after a colon, or the quote is no advice to
    the writer (no 'you' and no imperative)."""
    colon = next((n for n, w in enumerate(words) if w.text == ":"), None)
    if colon is None or colon < 2 or colon + 2 >= len(words):
        return None
    if words[colon + 1].text not in _QUOTES:
        return None
    quote = [w for w in words[colon + 2 :] if w.text not in _QUOTES]
    while quote and not quote[-1].is_word:
        quote.pop()
    if len(quote) < 2 or not style.second_person:
        return None
    shifted = _first_person(quote, style)
    subject = style.default_subject
    if shifted[0].lower == subject.lower():  # 'Je moet ...' -> 'Ik moet ...'
        clause = shifted[1:]
    else:
        verb = _imperative(shifted[0], lang)
        if verb is None:
            return None
        aux = style.subjects[subject.lower()]
        rest = shifted[1:]
        if style.word_order != "v2":
            clause = [Word(aux), verb, *rest]
        elif rest and rest[-1].lower in particles:  # 'Neem ... op' -> '... opnemen'
            clause = [Word(aux), *rest[:-1], verb.with_text(rest[-1].lower + verb.text)]
        else:
            clause = [Word(aux), *rest, verb]
    return clause, words[:colon]


def _first_person(quote: list[Word], style: RewriteStyle) -> list[Word]:
    """The quote told by the writer: 'Je moet je planning ...' -> 'Ik moet mijn planning ...'.
    The pack maps each second-person word; 'je' / 'you' is the subject first in the quote,
    right after its finite verb or after a word that opens a clause ('als je presenteert'),
    else the possessive before a noun, else the object. A subject's finite verb after it
    agrees with the writer ('als ik presenteer', 'when I am')."""
    opens = {w.lower() for w in (*style.relativizers, *style.clause_ends)}
    out: list[Word] = []
    agree = False  # the next finite verb is the shifted subject's
    for n, word in enumerate(quote):
        forms = style.second_person.get(word.lower)
        if forms is None:
            if agree and (word.finite or word.pos in ("VERB", "AUX")):
                word, agree = _agreeing(word, style), False
            agree = agree and word.text not in ",;:"
            out.append(word)
            continue
        after = quote[n + 1] if n + 1 < len(quote) else None
        before = quote[n - 1] if n else None
        subject = before is None or (before.finite and n == 1) or before.lower in opens
        if subject:
            form, agree = forms[0], True
        elif after is not None and after.pos in ("NOUN", "ADJ", "PROPN") and len(forms) > 2:
            form = forms[2]  # the possessive: 'je planning' -> 'mijn planning'
        else:
            form = forms[1] if len(forms) > 1 else forms[0]
        out.append(word.with_text(form))
    return out


def _agreeing(verb: Word, style: RewriteStyle) -> Word:
    """The finite verb of a second-person subject in the writer's first person: the pack's
    irregular forms ('bent' -> 'ben', 'are' -> 'am'), else a Dutch '-t' ending dropped when
    the stem left is the verb's ('presenteert' -> 'presenteer'; 'zit' stays)."""
    irregular = style.second_person_verbs.get(verb.lower)
    if irregular is not None:
        return verb.with_text(irregular)
    if style.word_order == "v2" and verb.lower.endswith("t") and verb.lemma:
        stem = verb.lower[:-1]
        if verb.lemma in stem_infinitives(stem):
            return verb.with_text(verb.text[:-1])
    return verb


def _imperative(word: Word, lang: str) -> Word | None:
    """The infinitive of an imperative that opens the quote ('Vraag' -> 'vragen', 'Ask' ->
    'ask'); None when the word is no verb. Dutch stems are looked up in the dictionary (the
    small tagger often calls them nouns)."""
    lower = word.lower
    if lang != "nl":
        return word.with_text(lower) if word.pos in ("VERB", "AUX") else None
    for infinitive in stem_infinitives(lower):
        if known_word(infinitive, lang="nl"):
            return word.with_text(infinitive)
    return None
