"""A credential asked as a thing: 'Maybe a forklift licence?', 'Misschien een
heftruckcertificaat?', 'maybe the first aid certificate?'.

A thing asked with a hedge gets the act of it before the rewrite commits it: a course is
taken, any other route done (asked_lines.py, asked_means.py). A credential (a thing whose
last word ends in one of the pack's ``credential_endings``: certificate, licence, diploma;
certificaat, rijbewijs, diploma) is neither: it is got, as a bare credential line already is
('BHV-diploma??' -> 'mijn BHV-diploma halen'). Done, it read 'I will do a forklift licence',
'ga ik een heftruckcertificaat doen'; taken as a course, it was no act at all. Its act is the
pack's ``asked_credential`` ('get {thing}', '{thing} halen').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

_WORD = re.compile(r"[^\W\d_]+")


def credential_frame(thing: str, style: RewriteStyle) -> str | None:
    """The pack's ``asked_credential`` when ``thing`` names a credential by its last word
    ('a forklift licence', 'een heftruckcertificaat'); None for any other thing."""
    words = _WORD.findall(thing.lower())
    if not words or not style.asked_credential:
        return None
    last = words[-1]
    endings = (e.lower() for e in style.credential_endings)
    return style.asked_credential if any(last.endswith(e) for e in endings) else None
