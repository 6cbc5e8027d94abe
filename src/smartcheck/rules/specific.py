"""S - Specifiek / Specific: is it clear what exactly will be done or achieved?"""

from __future__ import annotations

from collections.abc import Iterator

from smartcheck.context import RuleContext
from smartcheck.criteria import Criterion
from smartcheck.goal import Goal
from smartcheck.report import Evidence, Finding
from smartcheck.rules.base import Rule
from smartcheck.signals import concreteness, outside_purpose

NUMERIC_MEASURES = frozenset({"number", "percentage", "quantity", "count"})


def has_numeric_target(goal: Goal) -> bool:
    """A number-based measure ("van 40 naar 60 woorden") makes a vague verb concrete."""
    return any(m.kind in NUMERIC_MEASURES for m in goal.measures)


class VagueOutcome(Rule):
    """Flags outcome words that describe a direction, not a result.

    What it does: finds phrases from the pack's ``vague_outcome`` list ("beter worden",
    "verbeteren", "ontwikkelen", "improve", "work on", "get better at"), and from its
    ``general_outcome`` list ("leren", "verhogen", "learn", "increase"), which only count
    when the goal names nothing concrete (a number, a name, a deliverable). Words in the
    goal's purpose clause ("zodat ...", "so that ...") do not count: they say why, not what.

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
        numeric = has_numeric_target(goal)
        vague = outside_purpose(goal, ctx.find(goal, "vague_outcome"))
        if vague:
            first = vague[0]
            confidence = 0.45 if numeric else 0.85
            phrase = goal.text[first.start : first.end]
            yield self.finding(
                goal, ctx, first.start, first.end, confidence=confidence, phrase=phrase
            )
            return
        general = outside_purpose(goal, ctx.find(goal, "general_outcome"))
        if general:
            signals = concreteness(goal, ctx)
            concrete = numeric or bool(signals.names) or bool(signals.deliverables)
            first = general[0]
            phrase = goal.text[first.start : first.end]
            yield self.finding(
                goal,
                ctx,
                first.start,
                first.end,
                confidence=0.25 if concrete else 0.7,
                phrase=phrase,
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


class MissingDetail(Rule):
    """Flags a goal with nothing concrete in it: no number, name, deliverable or detail.

    What it does: counts concreteness signals (numbers and quantities, names, acronyms and
    quoted titles, deliverables, and the number of content words); a goal with less than
    one full signal is flagged, and each signal found counts as evidence.

    Why: short general goals ("Ik wil gewicht verliezen", "Learn some new technology")
    let employee and manager picture different things, so they cannot agree later on
    whether the goal was met.

    Example: ``Ik wil in vorm komen.``

    Use instead: ``Ik loop op 1 juni 2027 de 5 km van de bedrijfsloop in minder dan 30 minuten.``
    """

    code = "S003"
    name = "specific.missing_detail"
    criterion = Criterion.S
    summary = "Nothing concrete: no number, name, deliverable or detail"
    severity = "warning"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        signals = concreteness(goal, ctx)
        for span in signals.numeric[:1]:
            yield self.evidence(goal, "number", span.start, span.end, 0.6)
        for span in signals.names[:1]:
            yield self.evidence(goal, "name", span.start, span.end, 0.5)
        if signals.score < 1.0:
            confidence = 0.8 if signals.content_words <= 4 else 0.65
            yield self.finding(goal, ctx, 0, 0, confidence=confidence)


RULES: tuple[type[Rule], ...] = (VagueOutcome, AbstractCompetence, MissingDetail)
