"""S - Specifiek / Specific: is it clear what exactly will be done or achieved?"""

from __future__ import annotations

from collections.abc import Iterator

from smartcheck.context import RuleContext
from smartcheck.criteria import Criterion
from smartcheck.goal import Goal
from smartcheck.report import Evidence, Finding
from smartcheck.rules.base import Rule

NUMERIC_MEASURES = frozenset({"number", "percentage", "quantity", "count"})


def has_numeric_target(goal: Goal) -> bool:
    """A number-based measure ("van 40 naar 60 woorden") makes a vague verb concrete."""
    return any(m.kind in NUMERIC_MEASURES for m in goal.measures)


class VagueOutcome(Rule):
    """Flags outcome words that describe a direction, not a result.

    What it does: finds phrases from the pack's ``vague_outcome`` list ("beter worden",
    "verbeteren", "ontwikkelen", "improve", "work on", "get better at").

    Why: "better" has no end point; the employee and the manager cannot agree on what
    will be different, so they cannot agree later whether it happened.

    Example: ``Ik wil beter worden in Excel.``

    Use instead: ``Ik maak zelfstandig draaitabellen in Excel voor de maandrapportage.``
    """

    code = "S001"
    name = "specific.vague_outcome"
    criterion = Criterion.S
    summary = "Vague outcome verb or phrase (improve, beter worden)"
    severity = "warning"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        matches = ctx.find(goal, "vague_outcome")
        if not matches:
            return
        first = matches[0]
        confidence = 0.45 if has_numeric_target(goal) else 0.85
        yield self.finding(
            goal,
            ctx,
            first.start,
            first.end,
            confidence=confidence,
            phrase=goal.text[first.start : first.end],
        )


class AbstractCompetence(Rule):
    """Flags a broad competence named without the behaviour that shows it.

    What it does: finds words from the pack's ``abstract_competence`` list ("communicatie",
    "leiderschap", "time management") in a goal that names no deliverable or number.

    Why: competences are containers; two people read different behaviour into
    "communicatie verbeteren". A goal names the situation and the behaviour.

    Example: ``Ik wil werken aan mijn communicatie.``

    Use instead: ``In het weekoverleg geef ik elke week een update van twee minuten.``
    """

    code = "S002"
    name = "specific.abstract_competence"
    criterion = Criterion.S
    summary = "Abstract competence without concrete behaviour"
    severity = "warning"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        matches = ctx.find(goal, "abstract_competence")
        if not matches or goal.measures:
            return
        first = matches[0]
        yield self.finding(
            goal,
            ctx,
            first.start,
            first.end,
            confidence=0.6,
            phrase=goal.text[first.start : first.end],
        )


RULES: tuple[type[Rule], ...] = (VagueOutcome, AbstractCompetence)
