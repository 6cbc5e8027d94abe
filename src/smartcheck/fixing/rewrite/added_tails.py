"""A thing added short after the goal, often hedged: 'And maybe magnetic particle too.'

"Get my level 2 in ultrasonic testing. And maybe magnetic particle too.", "Mijn VCA-diploma
halen. En misschien ook BHV.", "Learn to weld steel. Perhaps aluminium as well.": after the
goal the writer adds, in a short sentence without a verb of its own, a second thing the same
act is for, marked as an addition (the pack's ``rewrite.added_tail_markers``: too, also, as
well, ook). The text was read whole (the frame glued the addition inside the goal, or only
the structured fallback came) or the addition read as the goal's means ('with the help of
magnetic particle too'). Which words of the goal the addition stands in for is not told, so
no coach would rebuild the second goal; the goal is rewritten on its own and the addition
stays after it as the writer put it, elliptic as written. Its hedge ('maybe', 'misschien';
``rewrite.followup_hedges``) goes: kept, it would hedge the commitment (A) it follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words of the addition: a thing named short, no goal of its own.
MAX_TAIL_WORDS = 6
#: Fewest words of the goal before it.
_GOAL_WORDS = 3


def added_tail(
    goal: Goal, style: RewriteStyle, conditions: frozenset[str] = frozenset()
) -> tuple[str, str] | None:
    """The goal text before the addition and the addition without its hedge (see the
    module); None when the last sentence adds nothing short and verbless. A condition the
    writer hangs on the addition (one of ``conditions`` opening a clause after it: '... if
    there is budget', '... als er budget is') is kept with it as written; its verb is the
    condition's, no second goal."""
    if not style.added_tail_markers or goal.doc is None:
        return None
    text = goal.text.strip()
    told = sentences(text, style.abbreviations)
    if len(told) < 2:
        told = _hedged_comma_piece(text, style)  # 'learn X, maybe Y too'
    if len(told) < 2 or told[-1].endswith("?") or len(told[0].split()) < _GOAL_WORDS:
        return None
    last = told[-1]
    at = goal.text.rfind(last)
    words = [t for t in goal.doc if at <= t.idx < at + len(last) and not t.is_punct]
    cut = next((n for n, t in enumerate(words) if n > 1 and t.lower_ in conditions), None)
    condition = words[cut:] if cut is not None else []
    words = words[:cut] if cut is not None else words
    if not 0 < len(words) <= MAX_TAIL_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None  # a clause of its own: another reading
    lowered = " ".join(t.lower_ for t in words)
    if not any(f" {m} " in f" {lowered} " for m in style.added_tail_markers):
        return None
    hedges = {h for h in style.followup_hedges if " " not in h}
    tokens = [t for t in goal.doc if at <= t.idx < at + len(last)]
    dropped = {t.i for t in tokens if t.lower_.rstrip(".") in hedges}
    dropped |= {t.i for t in tokens if t.text == "." and t.i - 1 in dropped}  # 'evt.'
    if condition:  # '... if there is budget': the condition as written
        first = condition[0]
        tokens = [t for t in tokens if t.i < first.i]
        said = "".join(t.text_with_ws for t in tokens if t.i not in dropped).strip().rstrip(",")
        rest = goal.text[first.idx : at + len(last)].strip().rstrip(".!")
        tail = f"{said} {rest}." if said else ""
    else:
        tail = "".join(t.text_with_ws for t in tokens if t.i not in dropped).strip()
    if not tail or tail.strip(".!") == "":
        return None
    return goal.text[:at].strip().rstrip(",;"), capitalise(tail)


def _hedged_comma_piece(text: str, style: RewriteStyle) -> list[str]:
    """A one-sentence goal whose last comma opens a hedged addition ('learn dynamo
    scripting, maybe python too', 'Mijn VCA halen, misschien ook BHV'): the goal before the
    comma and the addition, as two sentences would be; the whole text otherwise. Without
    the hedge the piece may narrow the goal ('Excel, ook draaitabellen'), so it is kept."""
    goal, comma, piece = text.rpartition(",")
    first = piece.split()[:1]
    if not comma or not first or first[0].lower().rstrip(".") not in style.followup_hedges:
        return [text]
    return [goal.strip(), piece.strip()]


def marked_added(lowered: list[str], style: RewriteStyle, opening: bool = False) -> bool:
    """Do ``lowered`` words end (or, with ``opening``, also open) in a word that adds them
    to the goal ('help with X *too*', '*ook* helpen bij X'; the pack's
    ``added_tail_markers``)? Then they tell a second thing to do, never the goal's means."""
    for marker in style.added_tail_markers:
        said = marker.lower().split()
        if len(said) >= len(lowered):
            continue
        if lowered[-len(said) :] == said or (opening and lowered[: len(said)] == said):
            return True
    return False
