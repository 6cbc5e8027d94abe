"""Dutch: a relative clause closed by its own verb inside the clause it describes a noun of.

In verb-final order the relative clause ends on its verb, and the clause around it goes on:
'dat elke bestelling *die binnenkomt* binnen een dag verstuurd is', 'dat iedere patiënt
*die belt* dezelfde dag een afspraak heeft', 'dat het aantal proefabonnementen *dat wordt
omgezet* stijgt'. Cut at the relative word only, the stretch
holds two finite verbs ('binnenkomt ... is') and reads as two in one clause; it is one
verb per clause, each in its place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.seams.segments import Segment
    from smartcheck.fixing.rewrite.style import RewriteStyle


def relative_closed(segment: Segment, finite: list[Token], style: RewriteStyle) -> bool:
    """Does ``segment`` open with a relative word, and does its first finite verb (with the
    verbs of its cluster: 'dat *wordt omgezet*') end that clause, with a second finite verb
    after it, not right after it, last in the stretch (the outer clause's, verb-final)?
    Verb-final languages only."""
    if style.word_order != "v2" or len(finite) != 2 or not segment.tokens:
        return False
    opener = segment.tokens[0]
    if opener.lower_ not in style.relativizers:
        return False
    first, second = finite
    if first.i + 1 >= len(first.doc) or first.nbor(1) == second:
        return False  # 'die ik ga doe': two finite verbs side by side
    if first.i - opener.i > 3:
        return False  # a short relative clause: 'die binnenkomt', 'dat ik krijg'
    return all(t.pos_ in ("VERB", "AUX") for t in segment.tokens if t.i > second.i)
