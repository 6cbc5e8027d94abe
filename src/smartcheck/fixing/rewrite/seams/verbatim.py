"""A sentence of context the writer wrote, kept word for word beside the rewrite, is no seam.

A goal with a sentence of context ("Er moet meer structuur komen in ..., nu staat alles door
elkaar in het magazijn.") is rewritten without it and the context follows as its own
sentence, verbatim ("... met als bewijs [hoe gemeten]. Nu staat alles door elkaar in het
magazijn.", rewrite/situation.py). The small tagger may miss that sentence's verb ('staat'
read as the noun), and the check that every sentence has a finite verb would then refuse
the whole rewrite for words the rewriter never touched. Only that check, on a sentence that
is exactly one of the goal's sentences of context, is lifted: the rewritten part is checked
as ever.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.seams.kinds import Seam
    from smartcheck.reading.goal import Goal

#: How the finite-verb check names the sentence it flags.
_LEAD = "no finite verb in "


def outside_context(seams: list[Seam], goal: Goal) -> list[Seam]:
    """``seams`` without a missing finite verb in a sentence that is one of ``goal``'s
    sentences of context as written."""
    spans = goal.syntax.context if goal.syntax is not None else ()
    told = {_plain(s.text) for s in spans}
    if not told:
        return seams
    return [s for s in seams if not (s.kind == "lost_tense" and _flagged(s.detail) in told)]


def _flagged(detail: str) -> str | None:
    """The sentence a missing finite verb was found in, or None."""
    if not detail.startswith(_LEAD):
        return None
    try:
        quoted = ast.literal_eval(detail[len(_LEAD) :])
    except (ValueError, SyntaxError):
        return None
    return _plain(quoted) if isinstance(quoted, str) else None


def _plain(text: str) -> str:
    return text.strip().rstrip(".!?;,").strip().lower()
