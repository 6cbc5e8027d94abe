"""A - Acceptabel / Acceptable: does the employee own the goal, agreed with the manager?"""

from __future__ import annotations

from collections.abc import Iterator

from smartcheck.context import RuleContext
from smartcheck.criteria import Criterion
from smartcheck.goal import Goal
from smartcheck.report import Evidence, Finding
from smartcheck.rules.base import Rule


class Hedging(Rule):
    """Flags hedges that turn a commitment into an intention.

    What it does: finds words from the pack's ``hedges`` list ("proberen", "misschien",
    "zou willen", "I'll try", "hopefully", "if possible").

    Why: a POP records agreements. "I will try" can never be missed, so it commits to
    nothing, and it signals that the employee does not yet stand behind the goal.

    Example: ``Ik ga proberen om vaker op tijd te komen.``

    Use instead: ``Ik ben vanaf 1 januari elke werkdag om 8.30 uur aanwezig.``
    """

    code = "A001"
    name = "acceptable.hedging"
    criterion = Criterion.A
    summary = "Hedging or non-commitment (proberen, I'll try)"
    severity = "warning"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        matches = ctx.find(goal, "hedges")
        if matches:
            first = matches[0]
            yield self.finding(
                goal,
                ctx,
                first.start,
                first.end,
                confidence=0.85,
                phrase=goal.text[first.start : first.end],
            )
        for agreed in ctx.find(goal, "agreement")[:1]:
            yield self.evidence(goal, "agreement", agreed.start, agreed.end, 0.6)


class MissingOwnership(Rule):
    """Flags goals whose actor is someone else: "er moet", "de medewerker dient", passive.

    What it does: uses the goal's actor (the subject of the main verb); when it is not the
    writer (ik/wij, I/we) or the goal is passive or imposed ("dient te"), the goal is flagged.
    Goals written without a subject ("Excel leren") are not flagged.

    Why: development goals are the employee's own commitment; a goal about what others or
    "the team" should do cannot be owned.

    Example: ``Er moet meer aandacht komen voor veiligheid.``

    Use instead: ``Ik bespreek in elk teamoverleg één veiligheidsincident.``
    """

    code = "A002"
    name = "acceptable.missing_ownership"
    criterion = Criterion.A
    summary = "No first-person ownership (passive, third person)"
    severity = "warning"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        actor = goal.actor
        imposed = ctx.find(goal, "obligation_from_outside")
        if actor is not None and actor.first_person and not imposed:
            yield self.evidence(goal, "first_person", actor.start, actor.end, 0.3)
            return
        if imposed:
            yield self.finding(goal, ctx, imposed[0].start, imposed[0].end, confidence=0.8)
        elif actor is not None and not actor.first_person:
            yield self.finding(goal, ctx, actor.start, actor.end, confidence=0.7)
        elif goal.passive:
            yield self.finding(goal, ctx, 0, 0, confidence=0.5)


RULES: tuple[type[Rule], ...] = (Hedging, MissingOwnership)
