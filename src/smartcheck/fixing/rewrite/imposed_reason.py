"""A goal whose only reason is that someone else imposes it, told as their request.

"Rijvaardigheidstraining volgen want dat moet van de zaak", "De cursus X afronden omdat dat
moet van mijn werkgever": the writer states the goal and then that it is imposed. The
obligation from outside fails A (JUDGING: imposed on the writer, someone else's wish), and a
rewrite that only puts a commitment in front keeps it ("Vóór [datum] ga ik X volgen, want
dat moet van de zaak"). The reason is the other person's request: told as that ("want de
zaak vraagt dat"), the writer's own commitment stands and the writer's words stay.

The reasons are the pack's ``imposed_reasons``: such a reason ('want dat moet van {who}',
'because {who} says I have to'; without ``{who}`` it ends the reason) with its rewording,
where ``{who}`` is who imposes it.
``WholeTextRewrites._imposed`` (whole_text.py) judges the goal with its reason reworded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.compiled import compiled

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: The one who imposes it: a short phrase up to the end of the text ('de zaak', 'mijn baas').
_WHO = r"(?P<who>[^\W\d][^,.;:!?()]{0,40}?)"


@dataclass(frozen=True)
class Imposed:
    """The goal with its imposed reason told as a request, and where the obligation stood."""

    text: str
    spans: tuple[tuple[int, int], ...]


def imposed_reason(text: str, style: RewriteStyle) -> Imposed | None:
    """``text`` with an imposed reason at its end told as the other person's request ('...
    want dat moet van de zaak' -> '... want dat vraagt de zaak'); None without one."""
    for told, request in sorted(style.imposed_reasons.items(), key=lambda kv: -len(kv[0])):
        opening, _, rest = (told if "{who}" in told else f"{told} {{who}}").partition("{who}")
        found = compiled(
            rf"\b{_words(opening)}\s+{_WHO}\s*{_words(rest)}\s*[.!]?\s*$", re.IGNORECASE
        ).search(text)
        if found is None or found.start() == 0:
            continue
        head = text[: found.start()]  # the writer's own punctuation before the reason stays
        said = request.replace("{who}", found.group("who").strip())
        spans = ((found.start(), found.start("who")), (found.end("who"), found.end()))
        return Imposed(text=f"{head}{said}", spans=tuple((a, b) for a, b in spans if a < b))
    return None


def imposed_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the goal tells that it is imposed: the reason's words around who imposes it
    ('want dat moet van', 'says I have to'), which a rewrite tells as a request (its modal
    goes; who imposes it stays)."""
    found = imposed_reason(goal.text, style)
    return list(found.spans) if found is not None else []


def _words(phrase: str) -> str:
    """A phrase of the pack as a pattern: its words with any spacing between them."""
    return r"\s+".join(re.escape(w) for w in phrase.split())
