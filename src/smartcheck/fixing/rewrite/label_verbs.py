"""The verb that opens a line (after a field label, if any), which the tagger called a noun:
'Onboarding: *coach* new colleagues', '*Recruit* more volunteers and train them'.

Without a label the reading stage takes a line's first word as its action where the tagger
called it a noun ('Coach new colleagues'), and the rewrite reads it as the verb. After a
label the line's first word is no longer the text's first, and a tagger's noun there made
the act a thing: read with a later verb as its predicate, the rewrite committed the writer
to it as someone else's act ('I will make sure that coach new colleagues ... update the
handbook'). The word right after the label's colon is the verb when the dictionary knows it
as one (a form in -ing, or a past in -ed of its own) and the words after it open an object
(an article, a pronoun or an adjective), as 'coach new colleagues' does; a noun after it
makes a compound ('Support: ticket backlog') and it stays a noun. The same holds for the
line's first word when the reading stage took a later verb as the action ('*Recruit* more
volunteers and train them better': the tagger's proper noun, 'train' the action).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.words import Word

#: Word classes that open an object after a verb ('coach *new* colleagues', 'demo *the* X').
_OBJECT_OPENERS = frozenset({"DET", "ADJ", "PRON", "NUM"})


def verb_after_label(words: list[Word], lang: str) -> list[Word]:
    """``words`` with the noun right after an opening label's colon made the verb it is."""
    colon = next((n for n, w in enumerate(words[:4]) if w.text == ":"), None)
    if colon is not None and not all(w.is_word and not w.finite for w in words[:colon]):
        return words  # a label names a field ('Hiring:', 'Volunteering:'), no clause
    at = 0 if colon is None else colon + 1
    if at + 1 >= len(words):
        return words
    first, after = words[at], words[at + 1]
    then = words[at + 2] if at + 2 < len(words) else None
    amount = after.pos == "ADV" and then is not None and then.pos in ("NOUN", "ADJ")
    if first.pos not in ("NOUN", "PROPN") or not (after.pos in _OBJECT_OPENERS or amount):
        return words  # 'book *more* demos': an amount before the object opens it too
    if not _inflects(first.lower, lang):
        return words
    made = replace(first, pos="VERB", verbform=first.verbform or "Inf", finite=False)
    return [*words[:at], made, *words[at + 1 :]]


def _inflects(word: str, lang: str) -> bool:
    """The dictionary knows a form in -ing of ``word`` or a past in -ed whose lemma it is."""
    stem = word[:-1] if word.endswith("e") and len(word) > 2 else word
    if any(known_word(f, lang) for f in {f"{word}ing", f"{stem}ing", f"{word}{word[-1]}ing"}):
        return True
    forms = {f"{stem}ed", f"{word}ed", f"{word}{word[-1]}ed"}
    return any(known_word(f, lang) and lemma_of(f, lang).lower() == word for f in forms)


def opens_with_bare_verb(words: list[Word]) -> bool:
    """The words open with a bare verb ('coach new colleagues and update X'): the writer's
    own imperative, which no 'make sure that' clause can take as its subject."""
    first = words[0] if words else None
    return (
        first is not None
        and first.pos == "VERB"
        and first.verbform == "Inf"
        and bool(first.lemma)
        and first.lemma == first.lower
    )
