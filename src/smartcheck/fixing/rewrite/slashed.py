"""Two aims joined by a slash, or one thing named twice.

A slash between spaces joins either two names of one thing ('cursus VCA / BHV', 'shift
leader / supervisor', 'cursus aangepast zwemmen / zwemles aan kinderen met een beperking':
the second side is another name for the first, one goal) or two aims the writer put on one
line ('meer overzicht in mijn mailbox / minder achterstand in de drukke weken', 'less
overtime on Mondays / fewer handover errors': two goals, each rewritten on its own). The
aims each open with a change word (the pack's ``comparatives``: meer, minder, vaker, fewer,
less ...); a name does not.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_SLASH = re.compile(r"\s+/\s+")
#: Fewest words each aim holds: a change word and what changes ('minder fouten').
MIN_AIM_WORDS = 2


def slashed_aims(text: str, changes: Collection[str]) -> list[str]:
    """The aims of a one-line ``text`` whose slashes each join two aims (each side opens
    with one of ``changes``), else nothing."""
    stripped = text.strip()
    if "\n" in stripped or not changes:
        return []
    sides = [side.strip() for side in _SLASH.split(stripped)]
    if len(sides) < 2 or not all(_aim(side, changes) for side in sides):
        return []
    return sides


def _aim(side: str, changes: Collection[str]) -> bool:
    """``side`` opens with a change word and names what changes ('minder fouten', 'more
    time with the new starters')."""
    words = re.findall(r"[^\W\d_]+", side.lower())
    spelled = " ".join(words) + " "
    return len(words) >= MIN_AIM_WORDS and any(
        spelled.startswith(f"{change.lower()} ") for change in changes
    )
