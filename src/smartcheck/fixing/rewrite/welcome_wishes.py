"""A means the writer would welcome, told as what it would be: 'A mentor from another
department would be great.', 'Een cursus onderhandelen zou helpen.'

The writer names the thing and how welcome it would be (the pack's
``rewrite.welcome_predicates``), which is the same proposal as asking for it ('A mentor from
another department?'). Dated as it stands it promised a wish ('By [date], a mentor ... would
be great'; seams/conditional_wish.py refuses it). It is read as the thing asked for, which
the asked readings commit as the writer's step (asked_fragments.py, asked_people.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.compiled import compiled

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Most words the thing wished for may have.
MAX_THING_WORDS = 10


def asked_instead(text: str, style: RewriteStyle) -> str | None:
    """The thing ``text`` welcomes, asked ('A mentor from another department?'); None when
    the text is not one sentence that ends in a welcome predicate after a thing."""
    body = text.strip().rstrip(".!").rstrip()
    if "\n" in body or re.search(r"[.!?;:]", body):
        return None
    for predicate in sorted(style.welcome_predicates, key=len, reverse=True):
        found = compiled(rf"(?i)\s+{re.escape(predicate)}$").search(body)
        if found is None:
            continue
        thing = body[: found.start()].strip().rstrip(",")
        if thing and len(thing.split()) <= MAX_THING_WORDS:
            return f"{thing}?"
    return None
