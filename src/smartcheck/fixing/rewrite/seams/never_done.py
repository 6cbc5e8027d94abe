"""What the writer has never done, dated as the goal: 'Vóór [datum] heb ik nog nooit een
presentatie gegeven ...', 'By [date], I have never given a presentation ...'.

A writer often opens with what they have not done yet ('Ik heb nog nooit ... gegeven en dat
wil ik graag leren'). A frame that puts a deadline before that clause commits the writer to
never having done it. A perfect with a negation between its auxiliary and its participle, in
the clause a deadline was added to, is that problem dated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reading.timex import TimeExpression

#: Marks that end a clause.
_ENDS = frozenset({",", ";", ".", "!", "?"})


def never_done_dated(
    filled: Doc, times: list[TimeExpression], goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """A negated perfect ('heb nog nooit ... gegeven', 'have never given') in the clause an
    added deadline opens or stands in."""
    written = " ".join(goal.text.lower().split())
    added = [e for e in times if " ".join(e.text.lower().split()) not in written]
    if not added or not style.perfect_verbs:
        return []
    negations = {w.lower() for w in ctx.pack.words("negations") if " " not in w}
    for time in added:
        clause = _clause_of(filled, time)
        aux = next(
            (t for t in clause if t.lemma_.lower() in style.perfect_verbs and t.pos_ == "AUX"),
            None,
        )
        if aux is None:
            continue
        denied = next((t for t in clause if t.i > aux.i and t.lower_ in negations), None)
        if denied is None:
            continue
        if any(t.i > denied.i and "Part" in t.morph.get("VerbForm", []) for t in clause):
            return [Seam("lost_tense", f"the never-done {aux.text!r} … {denied.text!r} dated")]
    return []


def _clause_of(doc: Doc, time: TimeExpression) -> list[Token]:
    """The tokens of the clause the time stands in, or that it opens ('By [date], ...')."""
    at = next((t.i for t in doc if t.idx >= time.start), len(doc))
    end = next((t.i for t in doc[at:] if t.text in _ENDS and t.idx >= time.end), len(doc))
    if end < len(doc) and doc[end].text == "," and end + 1 < len(doc):
        end = next((t.i for t in doc[end + 1 :] if t.text in _ENDS), len(doc))
    start = max((t.i + 1 for t in doc[:at] if t.text in _ENDS), default=0)
    return list(doc[start:end])
