"""Dutch: a target told as a direction with its number, committed without a verb.

'Vóór [datum] ga ik hergebruik van standonderdelen omhoog naar 70% en de afvalcontainer
halveren': the writer's note 'X omhoog naar 70%' names a count, the way it should go and
its target (the pack's ``rewrite.count_directions`` and ``count_targets``), but no verb; put
after 'ga ik' beside a second act, the first conjunct has none of its own, and 'gaan' reads
as going somewhere. The count frame gives such a target its verb ('naar 70% omhoog
brengen', counts.py); a candidate that commits it bare is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.infinitive_slot import committed_starts
from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Marks that end the committed clause.
_ENDS = frozenset({",", ";", ":", ".", "!", "?", "("})


def direction_without_verb(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A conjunct of a committed clause with a count, a direction and its target number,
    and no verb ('ga ik X omhoog naar 70% en ...'). Verb-second languages only."""
    if style.word_order != "v2" or not style.count_targets:
        return []
    directions = [d.lower().split() for d in style.count_directions]
    targets = {t.lower() for t in style.count_targets}
    seams = []
    for start in committed_starts(doc, style):
        for conjunct in _conjuncts(doc, start):
            at = _direction_at(conjunct, directions, targets)
            if at is None or any(t.pos_ in ("VERB", "AUX") for t in conjunct):
                continue
            if not any(t.pos_ in ("NOUN", "PROPN") for t in conjunct[:at]):
                continue  # no count before the direction
            word = conjunct[at].lower_
            seams.append(Seam("lost_verb", f"the direction {word!r} with no verb", (word,)))
    return seams


def _conjuncts(doc: Doc, start: int) -> list[list[Token]]:
    """The committed clause from ``start`` in its conjuncts (cut before 'en', 'of')."""
    out: list[list[Token]] = [[]]
    for t in doc[start:]:
        if t.text in _ENDS or t.pos_ == "SCONJ":
            break
        if t.pos_ == "CCONJ":
            out.append([])
            continue
        out[-1].append(t)
    return [c for c in out if c]


def _direction_at(
    conjunct: list[Token], directions: list[list[str]], targets: set[str]
) -> int | None:
    """Where a direction stands with its target after it ('omhoog naar 70%')."""
    lowers = [t.lower_ for t in conjunct]
    for n in range(1, len(conjunct)):
        for words in directions:
            end = n + len(words)
            if lowers[n:end] != words or end + 1 >= len(conjunct):
                continue
            if lowers[end] in targets and conjunct[end + 1].text[:1].isdigit():
                return n
    return None
