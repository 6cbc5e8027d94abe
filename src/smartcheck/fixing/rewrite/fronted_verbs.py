"""A note-style goal that writes its verb after the object: 'Guitar setups learn', 'Excel
improve', 'Spreadsheet formulas master'.

English puts the verb first; kept in that order, every frame reads broken ('By [date], I will
guitar setups learn'). The writer means the imperative, so the rewriter reads the goal with
the verb put in front ('Learn guitar setups') and rewrites that, as any goal that opens with
its verb. Only a short line of words with one of the pack's ``rewrite.trailing_verbs`` (verbs
of learning or improving) last; a subject or a clause of its own keeps the goal as written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Words the object may have before its verb: a short noun phrase, no clause.
_MAX_OBJECT = 4
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def verb_first(
    text: str, style: RewriteStyle, names: frozenset[str], others: frozenset[str]
) -> str | None:
    """``text`` with its trailing verb put in front ('Excel improve' -> 'Improve Excel'), or
    None when it is no such line (its last word is no trailing verb, a subject, article or
    verb of the pack stands in the object, or it holds more than a short phrase). ``names``:
    the pack's names, which keep their capital; ``others``: people or groups other than the
    writer, a subject before its verb ('Students learn')."""
    if style.word_order == "v2" or not style.trailing_verbs:
        return None
    line = text.strip().rstrip(".!")
    words = line.split()
    if not 2 <= len(words) <= _MAX_OBJECT + 1 or not all(_WORD.fullmatch(w) for w in words):
        return None
    *thing, verb = words
    closed = {s.lower() for s in style.subjects} | style.determiners | style.prepositions
    closed |= set(style.modals) | set(style.trailing_verbs) | style.collective_nouns | others
    if verb.lower() not in style.trailing_verbs or any(w.lower() in closed for w in thing):
        return None
    first = thing[0] if not _plain_capital(thing[0], style, names) else thing[0].lower()
    return capitalise(" ".join([verb.lower(), first, *thing[1:]])) + "."


def _plain_capital(word: str, style: RewriteStyle, names: frozenset[str]) -> bool:
    """The opening capital of an ordinary word ('Guitar'), not of a name ('Excel', 'SQL')."""
    return word[1:].islower() and word.lower() not in style.capitalised and word not in names
