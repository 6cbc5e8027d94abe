"""A place the writer wants to be more often, told without a verb: 'in het voorjaar vaker
mee het veld in voor broedvogelinventarisaties', 'vaker op de werkvloer', 'more often out in
the field this spring'.

Dutch leaves the verb of motion or being out of such a line ('vaker [gaan] de wijk in',
'vaker [zijn] op de werkvloer'); with no verb, the frames put the behaviour placeholder after
the comparative ('ga ik voor vaker mee het veld in ...') or read the situation after the comma
as the goal ('now, I will sit at my desk too much'), and only the structured fallback was
left. The line is the wish to go or be there more often: the pack's
``rewrite.frequent_place.goal`` with the verb the place takes ('ik wil {words} {verb}', 'i
want to {verb} {words}'): the verb of motion (``motion_verb``) when the place is a direction
(a word of ``motion_words`` in it, 'naar', 'mee', 'to', or a postposition of ``postpositions``
after its noun, 'het veld *in*', 'de deur *uit*'), else the verb of being (``state_verb``).
Whatever follows the line after a comma (the present situation) stays as written, and the
whole is rewritten as any wish: the comparative gets its from-to count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.fixing.rewrite.words import Word, capitalise, join, words_of

if TYPE_CHECKING:
    from smartcheck.configuration.grammar import Grammar
    from smartcheck.fixing.rewrite.style import FrequentPlace, RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words the place phrase may have: a place and its purpose, no story.
_MAX_WORDS = 12
#: Word classes of a verbless place phrase (no verb, no pronoun subject).
_PHRASE = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET", "CCONJ", "NUM", "ADV", "X", "SYM"})
#: Word classes after which a word of ``postpositions`` is a preposition ('op *de* vloer').
_OBJECTS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"})
#: Marks that end the line's place phrase; what follows stays as written.
_ENDS = frozenset({",", ";", ".", "!", "-", "\u2013", "\u2014"})


def frequent_place(goal: Goal, style: RewriteStyle, grammar: Grammar) -> str | None:
    """The goal's text with its verbless place line told as the writer's wish ('Ik wil in
    het voorjaar vaker mee het veld in voor X gaan, nu zit ik ...'), or None when the goal
    does not open with such a line."""
    shape = style.frequent_place
    if not shape.goal or not shape.comparatives:
        return None
    words = words_of(goal)
    end = next((n for n, w in enumerate(words) if w.text in _ENDS), len(words))
    line = words[:end]
    if not line or sum(w.is_word for w in line) > _MAX_WORDS:
        return None
    found = _comparative(line, shape.comparatives, goal)
    if found is None or sum(found) >= len(line):
        return None
    if not all(_phrase_word(w, goal.lang, style, grammar) for w in line):
        return None
    place = line[sum(found) :]
    direction = _direction(place, shape)
    if not direction and not any(w.pos == "ADP" for w in place[:2]):
        return None  # 'Vaker klantbezoeken': a thing to have more of, no place (nominal.py)
    verb = shape.motion_verb if direction else shape.state_verb
    if not verb:
        return None
    wish = capitalise(shape.goal.format(words=_lowered(line, style), verb=verb))
    rest = goal.text[words[end].start :].strip() if end < len(words) else "."
    spaced = rest[:1] not in (".", "!", ",", ";")  # a dash keeps its space before it
    return f"{wish}{' ' if spaced else ''}{rest}"


def _comparative(
    line: list[Word], comparatives: tuple[str, ...], goal: Goal
) -> tuple[int, int] | None:
    """Where the comparative of frequency stands, and how many words it has: first in the
    line, or after a time phrase of the goal's own ('*in het voorjaar* vaker ...')."""
    times = [(t.start, t.end) for t in goal.deadlines]
    for n in range(len(line)):
        for entry in comparatives:
            parts = entry.lower().split()
            if [w.lower for w in line[n : n + len(parts)]] == parts:
                timed = all(any(a <= w.start < b for a, b in times) for w in line[:n])
                return (n, len(parts)) if timed else None
    return None


def _direction(place: list[Word], shape: FrequentPlace) -> bool:
    """The place is a direction: a motion word in it ('naar', 'mee', 'to') or a
    postposition after its noun ('het veld *in*')."""
    motion = {m.lower() for m in shape.motion_words}
    after = {p.lower() for p in shape.postpositions}
    for n, word in enumerate(place):
        if word.lower in motion:
            return True
        following = place[n + 1] if n + 1 < len(place) else None
        if word.lower in after and n and (following is None or following.pos not in _OBJECTS):
            return place[n - 1].pos in ("NOUN", "PROPN")
    return False


def _phrase_word(word: Word, lang: str, style: RewriteStyle, grammar: Grammar) -> bool:
    """A word of a verbless phrase: no verb the tagger or the dictionary sees, no subject
    or modal."""
    if not word.is_word:
        return word.text not in ("?", ":")
    if word.lower in style.subjects or word.lower in style.modals:
        return False
    return word.pos in _PHRASE and not infinitive_evidence(word.lower, lang, grammar, style)


def _lowered(line: list[Word], style: RewriteStyle) -> str:
    """The line's words inside the wish: the first loses its capital unless it is a name."""
    first = line[0]
    keep = first.lower in style.capitalised or (
        len(first.text) > 1 and not first.text[1:].islower()
    )
    return join([first if keep else first.with_text(first.lower), *line[1:]])
