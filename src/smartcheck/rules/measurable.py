"""M - Meetbaar / Measurable: can anyone establish objectively that the goal is reached?"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from smartcheck.criteria import Criterion
from smartcheck.judging.context import RuleContext
from smartcheck.judging.features.signals import (
    checkable_action,
    joint_decision,
    outside_purpose,
    whole_goal,
)
from smartcheck.judging.rule import Rule
from smartcheck.judging.strategies import PhraseRule
from smartcheck.reading.goal import Goal
from smartcheck.reading.lexicon import LexiconMatch
from smartcheck.reporting.report import Evidence, Finding
from smartcheck.rules.specific import has_numeric_target

#: How strongly each kind of measure shows that a goal is measurable.
MEASURE_STRENGTH = {
    "quantity": 0.9, "percentage": 0.85, "count": 0.85, "level": 0.8,
    "deliverable": 0.75, "number": 0.5, "role": 0.75,
}  # fmt: skip


class MissingMeasure(Rule):
    """Flags a goal with nothing that can be counted, shown or handed in.

    What it does: looks for numbers, quantities with units, levels, roles and deliverables
    such as a certificate, a report, a presentation or a talk (anatomy ``measures``); each
    one found counts as evidence. A goal with none is flagged, unless it is a routine with
    an explicit frequency ("elke vrijdag", "daily": adherence can be counted) or its action
    is a one-off that is visibly done or not (the pack's ``checkable_actions``: solliciteren,
    submit), a sign-off by another (``sign_offs``) or a decision on a step taken with the
    manager (``joint_decisions``: "maak ik samen met mijn leidinggevende uit of ...").

    Why: without a measure, the end-of-year conversation becomes a matter of opinion.

    Example: ``Ik wil meer leren over projectmanagement.``

    Use instead: ``Ik haal het IPMA-D-certificaat voor projectmanagement.``
    """

    code = "M001"
    name = "measurable.missing_measure"
    criterion = Criterion.M
    summary = "Nothing countable, checkable or deliverable"
    severity = "error"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        for measure in goal.measures:
            yield self.evidence(
                goal, measure.kind, measure.start, measure.end, MEASURE_STRENGTH[measure.kind]
            )
        if goal.measures:
            return
        # A routine with an explicit frequency ("elke vrijdag", "daily") can be counted:
        # the sessions held against the sessions planned (JUDGING M).
        routine = next((e for e in goal.deadlines if _timed_routine(e.text, e.kind, ctx)), None)
        if routine is not None:
            yield self.evidence(goal, "routine", routine.start, routine.end, 0.6)
            return
        # A one-off action ("solliciteren", "submit") is verifiable: done or not done.
        action = checkable_action(goal, ctx)
        if action is not None:
            yield self.evidence(goal, "action", action.start, action.end, 0.5)
            return
        # The result checked by another ("laat dit aftekenen door de ploegchef", "signed off
        # by the shift lead"): the sign-off takes place or not (JUDGING M).
        signed = outside_purpose(goal, ctx.find(goal, "sign_offs"))
        if signed:
            yield self.evidence(goal, "sign-off", signed[0].start, signed[0].end, 0.5)
            return
        # A decision on a step taken with the manager ("maak ik samen met mijn leidinggevende
        # uit of ...", "agree with my manager on whether ..."): taken or not (JUDGING M).
        decision = joint_decision(goal, ctx)
        if decision is not None:
            yield self.evidence(goal, "decision", decision.start, decision.end, 0.5)
        else:
            yield self.finding(goal, ctx, *whole_goal(goal), confidence=0.85)


def _timed_routine(text: str, kind: str, ctx: RuleContext) -> bool:
    """A recurrence in time ("elke vrijdag", "twice a week", "daily") or on an occasion of
    the work that recurs on its own schedule ("elke dienst", "every lesson"), not one tied to
    a task ("bij elke opdracht"): its words name a weekday, a period, an occasion or 'daily'."""
    if kind != "recurring":
        return False
    time = ctx.pack.time
    weekdays = [name for names in time.weekdays for name in names]
    named = (*weekdays, *time.units, *time.recurring.occasions, *ctx.pack.words("daily_words"))
    words = {w.lower() for w in named}
    lowered = text.lower()
    if any(word in lowered.split() or (" " in word and word in lowered) for word in words):
        return True
    occasions = tuple(w.lower() for w in time.recurring.occasions)
    if any(token.endswith(occasions) for token in lowered.split()):
        return True  # a compound occasion: "elke nachtdienst", "in elk teamoverleg"
    # a weekday compounded with a part of the day ("elke maandagochtend", "vrijdagmiddag");
    # full names only, so an abbreviation ("ma") never matches the start of another word
    names = [w.lower() for w in weekdays if len(w) >= 5]
    return any(token.startswith(name) for token in lowered.split() for name in names)


class UnanchoredComparative(PhraseRule):
    """Flags comparatives ("meer", "vaker", "faster") with no number to compare against.

    What it does: finds words from the pack's ``comparatives`` list in a goal that has no
    number, percentage or quantity, and no bound ("minstens", "at least").

    Why: "more than now" can be met by one extra instance; without a baseline and a
    target nobody can tell whether the change is the one that was meant.

    Example: ``Ik wil vaker feedback vragen.``

    Use instead: ``Ik vraag na elk klantgesprek feedback, minstens 4 keer per maand.``
    """

    code = "M002"
    name = "measurable.unanchored_comparative"
    criterion = Criterion.M
    summary = "Comparative without baseline or target"
    severity = "warning"

    key = "comparatives"
    confidence = 0.8
    skip_purpose = True

    def applies(self, goal: Goal, ctx: RuleContext) -> bool:
        if has_numeric_target(goal) or ctx.find(goal, "bounds"):
            return False
        # a comparative in a step decided with the manager ('maak ik samen met mijn
        # leidinggevende uit of ik vaker ...') is part of what is decided, no target yet
        return joint_decision(goal, ctx) is None


class PercentageWithoutBase(Rule):
    """Flags a percentage change without the starting point it is a percentage of.

    What it does: reports a percentage in a goal about change (the pack's comparatives or
    change verbs: "verhogen", "laten stijgen", "increase", "reduce") when no baseline is named
    (``baseline_markers``: "van 7,2 naar 8,5", "from 50 to 65", "currently").

    Why: "15% meer" of an unknown number cannot be checked at the end of the year unless
    someone wrote the starting value down.

    Example: ``Ik verhoog de klanttevredenheid met 10%.``

    Use instead: ``Ik verhoog de klanttevredenheid van 7,2 naar 7,9 (10%).``
    """

    code = "M003"
    name = "measurable.percentage_without_base"
    criterion = Criterion.M
    summary = "Percentage change without a baseline"
    severity = "info"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        percentages = [m for m in goal.measures if m.kind == "percentage"]
        if not percentages:
            return
        change = ctx.find(goal, "general_outcome") + ctx.find(goal, "comparatives")
        if change and not ctx.find(goal, "baseline_markers"):
            first = percentages[0]
            yield self.finding(goal, ctx, first.start, first.end, confidence=0.6, phrase=first.text)


class UnverifiableState(PhraseRule):
    """Flags an inner state as the outcome, with no way named to check it.

    What it does: finds inner states from the pack's ``inner_states`` list ("zelfvertrouwen",
    "beter voelen", "confident", "less stress") in a goal that names no way of checking
    (``verification_methods``: "blijkt uit", "feedback van", "measured by", "survey").

    Why: only the employee can tell how confident they feel; the manager has nothing to
    agree on at the evaluation unless the goal says what will show it.

    Example: ``I want to feel more confident in meetings.``

    Use instead: ``I will speak at least once in each weekly meeting, checked with my manager
    in our monthly one-on-one.``
    """

    code = "M004"
    name = "measurable.unverifiable_state"
    criterion = Criterion.M
    summary = "Inner state with no way to verify it"
    severity = "warning"

    key = "inner_states"
    confidence = 0.7
    skip_purpose = True

    def answered(
        self, goal: Goal, ctx: RuleContext, matches: Sequence[LexiconMatch]
    ) -> Evidence | None:
        for method in ctx.find(goal, "verification_methods")[:1]:
            return self.evidence(goal, "verification", method.start, method.end, 0.6)
        return None


RULES: tuple[type[Rule], ...] = (
    MissingMeasure,
    UnanchoredComparative,
    PercentageWithoutBase,
    UnverifiableState,
)
