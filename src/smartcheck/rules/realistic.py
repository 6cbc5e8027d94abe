"""R - Realistisch / Realistic: is it achievable, with the means named?"""

from __future__ import annotations

from collections.abc import Iterator

from smartcheck.criteria import Criterion
from smartcheck.judging.context import RuleContext
from smartcheck.judging.features.deadlines import governing
from smartcheck.judging.features.frequency import sessions_per_week
from smartcheck.judging.features.signals import clause_heads
from smartcheck.judging.rule import Rule
from smartcheck.judging.strategies import PhraseRule
from smartcheck.reading.goal import Goal
from smartcheck.reporting.report import Evidence, Finding


class AbsoluteClaim(PhraseRule):
    """Flags absolute standards: never, always, flawless, 100%.

    What it does: finds words from the pack's ``absolutes`` list ("nooit meer", "altijd",
    "100% foutloos", "never", "always", "perfect").

    Why: people and work vary; a goal that allows no single miss is failed by the first
    one, after which it stops steering behaviour.

    Example: ``Ik maak nooit meer fouten in de facturen.``

    Use instead: ``Ik maak hooguit 2 fouten per maand in de facturen (nu 8).``
    """

    code = "R001"
    name = "realistic.absolute_claim"
    criterion = Criterion.R
    summary = "Absolute or perfection demand (nooit, altijd, 100%)"
    severity = "warning"

    key = "absolutes"
    confidence = 0.75
    skip_quoted = True
    prefer = "longest"

    def also(self, goal: Goal, ctx: RuleContext) -> Iterator[Evidence]:
        for support in goal.support[:2]:
            yield self.evidence(goal, "support", support.start, support.end, 0.4)
        for field in goal.context:
            if field.name == "support" and field.text.strip():
                yield self.context_evidence(field, "support", 0, len(field.text), 0.4)


class Superlative(PhraseRule):
    """Flags superlatives that measure the goal against everyone else.

    What it does: finds phrases from the pack's ``superlatives`` list ("de beste",
    "nummer 1", "the best", "world-class").

    Why: being the best depends on others' performance, which the employee does not
    control, so the goal cannot be planned.

    Example: ``Ik word de beste verkoper van Nederland.``

    Use instead: ``Ik verhoog mijn omzet van 80 naar 100 duizend euro per kwartaal.``
    """

    code = "R002"
    name = "realistic.superlative"
    criterion = Criterion.R
    summary = "Superlative (de beste, the best)"
    severity = "warning"

    key = "superlatives"
    confidence = 0.7


class MagnitudeVersusTime(Rule):
    """Flags a big result in a short time: a doubling in a month, a degree next week.

    What it does: compares what the goal asks with the time until its deadline: a change of
    100% or more within half a year (50% within a month); a long achievement from the pack's
    ``long_achievements`` list (diploma, fluency, a marathon) within a month; or five or more
    sessions a week next to competing commitments (``competing_commitments``: "naast mijn
    volle baan", "besides my full-time job").

    Why: an over-ambitious goal is dropped at the first setback; POP goals are meant to
    stretch, not to be impossible.

    Example: ``Binnen twee weken spreek ik vloeiend Spaans.``

    Use instead: ``Vóór 1 juli 2027 haal ik het A2-examen Spaans.``
    """

    code = "R003"
    name = "realistic.magnitude_vs_time"
    criterion = Criterion.R
    summary = "Big result in a short time frame"
    severity = "warning"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        days = _days_left(goal)
        if days is not None:
            for measure in goal.measures:
                value = measure.value or 0.0
                if measure.kind == "percentage" and (
                    (value >= 100 and days <= 183) or (value >= 50 and days <= 31)
                ):
                    yield self.finding(
                        goal,
                        ctx,
                        measure.start,
                        measure.end,
                        confidence=0.7,
                        phrase=measure.text,
                        days=days,
                    )
                    return
            if days <= 31:
                for match in ctx.find(goal, "long_achievements")[:1]:
                    yield self.finding(
                        goal,
                        ctx,
                        match.start,
                        match.end,
                        confidence=0.7,
                        phrase=goal.text[match.start : match.end],
                        days=days,
                    )
                    return
        commitments = ctx.find(goal, "competing_commitments")
        per_week = sessions_per_week(goal, ctx)
        if commitments and per_week is not None and per_week >= 5:
            first = commitments[0]
            yield self.finding(
                goal,
                ctx,
                first.start,
                first.end,
                confidence=0.7,
                phrase=goal.text[first.start : first.end],
                days=days or 0,
            )


class TooManyGoals(Rule):
    """Flags three or more goals packed into one.

    What it does: counts the main verb and the verbs coordinated with it (dependency parse);
    three or more is flagged. Without a parse the rule stays silent.

    Why: a POP with too many parallel goals spreads the time and attention that each of them
    needs; two or three goals a year is what people manage next to their work.

    Example: ``Ik wil mijn Engels verbeteren, een cursus Excel volgen en elke week sporten.``

    Use instead: choose the goal that matters most this year and make it SMART.
    """

    code = "R004"
    name = "realistic.too_many_goals"
    criterion = Criterion.R
    summary = "Three or more goals at once"
    severity = "warning"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        heads = clause_heads(goal, ctx)
        if len(heads) >= 3:
            third = heads[2]
            yield self.finding(
                goal, ctx, third.idx, third.idx + len(third.text), confidence=0.65, count=len(heads)
            )


def _days_left(goal: Goal) -> int | None:
    """Days from the reference date to a future deadline (a passed one is T003's business)."""
    deadline, _ = governing(goal)
    if deadline is None or deadline.due is None or deadline.due < goal.reference_date:
        return None
    return (deadline.due - goal.reference_date).days


RULES: tuple[type[Rule], ...] = (
    AbsoluteClaim,
    Superlative,
    MagnitudeVersusTime,
    TooManyGoals,
)
