"""The writer's own part of an impersonal or imposed goal: "Ik zorg ervoor dat ...".

"De medewerkers volgen een training" or "Er moet een plan komen" is not the writer's goal
until the writer takes the part they control. The clause stays as it was written (the
others still act in it); the frame puts the writer in front as the one who sees to it. Dutch
makes the clause subordinate, so its finite verb moves to the end of the clause ("dat de
medewerkers een training volgen").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.frame import analyse
from smartcheck.fixing.rewrite.plan import failed, finish_plan, make_plan
from smartcheck.fixing.rewrite.words import (
    Word,
    capitalise,
    join,
    looks_infinitive_nl,
    tidy,
    words_of,
)

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reporting.report import GoalReport

_OWNERSHIP = frozenset({"A002"})


def own_part(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The goal as the writer's own part, or None when it is already the writer's."""
    frame = style.frames.own_part
    if frame is None or Criterion.A not in failed(report):
        return None
    if not any(f.code in _OWNERSHIP for f in report.criteria[Criterion.A].findings):
        return None
    words = words_of(report.goal)
    plan = make_plan(report, ctx, style, words)
    clause = analyse(plan, style, report.goal)
    if clause.shape not in ("third", "fragment") or clause.subject is not None:
        return None
    kept = [words[i].with_text(plan.text(i)) for i in clause.core if plan.kept(i)]
    while kept and not kept[-1].is_word:
        kept.pop()
    if len(kept) < 2:
        return None
    if style.word_order == "v2":
        ordered = _verb_last(kept, style)
        if ordered is None:
            return None
        kept = ordered
    first = kept[0]
    if first.text[1:].islower() and first.pos != "PROPN":
        kept[0] = first.with_text(first.text[:1].lower() + first.text[1:])
    body = join(kept)
    tail = join([words[i].with_text(plan.text(i)) for i in clause.tail if plan.kept(i)], False)
    ph = style.placeholders
    time = style.frames.deadline.format(date=ph.date) if plan.time else ""
    sentence = frame.format(clause=body)
    if time and style.word_order == "v2":
        verb, rest = sentence.split(" ", 1)
        subject = style.default_subject.lower()
        sentence = f"{time} {verb} {subject} {rest}"
    elif time:
        sentence = f"{time}, {style.default_subject} {sentence}"
    elif style.word_order == "v2":
        verb, rest = sentence.split(" ", 1)
        sentence = f"{style.default_subject} {verb} {rest}"
    else:
        sentence = f"{style.default_subject} {sentence}"
    finish_plan(report, ctx, style, plan, clause.core)
    extras = style.frames.measure.format(measure=ph.measure) if plan.measure else ""
    text = tidy(
        capitalise(sentence) + extras + (" " + tail if tail and tail[0] not in ",;" else tail)
    )
    text = text.rstrip(" ,;.!") + "."
    return text


def _verb_last(words: list[Word], style: RewriteStyle) -> list[Word] | None:
    """Dutch subordinate order: the finite verb of the clause moves before its first comma
    (or to its end), after any participle or infinitive already there."""
    finite = next(
        (
            n
            for n, w in enumerate(words)
            if n > 0 and (w.finite or w.lower in style.finite_words or w.lower in style.modals)
        ),
        None,
    )
    if finite is None:
        return None
    verb = words[finite]
    rest = words[:finite] + words[finite + 1 :]
    end = next((n for n, w in enumerate(rest) if n >= finite and w.text == ","), len(rest))
    if end > finite and looks_infinitive_nl(rest[end - 1]) and not rest[end - 1].finite:
        end -= 1  # 'dat er een rooster moet komen': the finite verb before the infinitive
    return [*rest[:end], verb, *rest[end:]]
