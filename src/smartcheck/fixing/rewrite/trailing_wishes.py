"""A wish told after the act it wants: 'Een cursus timemanagement volgen, wil ik echt',
'Mijn heftruckcertificaat halen - dat wil ik graag', 'get a coaching cert, definitely want
this (maybe the one from X?)'.

The writer names the act first and says afterwards, in a short tail after a comma or a
dash or as a sentence of its own ('Meer verantwoordelijkheid. Wil ik wel.'), that they want
it. Read as written, the tail became the commitment ('Een cursus X
volgen, ga ik vóór [datum] echt') or stayed inside it ('I will get X, really want this').
The act is the goal, and the wish is what the commitment replaces, as a hedge is: the tail
goes, a bracket after it (an example of the act) stays with the act. The tail is the pack's
``rewrite.trailing_wish``: a verb of wanting (``verbs``) and nothing but the writer, a word
pointing back and words of degree (``words``; an adverb the pack does not list, a
misspelling of one, counts too, a negation never).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, join, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Marks that part the act from the wish told after it; a full stop too ('Meer
#: verantwoordelijkheid. Wil ik wel.': the wish as a sentence of its own).
_PARTS = frozenset({",", "-", "\u2013", "\u2014", ".", "!"})
#: Most words the wish may have: 'dat zou ik echt heel graag willen'.
_MAX_TAIL = 7
#: Fewest words the act before it needs: a verb and its object.
_MIN_ACT = 2


def act_without_wish(goal: Goal, style: RewriteStyle, negations: frozenset[str]) -> str | None:
    """The goal's text with the wish told after its act left out ('Een cursus X volgen
    (misschien die van Y?).'), or None when no such tail ends it."""
    found = _tail(words_of(goal), style, negations)
    if found is None:
        return None
    act, bracket = found
    text = join(act + bracket).rstrip(" ,.")
    return text + "."


def trailing_wish_spans(
    goal: Goal, style: RewriteStyle, negations: frozenset[str]
) -> list[tuple[int, int]]:
    """Where the wish after the act stands: words the commitment replaces, never lost."""
    words = words_of(goal)
    found = _tail(words, style, negations)
    if found is None:
        return []
    act, _ = found
    tail = [w for w in words[len(act) :] if w.is_word and w.start >= 0]
    return [(tail[0].start, tail[-1].end)] if tail else []


def _tail(
    words: list[Word], style: RewriteStyle, negations: frozenset[str]
) -> tuple[list[Word], list[Word]] | None:
    """The act before the wish and the bracket after it, or None."""
    shape = style.trailing_wish
    if not shape.verbs:
        return None
    end = len(words)
    while end and words[end - 1].text in (".", "!"):
        end -= 1
    bracket: list[Word] = []
    if end and words[end - 1].text == ")":
        opening = next((n for n in range(end - 1, -1, -1) if words[n].text == "("), None)
        if opening is None:
            return None
        bracket, end = words[opening:end], opening
    cut = next((n for n in range(end - 1, -1, -1) if words[n].text in _PARTS), None)
    if cut is None or sum(w.is_word for w in words[:cut]) < _MIN_ACT:
        return None
    tail = [w for w in words[cut + 1 : end] if w.is_word]
    if not tail or len(tail) > _MAX_TAIL or not any(w.lower in shape.verbs for w in tail):
        return None
    if any(w.lower in negations for w in tail):
        return None
    if not all(w.lower in shape.verbs or w.lower in shape.words or w.pos == "ADV" for w in tail):
        return None
    return words[:cut], bracket
