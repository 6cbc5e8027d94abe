"""Two fragments that open with the same change word: two goals, listed.

"meer klantcontact, meer zelf offertes schrijven", "beter plannen, beter delegeren", "more
coaching, more site visits": the writer repeats the change word (the pack's
``comparatives``) to list a second aim, where a different one after the comma ("Netter
afwerken, minder nawerk", "sneller typen, minder fouten") says what the first brings, a note
on one goal. The list is cut at its comma, each fragment rewritten as a goal (fragments.py);
read as one goal, the second aim went into the first's purpose clause or the whole line only
got the structured fallback.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.words import Word


def same_change(pieces: Sequence[Sequence[Word]], changes: set[str]) -> bool:
    """Do both fragments open with the same change word ('*meer* X, *meer* Y')?"""
    first, second = pieces[0], pieces[-1]
    return (
        bool(first and second) and first[0].lower == second[0].lower and first[0].lower in changes
    )
