"""How often a goal's activity happens, in sessions per week ("drie keer per week" -> 3).

Reads the recurring time expressions the time engine found, with the number words of the
language's time table, so "vijf avonden per week", "3x per week", "every day" and
"dagelijks" all become a number a rule can compare.
"""

from __future__ import annotations

import re
from functools import lru_cache

from smartcheck.configuration.packs import RulePack
from smartcheck.judging.context import RuleContext
from smartcheck.reading.goal import Goal
from smartcheck.reading.timex.numbers import number_words, parse_number

#: Weeks per period unit of the time table ("per maand" = 52/12 weeks).
_UNIT_WEEKS = {"week": 1.0, "day": 1 / 7, "month": 52 / 12}


@lru_cache(maxsize=16)
def _patterns(
    daily: tuple[str, ...],
    sessions: tuple[str, ...],
    rates: tuple[str, ...],
    units: tuple[str, ...],
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The "every day" and "<n> <sessions> per <unit>" patterns of one pack's words (keyed
    by the words themselves, so two packs never share a pattern by mistake)."""
    daily_re = re.compile(rf"\b({_either(daily)})\b", re.I)
    per_re = re.compile(
        rf"(?P<n>[\w,.]+)\s*(?:{_either(sessions)})?\s+(?:{_either(rates)})\s+"
        rf"(?P<unit>{_either(units)})\b",
        re.I,
    )
    return daily_re, per_re


def _either(words: tuple[str, ...]) -> str:
    """An alternation of the words, longest first; one that never matches when empty."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w) for w in ordered) if ordered else "(?!)"


def _words(ctx: RuleContext) -> dict[str, float]:
    """The time table's number words, built once per context (per checker and language)."""
    return ctx.derived(_number_words)


def _number_words(pack: RulePack) -> dict[str, float]:
    return number_words(pack.time)


def sessions_per_week(goal: Goal, ctx: RuleContext) -> float | None:
    """Sessions per week of the goal's most frequent recurring activity, if it says."""
    found = weekly_sessions(goal, ctx)
    return found[0] if found is not None else None


def weekly_sessions(goal: Goal, ctx: RuleContext) -> tuple[float, tuple[int, int] | None] | None:
    """Sessions per week of the goal's most frequent recurring activity, and the span of the
    count that says how many ('*vijf* avonden per week'; None for 'elke dag')."""
    words = _words(ctx)
    pack = ctx.pack
    unit_weeks = {
        word.lower(): _UNIT_WEEKS[unit]
        for word, unit in pack.time.period_units.items()
        if unit in _UNIT_WEEKS
    }
    daily_re, per_re = _patterns(
        pack.words("daily_words"),
        pack.words("session_words"),
        pack.words("rate_words"),
        tuple(unit_weeks),
    )
    best: tuple[float, tuple[int, int] | None] | None = None
    for expr in goal.deadlines:
        if expr.kind != "recurring":
            continue
        if daily_re.search(expr.text):
            if best is None or best[0] < 7.0:
                best = (7.0, None)
            continue
        offset = max(0, expr.start - 30)
        window = goal.text[offset : expr.end]
        for match in per_re.finditer(window):
            count = parse_number(match.group("n"), words, pack.grammar.decimal_mark)
            if count is None:
                continue
            per_week = count / unit_weeks[match.group("unit").lower()]
            if best is None or best[0] < per_week:
                best = (per_week, (offset + match.start("n"), offset + match.end("n")))
    return best
