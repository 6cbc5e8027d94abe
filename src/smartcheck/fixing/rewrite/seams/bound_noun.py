"""A bound told as a phrase that stands before the noun it qualifies: 'in order to have *with
at most [number] errors* payroll runs', 'deliver *met hooguit [aantal] fouten* rapporten'.

An absolute adjective before its noun ('flawless reports', 'foutloze facturen') is bounded
after the noun ('reports with at most [number] errors'). A candidate that put the pack's
prepositional bound in the adjective's place reads as a phrase glued to a noun phrase. Judged
on the stand-in text's parse: a bound of the pack's ``replacements`` that opens with the
pack's ``absolute_link`` ('with', 'met'), followed at once by a noun phrase.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.timex import TimeExpression

#: Parts of speech of a noun phrase's head.
_NOMINAL = frozenset({"NOUN", "PROPN"})


def bound_before_noun(doc: Doc, times: list[TimeExpression], style: RewriteStyle) -> list[Seam]:
    """Each prepositional bound that a noun phrase follows directly; a time after it ('...
    with at most [number] errors *today*') is no noun phrase it was put into."""
    seams: list[Seam] = []
    for pattern in _bound_patterns(style):
        for match in pattern.finditer(doc.text):
            after = next((t for t in doc if t.idx >= match.end() and not t.is_space), None)
            if after is None or any(t.start <= after.idx < t.end for t in times):
                continue
            if _opens_noun_phrase(after):
                detail = f"a noun after the bound {match.group(0)!r}: {after.text!r}"
                seams.append(Seam("dangling", detail, (after.lower_,)))
    return seams


def _bound_patterns(style: RewriteStyle) -> tuple[re.Pattern[str], ...]:
    """The pack's bounds that open with its ``absolute_link`` and end in what they count
    ('with at most {number} errors'), as patterns over a stand-in text (any number where
    ``{number}`` stands); compiled once per pack, not per candidate."""
    return _compiled(style.absolute_link.lower(), tuple(sorted(set(style.replacements.values()))))


@lru_cache(maxsize=8)
def _compiled(link: str, bounds: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    found = []
    for bound in bounds:
        words = bound.split()
        if not words or words[0].lower() != link or "{number}" not in bound:
            continue  # 'in {number} out of 10 cases' is how often, before any object
        if bound.rstrip().endswith("{number}"):
            continue  # 'at most {number}' counts the noun after it
        parts = [re.escape(p) for p in bound.split("{number}")]
        found.append(re.compile(r"(?<!\w)" + r"\S+".join(parts) + r"(?!\w)", re.IGNORECASE))
    return tuple(found)


def _opens_noun_phrase(token: Token) -> bool:
    """A noun, or adjectives before one ('monthly reports'); an adjective of manner after
    the bound ('in [number] out of 10 cases *volledig* uitgevoerd') opens none."""
    doc = token.doc
    at = token.i
    while at < len(doc) and doc[at].pos_ == "ADJ":
        at += 1
    return at < len(doc) and doc[at].pos_ in _NOMINAL
