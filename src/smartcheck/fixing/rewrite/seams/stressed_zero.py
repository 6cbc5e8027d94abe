"""A zero target stressed as forever, kept inside the rewrite's frame: '..., in order to
have no more mould in the mealworm trays ever.'

'No more X, ever', 'geen klachten meer, ooit': the writer's zero (the pack's
``zero_targets``) with a word that only stresses it (``absolute_stresses``: 'ever',
'whatsoever', 'ooit'). The judge may let it pass as realistic, but a rewrite that frames it
(a deadline, a measure, a purpose) commits the writer to never again, which no plan can
show; a rewrite bounds it ('at most [number] ...') or shows the honest fallback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.surface import PLACEHOLDER

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: How many words a gapped zero target skips ('no & anymore': 'no late deliveries anymore').
_GAP = 4


def stressed_zero_kept(candidate: str, doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A zero target followed, in its sentence, by a stress of the absolute, in a candidate
    that frames the goal (holds a placeholder)."""
    if not PLACEHOLDER.search(candidate) or not style.absolute_stresses:
        return []
    stresses = [s.lower().split() for s in style.absolute_stresses]
    seams = []
    for sentence in doc.sents:
        words = [t.lower_ for t in sentence]
        for target in style.zero_targets:
            end = _match(words, target.lower().split())
            if end is None:
                continue
            stress = next((s for s in stresses if _at_any(words[end:], s)), None)
            if stress is not None:
                detail = f"the zero {target!r} stressed by {' '.join(stress)!r}, framed"
                seams.append(Seam("contradiction", detail, (target, " ".join(stress))))
                break
    return seams


def _match(words: list[str], target: list[str]) -> int | None:
    """The index after the first match of ``target`` ('&' skips up to four words)."""
    for start in range(len(words)):
        end = _match_at(words, target, start)
        if end is not None:
            return end
    return None


def _match_at(words: list[str], target: list[str], at: int) -> int | None:
    if not target:
        return at
    head, rest = target[0], target[1:]
    if head == "&":
        for skip in range(_GAP + 1):
            end = _match_at(words, rest, at + skip)
            if end is not None:
                return end
        return None
    if at < len(words) and words[at] == head:
        return _match_at(words, rest, at + 1)
    return None


def _at_any(words: list[str], phrase: list[str]) -> bool:
    return any(words[i : i + len(phrase)] == phrase for i in range(len(words)))
