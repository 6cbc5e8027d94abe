"""A duty kept whole inside the writer's commitment: 'ga ik elk dier dat binnenkomt *moet*
dezelfde dag geregistreerd zijn', 'om elke bestelling te hebben die binnenkomt *moet* ...'.

A duty on a thing ('Elk dier dat binnenkomt moet dezelfde dag geregistreerd zijn') has its
own finite modal after its subject's relative clause. Put after the writer's commitment
('ga ik', 'zal ik') or inside a purpose ('om ... te') that subject is an object and its
modal a second finite verb; the tagger reads the relative clause's verb and the modal as one
cluster, so the clause check does not see it. The own-part frame ('zorg ik ervoor dat elk
dier ... geregistreerd is') is the reading that keeps the duty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import is_finite

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: How far back from the relative clause's verb its relative word may stand ('die
#: binnenkomt', 'dat ik krijg', 'die bij ons binnenkomt').
_REACH = 4


def duty_kept_inside(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A finite modal right after a relative clause's verb, in a stretch that opened with
    the writer's subject or the purpose's complementizer."""
    writer = {s.lower() for s in style.subjects} | {c.lower() for c in style.complementizers}
    seams = []
    for t in doc[1:]:
        if t.lower_ not in style.modals or not is_finite(t):
            continue
        verb = t.nbor(-1)
        if verb.pos_ not in ("VERB", "AUX") or verb.lower_ in style.modals:
            continue
        relative = _relative_word(verb, style)
        if relative is not None and _opened_by(relative, writer):
            detail = f"the duty's {t.text!r} after {doc[relative.i : t.i].text!r}, committed"
            seams.append(Seam("two_finite", detail, (t.lower_, "duty")))
    return seams


def _relative_word(verb: Token, style: RewriteStyle) -> Token | None:
    start = max(verb.i - _REACH, 0)
    for t in reversed(verb.doc[start : verb.i]):
        if t.is_punct:
            return None
        if t.lower_ in style.relativizers and t.pos_ == "PRON":
            return t
    return None


def _opened_by(relative: Token, writer: set[str]) -> bool:
    """Is there, in the stretch before ``relative`` (back to a comma or the sentence's
    start), the writer's subject ('ik') or a complementizer ('om')?"""
    for t in reversed(relative.doc[relative.sent.start : relative.i]):
        if t.text in ",;:":
            return False
        if t.lower_ in writer:
            return True
    return False
