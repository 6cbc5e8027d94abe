"""A piece of a packed sentence that tells how long the writer has been in a state.

"Ik wil graag meer op kantoor meedraaien, ik sta al 8 jaar op de bouw en mijn rug gaat het
niet eeuwig houden": the sentence packs two clauses that each open with "ik", so it is cut
into pieces and each is judged and rewritten on its own. The second tells the writer's
situation with a length up to now ("al 8 jaar", "for three years now"; reading/timex/
so_far.py) and no wish, commitment or modal: it is why the goal is wanted, no goal of its
own. Rewritten alone it was dated ("Ik sta al 8 jaar op de bouw ..., vóór [datum]"), which
commits the writer to what already is. Such a piece stops the split (pieces.py); the text
is then read whole, its situation kept as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.reading.timex import lengths_so_far

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def tells_length_so_far(piece: Goal, style: RewriteStyle) -> bool:
    """Does ``piece`` hold a length up to now and no word of wish, commitment or modal of
    the writer's (the pack's ``subjects`` auxiliaries, ``modals``, ``weak_finite``,
    ``wish_modals`` beside the writer: 'ik wil', 'ga ik'; 'mijn rug gaat het niet houden'
    tells how things go)?"""
    doc = piece.doc
    if doc is None or not lengths_so_far(piece.text, piece.lang, piece.reference_date):
        return False
    writer = {s.lower() for s in style.subjects}
    committing = {a.lower() for a in style.subjects.values()}
    committing |= {m.lower() for m in (*style.modals, *style.weak_finite, *style.wish_modals)}
    for t in doc:
        if t.lower_ not in committing:
            continue
        beside = [doc[i].lower_ for i in (t.i - 1, t.i + 1) if 0 <= i < len(doc)]
        if writer.intersection(beside):
            return False
    return True
