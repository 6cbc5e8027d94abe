"""Which words of a goal are its hedge, as the rewrite replaces them.

A hedge is a lexicon match ("misschien", "if I can", "als het lukt"). A conditional hedge
after the main clause reaches to the end of its own clause: in "... by June if I can find
the time" the condition is "if I can find the time", and dropping only "if I can" would
leave "find the time" behind. A condition that opens the goal reaches to its comma; with
no comma it is left as matched, because nothing tells where its clause ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from smartcheck.judging.features.doubts import doubt_opens

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reading.lexicon import LexiconMatch

_CLAUSE_END = re.compile(r"[,.;:!?()]")


def outermost(matches: Sequence[LexiconMatch]) -> list[LexiconMatch]:
    """The matches no longer match holds: in 'see if I can run ...' the hedge is the whole
    'see if I can', and the condition 'if I can' inside it is no clause of its own."""
    return [
        m
        for m in matches
        if not any(
            o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
            for o in matches
        )
    ]


def hedge_spans(goal: Goal, ctx: RuleContext) -> list[tuple[int, int]]:
    """The (start, end) of every hedge in ``goal``, a conditional one to its clause's end,
    and the modal a hedge that asks whether the writer can brought along (see
    :func:`asked_modals`)."""
    return [(start, end) for start, _, end in _reaches(goal, ctx)] + asked_modals(goal, ctx)


def asked_modals(goal: Goal, ctx: RuleContext) -> list[tuple[int, int]]:
    """'Ik ga kijken of ik de cursus kan afronden': a hedge followed by the writer as a
    subject opens a clause that asks whether the writer can; its finite modal right before
    the clause's last verb is the hedge's too, and goes with it when the goal is committed."""
    if goal.doc is None:
        return []
    subjects = {w.lower() for w in ctx.pack.words("nominative_pronouns")}
    spans = []
    for match in outermost(ctx.find(goal, "hedges")):
        after = [t for t in goal.doc if t.idx >= match.end]
        if not after or after[0].lower_ not in subjects:
            continue
        clause = []
        for t in after[1:]:
            if t.is_punct:
                break
            clause.append(t)
        if (
            len(clause) >= 2
            and clause[-2].pos_ == "AUX"
            and "Fin" in clause[-2].morph.get("VerbForm", [])
        ):
            modal = clause[-2]
            spans.append((modal.idx, modal.idx + len(modal.text)))
    return spans


def conditional_tails(goal: Goal, ctx: RuleContext) -> list[tuple[int, int]]:
    """The words a conditional hedge's clause adds after the matched hedge itself. Only a
    condition has a tail: 'try to' beside its shorter match 'try' adds no words ('to' is
    the infinitive's, and the fallback keeps it)."""
    return [(matched, end) for _, matched, end in _reaches(goal, ctx) if end > matched]


def doubted_conditions(goal: Goal, ctx: RuleContext) -> list[tuple[int, int]]:
    """The conditional hedges the writer's words of doubt open ('Not sure yet *if there is
    time for it next to my shifts*'; judging/features/doubts.py), to the end of their
    clause: what the writer is unsure of, an indirect question kept as written, no hedge on
    the goal to drop."""
    return [(start, end) for start, _, end in _reaches(goal, ctx) if doubt_opens(goal, ctx, start)]


def _reaches(goal: Goal, ctx: RuleContext) -> list[tuple[int, int, int]]:
    """(start, end of the match, end of its clause) of every hedge match in ``goal``."""
    conditions = {w.lower() for w in ctx.pack.words("condition_markers")}
    text = goal.text
    spans = []
    for match in outermost(ctx.find(goal, "hedges")):
        end = match.end
        words = text[match.start : match.end].split()
        opening = not re.search(r"[^\W_]", text[: match.start])
        stop = _CLAUSE_END.search(text, match.end)
        marked = stop is not None and stop.group() in ",;:"  # the main clause follows it
        if words and words[0].lower() in conditions and (marked or not opening):
            end = stop.start() if stop else len(text.rstrip())
        spans.append((match.start, match.end, max(end, match.end)))
    return spans
