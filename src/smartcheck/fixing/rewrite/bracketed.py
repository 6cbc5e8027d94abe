"""Words inside a bracket aside belong to the aside, never to the clause around it.

'meer kennis over de asielprocedure (IND, gehoren, Dublinclaim)', 'Meer kennis van de cao
(lonen, toeslagen)': the brackets list what the thing before them covers. A comma in them
cuts no phrase, and a word in -en there ('gehoren', 'toeslagen') is no verb of the wish:
read as either, the thing wished for was refused as a clause and only the structured
fallback was left (or a frame that dropped the aim noun). The readers that look for a verb
or a comma in a wished-for thing skip the words this module marks.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class _Texted(Protocol):
    """A word of the goal or a token of a parsed candidate: what brackets are read from."""

    @property
    def text(self) -> str: ...


def bracketed(words: Iterable[_Texted]) -> frozenset[int]:
    """The indices of ``words`` (or a parsed candidate's tokens) inside brackets, the
    brackets included; nothing for a bracket left open or closed without its partner (no
    aside to read)."""
    inside: set[int] = set()
    opened: int | None = None
    for n, word in enumerate(words):
        if word.text == "(":
            if opened is not None:
                return frozenset()
            opened = n
        elif word.text == ")":
            if opened is None:
                return frozenset()
            inside.update(range(opened, n + 1))
            opened = None
    return frozenset() if opened is not None else frozenset(inside)
