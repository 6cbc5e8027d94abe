"""A target out of proportion to its time or to the writer's week becomes a realistic one.

R003 weighs what a goal asks against the days to its deadline ("van 80 naar 400 in 2 weken",
"10 kilo in een maand") and against the week ("naast mijn volle baan vijf avonden per week").
Its finding offers the fix, computed with the rule's own options, so what the rule accepts and
what the rewrite offers cannot drift apart:

- a later deadline, the earliest at which the rule accepts the change: the rewrite takes that
  date in place of the goal's own, so the writer's start and target stay and the goal gets the
  time it needs;
- a smaller count of sessions or hours a week: the rewrite leaves the count to the writer
  ("hoogstens [aantal] avonden per week"); the rule's number is a suggestion in the report.

An absolute ("naar 0", "geen enkele storing meer", "never ... again") is R001's: the pack's
``replacements`` bound it in the plan (plan.py). When the target R003 weighs is such an
absolute ("100% of new starters by 15 March"), the bound takes the target's place and the
writer's own date stays: moving it would change a date the writer set, for a target that is
gone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.edit_plan import Plan
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reporting.report import GoalReport


def bounded_target(report: GoalReport, plan: Plan, style: RewriteStyle) -> str | None:
    """Take the realistic deadline, count or one-off change a failing R finding offers:
    "date", "count", "period" or None. A date in place of a compounding routine's period
    ("elke maand verdubbelen"), or the period dropped before the goal's own deadline, makes
    it a one-off goal: the words that start the routine ("vanaf nu", "from now on") go too."""
    for finding in report.criteria[Criterion.R].findings:
        if report.goal.text[finding.start : finding.end].lower() in style.replacements:
            continue  # the absolute is bounded in its place (plan._realistic)
        for suggestion in finding.suggestions:
            if suggestion.applicability != "unsafe" or len(suggestion.edits) != 1:
                continue
            edit = suggestion.edits[0]
            inside = [i for i, w in enumerate(plan.words) if w.inside(edit.start, edit.end)]
            if not inside or any(i in plan.drop or i in plan.replace for i in inside):
                continue
            if edit.replacement.isdigit():  # a count is the writer's to choose
                count = style.frames.bounded_count.format(number=style.placeholders.number)
                plan.drop_span(edit.start, edit.end, count)
                return "count"
            plan.drop_span(edit.start, edit.end, edit.replacement or None)
            if not edit.replacement:  # the period of a compounding routine goes
                _drop_routine_starts(plan, style)
                return "period"
            if any(
                e.kind == "recurring" and edit.start <= e.start < edit.end
                for e in report.goal.deadlines
            ):
                _drop_routine_starts(plan, style)
            return "date"
    return None


def _drop_routine_starts(plan: Plan, style: RewriteStyle) -> None:
    """Drop the phrases that start a routine ('vanaf nu', 'from now on') from the plan."""
    words = plan.words
    for phrase in style.routine_starts:
        parts = phrase.lower().split()
        for i in range(len(words) - len(parts) + 1):
            span = range(i, i + len(parts))
            if all(words[j].lower == p for j, p in zip(span, parts, strict=True)):
                plan.drop.update(span)
