"""The plan of a rewrite: which words of the goal go, which are replaced, and which SMART
parts the frame must add.

:mod:`plan` reads it from a failing goal's report; the readers that each fill one part of it
(``bounded``, ...) and the frames that carry it out share this one shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from smartcheck.fixing.rewrite.words import Word


@dataclass
class Plan:
    """Word-level edits plus the parts the frame must add."""

    words: list[Word]
    drop: set[int] = field(default_factory=set)
    replace: dict[int, str] = field(default_factory=dict)
    behaviour: int | None = None  # index of the word replaced by the behaviour placeholder
    time: str | None = None  # "deadline" or "until": a time phrase must be added
    measure: bool = False
    comparison: bool = False
    support: bool = False
    agreement: bool = False
    lang: str = ""
    core_end: str | None = None  # a phrase the frame puts at the end of the clause core
    label: tuple[int, ...] = ()  # a topic label the frames leave out (labels.py)
    report_at: int | None = None  # the comma before someone's report, kept as the reason
    # the goal's own deadline, kept as it stands: a dated event ('voor mijn ... in juni') or
    # a safe fix's date ('vóór 23 februari 2027')
    deadline_at: tuple[int, ...] = ()
    # a date in brackets right after a time phrase ('voor de zomervakantie (juli)'): it goes
    # where its time phrase goes
    dated: tuple[int, ...] = ()
    # the text span of a deadline told in its own sentence after the goal ('Klaar voor de
    # zomer.'): it stays as written after the rewritten goal (trailing_time.py)
    deadline_sentence: tuple[int, int] | None = None

    def kept(self, i: int) -> bool:
        return i not in self.drop

    def text(self, i: int) -> str:
        return self.replace.get(i, self.words[i].text)

    def drop_span(self, start: int, end: int, replacement: str | None = None) -> list[int]:
        """Drop the words inside [start, end); the first one becomes ``replacement``."""
        inside = [i for i, w in enumerate(self.words) if w.inside(start, end)]
        self._drop_indices(inside, replacement)
        return inside

    def _drop_indices(self, indices: list[int], replacement: str | None) -> None:
        for n, i in enumerate(indices):
            if n == 0 and replacement:
                self.replace[i] = replacement
            else:
                self.drop.add(i)
