"""The partner of a bounded absolute wherever it stands in its phrase: 'geen enkele
ongeplande stop van de diffusie *meer*'.

'Geen ... meer' is one negation told around its noun phrase, and the phrase may be long (a
prepositional phrase after the noun: 'van de diffusie', 'over de levering aan Duitsland').
When the bound takes the absolute's place ('hoogstens [aantal] keer een ongeplande stop'),
its partner belongs to nothing any more: left at the end it reads as a dangling comparative
('... te hebben van de diffusie meer'). So the partner goes wherever it stands in the
phrase, not only within a few words of the absolute, unless it is a comparative of its own:
a word after it that it compares ('meer *dan* twee keer', 'meer *tijd*': a noun, a number,
an adjective, a subordinator), or a clause break before it (a comma, a coordinator: 'geen
enkele klacht, en meer tijd voor ...').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from smartcheck.fixing.rewrite.words import Word

#: Word classes after the partner that make it a comparative of its own ('meer *dan*',
#: 'meer *tijd*', 'meer *twee*').
_COMPARED = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "SCONJ"})
#: Word classes that end the absolute's phrase before its partner.
_BREAKS = frozenset({"CCONJ", "PUNCT"})


def partner_at(after: Sequence[Word], partners: Collection[str]) -> int | None:
    """Where in ``after`` (the words after a bounded absolute, in its phrase) the absolute's
    partner stands, or None (module docstring)."""
    for n, word in enumerate(after):
        if word.pos in _BREAKS or word.text in {",", ";", ":", "."}:
            return None
        if word.lower not in partners:
            continue
        nxt = after[n + 1] if n + 1 < len(after) else None
        if nxt is not None and nxt.pos in _COMPARED:
            return None
        return n
    return None
