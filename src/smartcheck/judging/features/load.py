"""Hours of work a goal asks per week, read from its own numbers.

"10 uur per week", "2 hours a day", "elke dag 3 uur" (hours times the sessions of a routine)
and "een opleiding van 300 uur" / "a 300-hour programme" spread over the weeks until the
deadline all become hours per week, so R003 can weigh them against stated commitments. A time
of the clock ("voor 9 uur", "om 8 uur") is no amount of hours, nor are the running hours at
which a machine's maintenance falls due, named after a determiner ("a 1000-hour service";
"200 uur onderhoud" is work).
The hour words and the number words come from the pack's time table.
"""

from __future__ import annotations

import re

from smartcheck.configuration.packs import RulePack
from smartcheck.judging.context import RuleContext
from smartcheck.judging.features.frequency import sessions_per_week
from smartcheck.reading.goal import Goal
from smartcheck.reading.timex.numbers import number_words, parse_number

_WEEKS = {"day": 1 / 7, "week": 1.0, "month": 52 / 12}


def _hour_pattern(pack: RulePack) -> re.Pattern[str]:
    """'<n> <hour word>' and '<n>-<hour word>', with an optional '<rate> <period>' after."""
    hours = sorted((w for w, unit in pack.time.units.items() if unit == "hour"), key=len)
    periods = sorted(
        (w for w, unit in pack.time.units.items() if unit in _WEEKS), key=len, reverse=True
    )
    rates = sorted(pack.words("rate_words"), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in reversed(hours)) or "(?!)"
    per = "|".join(re.escape(w) for w in periods) or "(?!)"
    rate = "|".join(re.escape(w) for w in rates) or "(?!)"
    return re.compile(
        rf"(?<![\w,.])(?P<n>\d+(?:[.,]\d+)*|[^\W\d_]+)[\s-](?:{alt})\b"
        rf"(?:\s+(?:{rate})\s+(?P<period>{per})\b)?",
        re.IGNORECASE,
    )


def hours_per_week(goal: Goal, ctx: RuleContext, days_left: int | None) -> float | None:
    """The most hours per week the goal's own numbers ask for, if they say."""
    found = weekly_hours(goal, ctx, days_left)
    return found[0] if found is not None else None


def weekly_hours(
    goal: Goal, ctx: RuleContext, days_left: int | None
) -> tuple[float, tuple[int, int]] | None:
    """The most hours per week the goal's own numbers ask for, and the span of the number of
    hours that asks them ('*negen* uur')."""
    pack = ctx.pack
    pattern = ctx.derived(_hour_pattern)
    words = ctx.derived(_number_words)
    units = pack.time.units
    best: tuple[float, tuple[int, int]] | None = None
    clock, services, determiners = ctx.derived(_marker_words)
    for match in pattern.finditer(goal.text):
        amount = parse_number(match.group("n"), words, pack.grammar.decimal_mark)
        if amount is None or amount <= 0:
            continue
        period = match.group("period")
        before = goal.text[: match.start()].split()
        if period is None and before and before[-1].lower() in clock:
            continue  # 'voor 9 uur', 'om 8 uur': a time of the clock
        # after a determiner, perhaps with an adjective: 'a (complete) 1000-hour ...'
        named = any(w.lower() in determiners for w in before[-2:])
        if period is None and named and _names_service(goal.text[match.end() :], services):
            continue  # 'a 1000-hour service': the machine's running hours, not '200 uur onderhoud'
        if period is not None:
            weekly = amount / _WEEKS[units[period.lower()]]
        else:
            sessions = sessions_per_week(goal, ctx)
            if sessions is not None:
                weekly = amount * sessions
            elif days_left is not None and days_left > 0 and amount >= 20:
                weekly = amount / max(days_left / 7, 1.0)  # a programme of N hours in all
            else:
                continue
        if best is None or best[0] < weekly:
            best = (weekly, match.span("n"))
    return best


def _number_words(pack: RulePack) -> dict[str, float]:
    return number_words(pack.time)


def _marker_words(pack: RulePack) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The pack's words before a time of the clock, after an amount of running hours, and
    the determiners that make such an amount a name ('a 1000-hour service'), lower case:
    read once per pack, not per goal nor per deadline R003 tries."""
    clock = frozenset(w.lower() for w in pack.words("clock_markers"))
    services = frozenset(w.lower() for w in pack.words("interval_services"))
    return clock, services, frozenset(w.lower() for w in pack.time.events.determiners)


def _names_service(after: str, services: frozenset[str]) -> bool:
    """Do the words after an amount of hours name maintenance that falls due at them ('a
    1000-hour *service*', 'de 500 uur *inspectie*'; the pack's ``interval_services``)?"""
    words = [w.strip(".,;:!?()").lower() for w in after.split()[:2]]
    return bool(words) and (words[0] in services or " ".join(words) in services)
