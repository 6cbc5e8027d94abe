"""Changes a goal asks for, read from its own numbers: "van 2% naar 10%", "10 kilo afvallen".

A change from a starting value to a target ("from 12 to 30 clients", "van 7,2 naar 8,5") is a
pair of numbers: a start word of the pack's ``change_starts`` before the first, a target word
of ``change_targets`` between them. Two lengths of time in different units ("from 2 hours to 30
minutes", "van 3 weken naar 4 dagen") are compared in one unit, from the time table's unit
words. A change in body weight is a quantity in a unit of the
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
from smartcheck.reading.timex.table import Unit

#: Kilos in a pound: 0.4536 for the English pound, 0.5 for the Dutch "pond"; the lower keeps a
#: borderline goal unflagged.
KILOS_PER_POUND = 0.45

#: Minutes in each unit of time, to compare two lengths of time written in different units; a
#: month and a year as their calendar average, a weekend as its two days.
MINUTES_PER_UNIT: dict[Unit, float] = {
    "minute": 1,
    "hour": 60,
    "day": 24 * 60,
    "weekend": 2 * 24 * 60,
    "week": 7 * 24 * 60,
    "fortnight": 14 * 24 * 60,
    "month": 30.44 * 24 * 60,
    "quarter": 91.31 * 24 * 60,
    "year": 365.25 * 24 * 60,
}


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
            scale = _in_one_unit(first, second, ctx.pack)
            found.append(Change(first.start, second.end, first.value * scale, second.value))
    return found


def _in_one_unit(first: Measure, second: Measure, pack: RulePack) -> float:
    """What the first number is multiplied by to be in the second's unit: 4 for "from 2
    hours to 30 minutes" (120 minutes), 1 when either unit is no unit of time or is left out
    ("from 2 to 3 hours")."""
    units = pack.time.units
    was = units.get((first.unit or "").lower())
    now = units.get((second.unit or "").lower())
    if was is None or now is None:
        return 1.0
    return MINUTES_PER_UNIT[was] / MINUTES_PER_UNIT[now]


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
