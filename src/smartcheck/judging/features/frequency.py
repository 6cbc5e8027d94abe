"""How often a goal's activity happens, in sessions per week ("drie keer per week" -> 3).

Reads the recurring time expressions the time engine found, with the number words of the
language's time table, so "vijf avonden per week", "3x per week", "every day" and
"dagelijks" all become a number a rule can compare.
"""

from __future__ import annotations

import re

from smartcheck.configuration.packs import RulePack
from smartcheck.judging.context import RuleContext
from smartcheck.reading.goal import Goal
from smartcheck.reading.timex.numbers import number_words, parse_number

_DAILY = re.compile(r"\b(dagelijks|elke dag|iedere dag|daily|every day|each day)\b", re.I)
_PER = re.compile(
    r"(?P<n>[\w,.]+)\s*(?:x|keer|maal|times|sessions|avonden|ochtenden|dagen|evenings|"
    r"mornings|days)?\s+(?:per|in de|a|an|every|each)\s+(?P<unit>week|dag|day|maand|month)\b",
    re.I,
)
_PER_UNIT_WEEKS = {"week": 1.0, "dag": 1 / 7, "day": 1 / 7, "maand": 52 / 12, "month": 52 / 12}


def _words(ctx: RuleContext) -> dict[str, float]:
    """The time table's number words, built once per context (per checker and language)."""
    return ctx.derived(_number_words)


def _number_words(pack: RulePack) -> dict[str, float]:
    return number_words(pack.time)


def sessions_per_week(goal: Goal, ctx: RuleContext) -> float | None:
    """Sessions per week of the goal's most frequent recurring activity, if it says."""
    words = _words(ctx)
    best: float | None = None
    for expr in goal.deadlines:
        if expr.kind != "recurring":
            continue
        if _DAILY.search(expr.text):
            best = max(best or 0.0, 7.0)
            continue
        window = goal.text[max(0, expr.start - 30) : expr.end]
        for match in _PER.finditer(window):
            count = parse_number(match.group("n"), words)
            if count is None:
                continue
            per_week = count / _PER_UNIT_WEEKS[match.group("unit").lower()]
            best = max(best or 0.0, per_week)
    return best
