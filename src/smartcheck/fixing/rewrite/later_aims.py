"""A later aim the writer hedges after a firm step: what the step finds out.

"Shadow the tour manager for a few weeks to see how the logistics work, I might want to
move to that side later", "Een maand meedraaien met de werkvoorbereiding, misschien wil ik
later die kant op": the step is firm; the clause after the comma is no second goal and no
part of the commitment, but a wish the writer is not sure of yet (JUDGING A: hedged). Kept
inside the committed sentence it kept the hedge ("I will ..., I might want to ..."), and
fails A. The step explores it: the clause is told as what the step finds out (the pack's
``rewrite.hedged_aim``: "to find out whether I want to ...", "om te ontdekken of ik ...
wil"), the hedge and the comma's join go, the wish stays in the writer's words; a clause
after it ("when my body says stop") stays with it. The openers are the pack's
``rewrite.hedged_aim_openers`` ("I might want to", "misschien wil ik"), after a comma in the
step's own sentence, with a verb before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.words import (
    Word,
    join,
    looks_infinitive_nl,
    opening_length,
    words_of,
)

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

_VERBS = frozenset({"VERB", "AUX"})


def later_aim(goal: Goal, style: RewriteStyle) -> str | None:
    """``goal``'s text with a hedged later aim after a firm step told as what the step
    finds out (see the module); None when it has none."""
    if not style.hedged_aim or not style.hedged_aim_openers:
        return None
    words = words_of(goal)
    for n, w in enumerate(words):
        if w.text != ",":
            continue
        before = [v for v in words[:n] if v.is_word]
        if not any(v.pos in _VERBS for v in before) or any(
            v.text in SENTENCE_MARKS for v in words[:n]
        ):
            continue  # no step before it in its sentence
        size = _opener(words[n + 1 :], style)
        if not size:
            continue
        end = next(
            (k for k in range(n + 1 + size, len(words)) if words[k].text in SENTENCE_MARKS),
            len(words),
        )
        rest = words[n + 1 + size : end]
        if not any(v.is_word for v in rest) or any(v.lower in style.subjects for v in rest[:1]):
            return None
        clause = _clause(rest, style)
        if clause is None:
            return None
        text = goal.text
        stop = words[end].end if end < len(words) else len(text)
        return f"{text[: w.start]}, {style.hedged_aim.format(clause=clause)}.{text[stop:]}"
    return None


def _opener(words: list[Word], style: RewriteStyle) -> int:
    """How many words of a hedged wish's opener (the pack's ``hedged_aim_openers``) open
    ``words``; 0 when none does."""
    return opening_length([w.lower for w in words], style.hedged_aim_openers)


def _clause(rest: list[Word], style: RewriteStyle) -> str | None:
    """The wish's words for the frame: English as written ('move to that side later when
    ...'); Dutch with the wish's modal at the end of its own clause, before a clause that
    opens after it ('later die kant op *wil*, als ...') and after its infinitive's objects."""
    if style.word_order != "v2":
        return join(rest, lead=False)
    if not style.hedged_aim_modal:
        return None
    stop = next(
        (k for k, v in enumerate(rest) if k and (v.pos == "SCONJ" or v.text == ",")), len(rest)
    )
    main, after = rest[:stop], rest[stop:]
    verbs = 0
    while verbs < len(main) and looks_infinitive_nl(main[len(main) - 1 - verbs]):
        verbs += 1
    if any(v.pos in _VERBS and v.finite for v in main[: len(main) - verbs]):
        return None  # a finite verb of its own: no clause the modal can close
    head = [v.text for v in main[: len(main) - verbs]]
    tail = [v.text for v in main[len(main) - verbs :]]
    told = " ".join([*head, style.hedged_aim_modal, *tail])
    if after:
        told = f"{told}{'' if after[0].text == ',' else ','} {join(after, lead=False).lstrip(', ')}"
    return told
