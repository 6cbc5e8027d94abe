"""Judge a goal without the sentences of context told beside it.

A sentence that tells the present situation ("Ik draai nu 4 projecten tegelijk.", "I know I
can be short with people.", reading/anatomy/situation.py) holds no goal: its numbers are no
measure of the goal, its durations ("nu 12 jaar") no deadline, its feelings no inner-state
goal, its verbs no second goal. The rules therefore run on the text with those sentences cut
out, and every span they report is moved back to where it stands in the text as written. A
goal's verdicts are the same with and without a sentence of context added.

Only whole sentences are cut (and a clause spliced on with a comma, or spliced before the
writer's own wish: "De planning loopt altijd uit, ik wil ..."); a clause of context
coordinated before the wish in one sentence ("Ik werk hier nu 12 jaar en zou graag ...")
stays, since the wish has no subject without it, and so does a sentence the next one points
back to ("... Daar wil ik me in verdiepen."): it names what the goal is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from smartcheck.reading.pipeline import pictured_tail
from smartcheck.reporting.report import Edit, Evidence, Finding, Suggestion

if TYPE_CHECKING:
    from smartcheck.reading.goal import Goal

#: Punctuation that ends a sentence of context that can be cut whole.
_ENDS = ".!?;"

Item = TypeVar("Item", Finding, Evidence)


@dataclass(frozen=True)
class Cut:
    """The goal text without its sentences of context, and where each kept stretch of it
    stands in the text as written: (start in the cut text, start in the written text,
    length)."""

    text: str
    kept: tuple[tuple[int, int, int], ...]
    written: str = ""  # the goal text as written

    def position(self, at: int) -> int:
        """The character ``at`` of the cut text, in the text as written."""
        for cut_start, written, length in reversed(self.kept):
            if at >= cut_start:
                return written + min(at - cut_start, length)
        return at

    def back(self, item: Item) -> Item:
        """A finding or evidence of the cut text, anchored in the text as written."""
        if item.source is not None:  # a context field's own offsets
            return item
        start = self.position(item.start)
        end = max(start, self.position(item.end))
        update: dict[str, object] = {"start": start, "end": end}
        if self.written[start:end] != item.text:  # the span reaches over a cut sentence
            update["text"] = self.written[start:end]
        if isinstance(item, Finding) and item.suggestions:
            update["suggestions"] = tuple(self._suggestion(s) for s in item.suggestions)
        return item.model_copy(update=update)

    def _suggestion(self, suggestion: Suggestion) -> Suggestion:
        edits = tuple(
            Edit(start=self.position(e.start), end=self.position(e.end), replacement=e.replacement)
            for e in suggestion.edits
        )
        return suggestion.model_copy(update={"edits": edits})


def without_context(goal: Goal) -> Cut | None:
    """The goal text with its whole sentences of context cut out (with the comma or
    semicolon that spliced one on), or None when there is none to cut."""
    text = goal.text
    cuts: list[tuple[int, int]] = []
    for span in goal.syntax.context:
        if span.kind != "situation":
            continue  # the wish needs the clause's subject, or the referent its pointer
        after = text[span.end :].lstrip()
        spliced = after[:1] == ","  # 'De planning loopt altijd uit, ik wil ...'
        if not (span.text.rstrip()[-1:] in _ENDS or not after or spliced):
            continue
        start, end = span.start, span.end
        before = text[:start].rstrip()
        if before and before[-1] in ",;":
            start = len(before) - 1  # '..., they keep slipping.'
            if span.text.rstrip()[-1:] in _ENDS and after:
                # 'X, die staan nu scheef. Concreet ...' -> 'X. Concreet ...': the stop stays
                cuts.append((start, start + len(text[start:end].rstrip()) - 1))
                continue
        elif spliced:
            end = text.index(",", end) + 1  # the comma goes with the clause it spliced on
        while end < len(text) and text[end].isspace():
            end += 1
        cuts.append((start, end))
    if not cuts:
        return None
    kept: list[tuple[int, int, int]] = []
    pieces: list[str] = []
    at = length = 0
    for start, end in cuts:
        if start > at:
            kept.append((length, at, start - at))
            pieces.append(text[at:start])
            length += start - at
        at = end
    if at < len(text) and pictured_tail(text[at:]):  # the emoji after a cut clause go too
        kept.append((length, at, len(text) - at))
        pieces.append(text[at:])
    cut = "".join(pieces).strip()
    if not cut or cut == text:
        return None
    lead = len("".join(pieces)) - len("".join(pieces).lstrip())
    if lead:  # the cut text starts at its first word
        kept = [(max(0, s - lead), w + max(0, lead - s), n) for s, w, n in kept]
    return Cut(text=cut, kept=tuple(kept), written=text)
