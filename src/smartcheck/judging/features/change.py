"""Changes a goal asks for, read from its own numbers: "van 2% naar 10%", "10 kilo afvallen".

A change from a starting value to a target ("from 12 to 30 clients", "van 7,2 naar 8,5") is a
pair of numbers: a start word of the pack's ``change_starts`` before the first, a target word
of ``change_targets`` between them. A change in body weight is a quantity in a unit of the
pack's ``body_weight_units`` (kilos) or ``pound_units`` in a goal with a word of
``weight_change`` ("afvallen", "lose"). R003 weighs both against the time to the deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from smartcheck.configuration.packs import RulePack
from smartcheck.judging.context import RuleContext
from smartcheck.judging.features.signals import NUMERIC_KINDS
from smartcheck.reading.anatomy.words import single_words
from smartcheck.reading.goal import Goal, Measure

#: Kilos in a pound: 0.4536 for the English pound, 0.5 for the Dutch "pond"; the lower keeps a
#: borderline goal unflagged.
KILOS_PER_POUND = 0.45


@dataclass(frozen=True)
class Change:
    """A change from ``before`` to ``after`` (text offsets of the whole "van ... naar ...")."""

    start: int
    end: int
    before: float
    after: float

    @property
    def factor(self) -> float | None:
        """How many times larger or smaller the target is (5 for 2 -> 10 and for 10 -> 2);
        None when either is 0 or less (a change to zero is an absolute, R001's)."""
        if self.before <= 0 or self.after <= 0:
            return None
        return max(self.after / self.before, self.before / self.after)


def changes(goal: Goal, ctx: RuleContext) -> list[Change]:
    """Every "from a to b" pair of the goal's numbers, in text order."""
    starts = ctx.derived(_starts)
    targets = ctx.derived(_targets)
    numbers = [m for m in goal.measures if m.kind in NUMERIC_KINDS and m.value is not None]
    text = goal.text
    found = []
    for first, second in pairwise(numbers):
        before = text[max(first.start - 40, 0) : first.start].split()  # its last word
        between = text[first.end : second.start].strip().lower()
        to_in_unit = (first.unit or "").lower() in targets and not between
        if before and before[-1].lower() in starts and (between in targets or to_in_unit):
            assert first.value is not None and second.value is not None
            found.append(Change(first.start, second.end, first.value, second.value))
    return found


def body_weight_kilos(goal: Goal, ctx: RuleContext) -> tuple[Measure, float] | None:
    """The body weight the goal asks to lose or gain, in kilos, and its measure."""
    if not ctx.find(goal, "weight_change"):
        return None
    kilos, pounds = ctx.derived(_kilo_units), ctx.derived(_pound_units)
    for measure in goal.measures:
        unit = (measure.unit or "").lower()
        if measure.kind != "quantity" or measure.value is None:
            continue
        if unit in kilos:
            return measure, measure.value
        if unit in pounds:
            return measure, measure.value * KILOS_PER_POUND
    return None


def _starts(pack: RulePack) -> frozenset[str]:
    return single_words(pack, "change_starts")


def _targets(pack: RulePack) -> frozenset[str]:
    return single_words(pack, "change_targets")


def _kilo_units(pack: RulePack) -> frozenset[str]:
    return single_words(pack, "body_weight_units")


def _pound_units(pack: RulePack) -> frozenset[str]:
    return single_words(pack, "pound_units")
