"""A thing the writer makes, named with its purpose as the whole goal.

'Een betere laadlijst voor de vrachtwagen zodat we niet steeds dingen vergeten op de
beursvloer', 'A clearer rota for the volunteers so that nobody is booked twice': a noun
phrase headed by a working document or list the writer can make (the pack's
``rewrite.made_things``: a list, a rota, a schedule, an overview), no verb, and a purpose
after it. Read as a thing to have, it became the purpose of a placeholder behaviour ('ga ik
[concreet gedrag] ..., om een betere laadlijst te hebben'), or with its purpose inside only
the structured fallback was left. Such a line means the goal of making it: the pack's
``rewrite.made_goal`` ('ik wil {thing} maken', 'i want to create {thing}'), the purpose kept
after a comma, and the sentence rewritten as any wish.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, capitalise, join, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Most words of the thing's phrase: a noun phrase, no story.
_MAX_WORDS = 12
#: Word classes the thing's phrase may hold: no verb, no pronoun subject.
_PHRASE = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET", "NUM", "CCONJ", "ADV"})
#: Word classes that open the thing's phrase: an article, a number, an adjective.
_BEFORE_HEAD = frozenset({"DET", "ADJ", "NUM", "ADV"})


def made_goal(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The wish the line stands for ('Ik wil een betere laadlijst voor de vrachtwagen maken,
    zodat we ...'), or None when it is no verbless phrase headed by a made thing before its
    purpose."""
    if not style.made_goal or not style.made_things:
        return None
    words = words_of(goal)
    while words and words[-1].text in (".", "!"):
        words = words[:-1]
    purpose = min((m.start for m in ctx.find(goal, "purpose_markers")), default=-1)
    at = next((n for n, w in enumerate(words) if w.start == purpose), None)
    if at is None:
        return None  # the purpose is what makes it a goal: a bare thing is another reading
    thing, rest = words[:at], words[at:]
    while thing and thing[-1].text == ",":
        thing = thing[:-1]
    said = [w for w in thing if w.is_word]
    if not 1 < len(said) <= _MAX_WORDS or not all(_phrase_word(w) for w in said):
        return None
    if any(w.lower in style.subjects or w.lower in style.modals for w in said):
        return None
    # the head stands last before the phrase's first preposition ('Een overzichtelijker
    # *rooster* voor ...'), after an article or a qualifier ('A better packing *list*')
    head = next((n for n, w in enumerate(thing) if w.pos == "ADP"), len(thing)) - 1
    if head < 1 or thing[0].pos not in _BEFORE_HEAD or not _made(thing[head], style):
        return None
    first = thing[0].with_text(thing[0].lower)
    phrase = join([first, *thing[1:]])
    tail = join(rest, lead=False)
    sentence = style.made_goal.format(thing=phrase)
    return capitalise(f"{sentence}, {tail}".rstrip(" ,")) + "."


def _phrase_word(word: Word) -> bool:
    """A word of a noun phrase: no verb but a qualifier in -ing or a participle ('a
    *packing* list', 'een *verbeterd* rooster')."""
    return word.pos in _PHRASE or (word.pos == "VERB" and word.verbform in ("Ger", "Part"))


def _made(noun: Word, style: RewriteStyle) -> bool:
    """A thing of the pack's ``made_things``, or a compound that ends in one ('*lijst':
    'laadlijst', 'paklijst')."""
    lower = noun.lower
    if noun.pos not in ("NOUN", "PROPN"):
        return False
    for entry in style.made_things:
        entry = entry.lower()
        if entry.startswith("*") and lower.endswith(entry[1:]) and len(lower) > len(entry):
            return True
        if lower == entry:
            return True
    return False
