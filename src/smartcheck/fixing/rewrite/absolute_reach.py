"""An absolute in the writer's purpose the bounded-target repair (plan.py ``_realistic``) did
not reach before, so that the rewrite failed R001 again:

- the writer's own purpose ("..., so I can do the cash *without mistakes*", "..., zodat ik
  *nooit meer* een termijn mis"): the rewrite leaves a purpose alone (it says why, no
  standard, see judging/features/absolutes.py ``own_purposes``), but when R001 flags the
  absolute there the purpose *is* a standard the goal sets, and it gets the same bound in
  its place ("with at most [number] mistakes", "hooguit [aantal] keer").

(The purpose frame, which makes a verbless or vague goal the purpose of a behaviour, keeps
the bound the plan put in an opening absolute's place: template.py ``_purpose_variant``.)

Only a bound that stands in the absolute's place is used here: one that splits around the
clause ("not … more than [number] times") needs the clause end, which a purpose does not
give.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.judging.features.absolutes import own_purposes
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.edit_plan import Plan
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.lexicon import LexiconMatch
    from smartcheck.reporting.report import GoalReport

#: The rule whose findings say an absolute is a demand of the goal.
_ABSOLUTE_RULE = "R001"


def purpose_absolutes(report: GoalReport, ctx: RuleContext) -> list[LexiconMatch]:
    """The pack's ``absolutes`` R001 flags inside the writer's own purpose clause: a
    standard the purpose sets, bounded like one in the goal's own clause."""
    flagged = {
        (f.start, f.end)
        for f in report.criteria[Criterion.R].findings
        if f.code == _ABSOLUTE_RULE and f.source is None
    }
    if not flagged:
        return []
    spans = [s for s in own_purposes(report.goal, ctx) if not _relief(report, ctx, s)]
    return [
        m
        for m in ctx.find(report.goal, "absolutes")
        if (m.start, m.end) in flagged and any(s <= m.start and m.end <= e for s, e in spans)
    ]


def _relief(report: GoalReport, ctx: RuleContext, span: tuple[int, int]) -> bool:
    """Whether the purpose tells a need the writer is rid of ('zodat ik nooit op X *hoef* te
    wachten', 'so that I never *have to* wait'): an obligation modal (the pack's
    ``obligation_modals``, any form of a one-word one) in it. The relief is why, no standard:
    it stays as written."""
    start, end = span
    if any(start <= m.start < end for m in ctx.find(report.goal, "obligation_modals")):
        return True
    modals = {w.lower() for w in ctx.pack.words("obligation_modals") if " " not in w}
    doc = report.goal.doc
    return doc is not None and any(start <= t.idx < end and t.lemma_.lower() in modals for t in doc)


def in_place(phrase: str, style: RewriteStyle) -> bool:
    """Whether the pack bounds ``phrase`` in its own place (no bound split around the
    clause: "not … more than [number] times")."""
    frame = style.replacements.get(phrase)
    return bool(frame) and phrase not in style.trailing_replacements and "…" not in str(frame)


def drop_repeated_unit(plan: Plan, end: int, bound: str, style: RewriteStyle) -> None:
    """Drop the writer's unit after an absolute when its bound already says it ('geen
    enkele *keer* meer een overdracht' -> 'hoogstens [aantal] keer een overdracht', not
    '... keer een keer een ...'), and then the article the bound ends with, when the writer's
    own article follows."""
    said = {w.lower() for w in bound.split()}
    after = [i for i, w in enumerate(plan.words) if w.start >= end and plan.kept(i)]
    after = [i for i in after if i not in plan.replace]
    if not after or plan.words[after[0]].lower not in said - style.articles:
        return
    plan.drop.add(after[0])
    rest = [i for i in after[1:] if plan.kept(i)]
    last = bound.split()[-1].lower() if bound.split() else ""
    if rest and last in style.articles and plan.words[rest[0]].lower in style.articles:
        plan.drop.add(rest[0])


def bounds_absolute(report: GoalReport) -> bool:
    """Whether R001 flags an absolute in the goal: the rewrite puts a bound in its place."""
    return any(f.code == _ABSOLUTE_RULE for f in report.criteria[Criterion.R].findings)


def plural_of(
    noun: str, lang: str, irregular: dict[str, str], suffixes: tuple[str, ...]
) -> str | None:
    """The plural of ``noun``: the pack's ``irregular`` one ('child' -> 'children'), else the
    first of the grammar's regular ``suffixes`` ('s', 'es', 'y>ies') that gives a form the
    dictionary knows as a form of ``noun`` ('complaints', 'boxes', 'deliveries'); None
    otherwise (a word that already ends like a plural, a form the dictionary does not know)."""
    low = noun.lower()
    if low in irregular:
        return irregular[low]
    if not low.isalpha() or any(low.endswith(s.split(">")[-1]) for s in suffixes):
        return None
    for suffix in suffixes:
        ending, _, written = suffix.rpartition(">")
        if ending and not low.endswith(ending):
            continue
        form = (noun[: len(noun) - len(ending)] if ending else noun) + written
        if known_word(form.lower(), lang) and lemma_of(form.lower(), lang) == low:
            return form
    return None
    if low.endswith(("x", "z", "ch", "sh")):
        form = noun + "es"
    elif low.endswith("y") and low[-2:-1] not in ("a", "e", "i", "o", "u"):
        form = noun[:-1] + "ies"
    else:
        form = noun + "s"
    if known_word(form.lower(), lang) and lemma_of(form.lower(), lang) == low:
        return form
    return None
