"""R - Realistisch / Realistic: is it achievable, with the means named?"""

from __future__ import annotations

from collections.abc import Iterator

from smartcheck.context import RuleContext
from smartcheck.criteria import Criterion
from smartcheck.goal import Goal
from smartcheck.report import Evidence, Finding
from smartcheck.rules.base import Rule
from smartcheck.signals import inside, quoted_spans


class AbsoluteClaim(Rule):
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

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        quoted = quoted_spans(goal.text)  # a title ('Altijd is Kortjakje ziek') is no claim
        matches = [m for m in ctx.find(goal, "absolutes") if not inside(quoted, m.start, m.end)]
        if matches:
            first = max(matches, key=lambda m: m.end - m.start)
            yield self.finding(
                goal,
                ctx,
                first.start,
                first.end,
                confidence=0.75,
                phrase=goal.text[first.start : first.end],
            )
        for support in goal.support[:2]:
            yield self.evidence(goal, "support", support.start, support.end, 0.4)


class Superlative(Rule):
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

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        matches = ctx.find(goal, "superlatives")
        if matches:
            first = matches[0]
            yield self.finding(
                goal,
                ctx,
                first.start,
                first.end,
                confidence=0.7,
                phrase=goal.text[first.start : first.end],
            )


RULES: tuple[type[Rule], ...] = (AbsoluteClaim, Superlative)
