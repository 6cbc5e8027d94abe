"""The writer's guess at a means, set off after the goal, becomes the goal's means.

"I want to stay calm after difficult calls, I think coaching might help with this": the last
clause is no goal and no part of what the writer commits to; kept as a comma clause inside
the goal it reads as a second sentence spliced on, and its hedge ("might") fails A again. The
means it names is the writer's word and stays, in the pack's ``frames.means`` ("with the
help of coaching"). The guesses are the pack's ``means_asides`` ("i think … might help"),
"…" standing for the means.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from smartcheck.fixing.rewrite.style import RewriteStyle


class Guess(NamedTuple):
    """Where the guess stands in the goal text, and the means it names."""

    start: int
    end: int
    means_start: int
    means_end: int

    def others(self) -> list[tuple[int, int]]:
        """The guess's own words around the means ('I think', 'might help with this'), which
        a rewrite leaves out."""
        return [(self.start, self.means_start), (self.means_end, self.end)]


#: The longest means a guess names ("a course on conflict handling"), in words.
MAX_MEANS_WORDS = 6
_END = re.compile(r"[\s.!?]*$")


def means_aside(text: str, style: RewriteStyle) -> Guess | None:
    """The guess at a means after the goal's last comma, or None."""
    comma = text.rfind(",")
    if comma < 0 or not style.means_asides or style.frames.means is None:
        return None
    tail = text[comma + 1 :]
    start = comma + 1 + len(tail) - len(tail.lstrip())
    end = _END.search(text, start)
    stop = end.start() if end else len(text)
    aside = text[start:stop]
    hedges = {h.lower() for h in style.drop_hedges}
    longest = sorted(style.means_asides, key=lambda g: len(g.split()), reverse=True)
    for guess in longest:  # 'maybe … would help' before '… would help'
        before, _, after = guess.partition("…")
        parts = [_words(before), r"(?P<means>.+?)", _words(after)]
        pattern = r"\s+".join(part for part in parts if part)
        found = re.fullmatch(pattern, aside, flags=re.IGNORECASE)
        if found is None:
            continue
        means = found.group("means")
        if means.split()[0].lower() in hedges:
            continue  # 'perhaps a buddy would help with this': a longer guess of the list's
        if 1 <= len(means.split()) <= MAX_MEANS_WORDS and not re.search(r"[,;:]", means):
            return Guess(start, stop, start + found.start("means"), start + found.end("means"))
    return None


def _words(phrase: str) -> str:
    """A pattern for the words of ``phrase``, any run of spaces between them."""
    return r"\s+".join(re.escape(word) for word in phrase.split())
