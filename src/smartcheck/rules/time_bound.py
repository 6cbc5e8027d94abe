"""T - Tijdgebonden / Time-bound: when must it be done?

All T rules read the time expressions that the time engine put on the goal
(``goal.deadlines``, ``goal.deadline``); none of them parses dates itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from smartcheck.criteria import Criterion
from smartcheck.judging.context import RuleContext
from smartcheck.judging.features.deadlines import context_deadlines, dated_events, governing
from smartcheck.judging.features.frequency import sessions_per_week
from smartcheck.judging.features.signals import whole_goal
from smartcheck.judging.rule import Rule
from smartcheck.reading.goal import Goal
from smartcheck.reading.timex import TimeExpression, format_deadline
from smartcheck.reporting.report import Applicability, Edit, Evidence, Finding, Suggestion


class TimeRule(Rule, abstract=True):
    """Base of the T rules: they read only the time engine's output, never the parse."""

    requires = frozenset({"time"})


def is_routine(goal: Goal) -> bool:
    """Whether the goal repeats something ("elke week", "daily")."""
    return any(e.kind == "recurring" for e in goal.deadlines)


def frames_the_goal(expr: TimeExpression, routine: bool) -> bool:
    """Whether ``expr`` bounds the goal in time.

    A deadline or a "by" event always does. A start ("per 1 maart", "na de zomer", "na afloop
    van de cursus") is the deadline of a one-off change, but on a routine it only says when
    the routine begins: then the goal still needs an end or a review moment (JUDGING.md, T).
    """
    if expr.kind == "deadline":
        return expr.due is not None
    if expr.kind == "start":
        return expr.due is not None and not routine
    if expr.kind == "event":
        return expr.relation == "by" or not routine
    return False


def has_end(goal: Goal) -> bool:
    """Whether some expression of the goal bounds it (see :func:`frames_the_goal`)."""
    routine = is_routine(goal)
    return any(frames_the_goal(e, routine) for e in goal.deadlines)


#: Evidence strength per kind: a calendar date beats a start, which beats an event whose
#: date the reader has to look up (an event still passes T, with a lower score).
_STRENGTH = {"deadline": 0.9, "start": 0.7, "event": 0.45}


class MissingDeadline(TimeRule):
    """Flags a goal with no time expression at all.

    What it does: reports goals in which the time engine found no deadline, start date,
    event anchor, recurrence or vague time word. A resolved deadline counts as evidence; an
    event anchor ("voor het einde van mijn proeftijd") counts as weaker evidence, and a start
    counts only for a one-off change, not for a routine.

    Why: without a date the goal has no moment at which it is evaluated, so it slides
    from one POP year to the next.

    Example: ``Ik haal mijn VCA-certificaat.``

    Use instead: ``Ik haal vóór 1 maart 2027 mijn VCA-certificaat.``
    """

    code = "T001"
    name = "time_bound.missing_deadline"
    criterion = Criterion.T
    summary = "No deadline or time frame"
    severity = "error"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        routine = is_routine(goal)
        for expr in goal.deadlines:
            if frames_the_goal(expr, routine):
                strength = _STRENGTH[expr.kind]
                yield self.evidence(goal, expr.kind, expr.start, expr.end, strength)
        if goal.deadlines:
            return
        beside = context_deadlines(goal)
        for field, expr in beside:
            if expr.due is not None:
                strength = 0.9 if expr.kind == "deadline" else 0.7
                yield self.context_evidence(field, expr.kind, expr.start, expr.end, strength)
        if not beside:
            yield self.finding(goal, ctx, *whole_goal(goal), confidence=0.9)


class VagueTime(TimeRule):
    """Flags a goal whose only time words are vague ("binnenkort", "asap", "soon").

    What it does: reports vague time expressions when the goal has no resolvable deadline.

    Why: "zo snel mogelijk" sounds urgent but names no moment; nobody can say whether it
    was met.

    Example: ``Ik wil binnenkort mijn LinkedIn-profiel bijwerken.``

    Use instead: ``Ik werk vóór 1 februari 2027 mijn LinkedIn-profiel bij.``
    """

    code = "T002"
    name = "time_bound.vague_time"
    criterion = Criterion.T
    summary = "Only vague time words (binnenkort, asap)"
    severity = "error"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        beside = context_deadlines(goal)
        own = any(e.due is not None or e.kind == "event" for e in goal.deadlines)
        if own or any(e.due for _, e in beside):
            return
        vague = [e for e in goal.deadlines if e.kind == "vague"]
        if vague:
            yield self.finding(
                goal, ctx, vague[0].start, vague[0].end, confidence=0.85, phrase=vague[0].text
            )
            return
        for field, expr in beside:
            if expr.kind == "vague":
                yield self.context_finding(
                    field, ctx, expr.start, expr.end, confidence=0.85, phrase=expr.text
                )
                return


class DeadlinePassed(TimeRule):
    """Flags a deadline that lies before the reference date; by default it fails T.

    What it does: compares the governing deadline with the reference date (today, or the
    ``reference_date`` passed to ``check``). At its default severity ``error`` the goal fails
    T; configure ``severity = "warning"`` for this rule to report a passed date without
    failing T (the behaviour before JUDGING.md made a passed deadline a failure).

    Why: a POP copied from last year keeps last year's dates; a passed deadline cannot
    steer anything, so the goal is not time-bound any more.

    Example: ``Vóór 1 maart 2025 haal ik mijn certificaat.`` (checked in 2026)

    Use instead: ``Vóór 1 maart 2027 haal ik mijn certificaat.``
    """

    code = "T003"
    name = "time_bound.deadline_passed"
    criterion = Criterion.T
    summary = "Deadline already passed"
    severity = "error"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        deadline, field = governing(goal)
        if deadline is not None and deadline.due is not None and deadline.due < goal.reference_date:
            where = (deadline.start, deadline.end)
            fields: dict[str, Any] = {"phrase": deadline.text, "date": deadline.due.isoformat()}
            # As an error it outweighs the date's own evidence; as a warning or info it only
            # asks for a new date.
            confidence = 0.9 if self.effective_severity == "error" else 0.5
            if field is not None:
                yield self.context_finding(field, ctx, *where, confidence=confidence, **fields)
            else:
                yield self.finding(goal, ctx, *where, confidence=confidence, **fields)


class RecurringWithoutEnd(TimeRule):
    """Flags a recurring activity with no end date or review moment.

    What it does: reports recurring time expressions ("wekelijks", "every Friday",
    "3 keer per week") when nothing bounds the goal: no deadline, no duration and no event it
    is done by. A start ("vanaf januari", "na de cursus") is not an end for a routine.

    Why: a habit is a fine means, but the goal still needs a moment at which it is
    evaluated.

    Example: ``Ik lees elke maand een vakboek.``

    Use instead: ``Ik lees tot 1 juli 2027 elke maand een vakboek en bespreek er drie.``
    """

    code = "T004"
    name = "time_bound.recurring_without_end"
    criterion = Criterion.T
    summary = "Recurring activity without an end date"
    severity = "warning"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        if has_end(goal) or governing(goal)[0] is not None:
            return
        recurring = [e for e in goal.deadlines if e.kind == "recurring"]
        if recurring:
            yield self.finding(
                goal,
                ctx,
                recurring[0].start,
                recurring[0].end,
                confidence=0.7,
                phrase=recurring[0].text,
            )


class HorizonOptions(BaseModel):
    """Options of time_bound.deadline_beyond_horizon."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    horizon_days: int = Field(
        default=730,
        gt=0,
        le=36_500,
        description="Deadlines further away than this are flagged (at most 100 years).",
    )


class DeadlineBeyondHorizon(TimeRule):
    """Flags a deadline further away than the plan horizon (default two years).

    What it does: compares the governing deadline with the reference date plus
    ``horizon_days``.

    Why: a POP is renewed every year; a goal due in three years needs a milestone that
    can be evaluated in this one.

    Example: ``In 2030 ben ik afdelingshoofd.``

    Use instead: ``Vóór 1 juli 2027 heb ik de leergang leidinggeven afgerond.``
    """

    code = "T005"
    name = "time_bound.deadline_beyond_horizon"
    criterion = Criterion.T
    summary = "Deadline beyond the plan horizon"
    severity = "warning"
    Options = HorizonOptions

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        assert isinstance(self.options, HorizonOptions)
        deadline, field = governing(goal)
        limit = goal.reference_date + timedelta(days=self.options.horizon_days)
        if deadline is not None and deadline.due is not None and deadline.due > limit:
            where = (deadline.start, deadline.end)
            fields: dict[str, Any] = {
                "phrase": deadline.text,
                "date": deadline.due.isoformat(),
                "horizon": _horizon_words(
                    self.options.horizon_days, ctx.message_pack.message_words
                ),
            }
            if field is not None:
                yield self.context_finding(field, ctx, *where, confidence=0.7, **fields)
            else:
                yield self.finding(goal, ctx, *where, confidence=0.7, **fields)


class RelativeDeadline(TimeRule):
    """Offers to write a relative deadline as an explicit date (safe on a one-off goal).

    What it does: for a deadline resolved relative to the reference date ("binnen drie
    maanden", "within six weeks", "volgende week"), suggests the explicit date it means.

    Why: a POP form is read months later; "binnen drie maanden" then no longer says when.
    On a one-off goal the fix keeps the meaning exactly, because it writes the date the
    engine resolved; in a routine the date is only shown, and holidays or "next year" are
    unsafe (see ``fix_safety``). A month that dates an event ("voor mijn
    functioneringsgesprek in juni", "before my appraisal in June") is no deadline of its
    own: the event is, and writing the month as "vóór 30 juni" would move it, so T006 stays
    silent there.

    Example: ``Binnen drie maanden kan ik de klimaatcomputer zelfstandig instellen.``

    Use instead: ``Vóór 23 februari 2027 kan ik de klimaatcomputer zelfstandig instellen.``
    """

    code = "T006"
    name = "time_bound.relative_deadline"
    criterion = Criterion.T
    summary = "Relative deadline that can be written as a date"
    severity = "info"
    fix_availability = "always"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        deadline = goal.deadline
        if deadline is None or deadline.due is None or not deadline.relative:
            return
        if deadline.due < goal.reference_date:
            return
        if any(date is deadline for _, date in dated_events(goal)):
            return  # 'voor mijn functioneringsgesprek in juni': the month dates the event
        replacement = format_deadline(deadline.due, goal.lang, ctx.pack.time)
        if deadline.text[:1].isupper():
            replacement = replacement[:1].upper() + replacement[1:]
        applicability = fix_safety(goal, ctx, deadline)
        fix = Suggestion(
            title=replacement,
            edits=()
            if applicability == "display_only"
            else (Edit(start=deadline.start, end=deadline.end, replacement=replacement),),
            applicability=applicability,
        )
        yield self.finding(
            goal,
            ctx,
            deadline.start,
            deadline.end,
            confidence=0.2,
            suggestions=(fix,),
            phrase=deadline.text,
            replacement=replacement,
        )


_EXACT = frozenset({"day", "week", "month"})


def fix_safety(goal: Goal, ctx: RuleContext, deadline: TimeExpression) -> Applicability:
    """How safe writing ``deadline`` as a date is.

    ``safe`` only when the meaning is kept exactly: a one-off goal with a duration ("binnen
    drie maanden", "within six weeks") or a day, week or month of the calendar ("eind
    volgende maand"). In a routine or a habit ("elke week tot de zomervakantie", "I always
    answer within a day") the phrase is a window that repeats, not a deadline: the date is
    shown, never applied (``display_only``); so is a duration beside another end of the
    goal ("by the end of term I mark all coursework within a week"), and so is a length
    ("for a week", "zes weken lang": how long, not by when). Holidays and seasons
    (their dates differ by region and year) and calendar years ("by next year": its start or
    its end?) may change the meaning: ``unsafe``.
    """
    recurring = any(e.kind == "recurring" for e in goal.deadlines)
    habitual = bool(ctx.find(goal, "absolutes")) or sessions_per_week(goal, ctx) is not None
    others = [e for e in goal.deadlines if e is not deadline and e.kind in ("deadline", "event")]
    if recurring or habitual or (others and _is_duration(deadline, ctx)):
        return "display_only"  # beside the goal's own end a duration is a window per item
    if _is_length(deadline, ctx):
        return "display_only"  # 'for a week', 'zes weken lang': how long, not by when
    if deadline.granularity in _EXACT or _is_duration(deadline, ctx):
        return "safe"
    return "unsafe"


def _is_length(deadline: TimeExpression, ctx: RuleContext) -> bool:
    """'for a week', 'zes weken lang', 'gedurende drie maanden': the length of the activity
    (the pack's ``durations.lengths`` first or last), which a due date would change."""
    text = " ".join(deadline.text.lower().split())
    # a length word that also opens a deadline ('voor': 'voor drie maanden', 'voor de
    # herfstvakantie') makes a length only before a count of units
    before = {" ".join(p.lower().split()) for p in ctx.pack.time.markers.before}
    return any(
        (text.startswith(f"{w} ") and (w not in before or _is_duration(deadline, ctx)))
        or text.endswith(f" {w}")
        for w in (" ".join(p.lower().split()) for p in ctx.pack.time.durations.lengths)
    )


def _is_duration(deadline: TimeExpression, ctx: RuleContext) -> bool:
    """'binnen een jaar', 'within 2 years': a count of units from today, exact to the day."""
    numbers = {w.lower() for w in ctx.pack.time.numbers}
    words = deadline.text.lower().split()
    return any(w.isdigit() or w in numbers for w in words)


class EventAnchor(TimeRule):
    """Asks for the calendar date of an event-anchored deadline (information only).

    What it does: when the goal is bounded only by a named period or event ("voor het einde
    van mijn proeftijd", "by my next appraisal", "deze periode"), reports the anchor and asks
    for its date. The goal passes T; the finding barely lowers the score.

    Why: the writer knows when the probation period ends, a reader a year later may not;
    the date makes the goal checkable without looking it up.

    Example: ``Voor het einde van mijn proeftijd werk ik zelfstandig met het kassasysteem.``

    Use instead: ``Voor het einde van mijn proeftijd (1 mei 2027) werk ik zelfstandig met het
    kassasysteem.``
    """

    code = "T007"
    name = "time_bound.event_anchor"
    criterion = Criterion.T
    summary = "Deadline tied to an event: which date is that?"
    severity = "info"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        if governing(goal)[0] is not None:
            return
        events = [e for e in goal.deadlines if e.kind == "event" and e.anchor is not None]
        if not events:
            return
        expr = events[0]
        assert expr.anchor is not None
        yield self.finding(
            goal,
            ctx,
            expr.start,
            expr.end,
            confidence=0.5,
            phrase=expr.text,
            anchor=expr.anchor.text,
        )


def _horizon_words(days: int, words: Mapping[str, str]) -> str:
    """The horizon in the message's language ("2 jaar", "1 year", "400 days")."""
    if days % 365 == 0:
        years = days // 365
        phrase = words.get("year" if years == 1 else "years", "{n} years")
        return phrase.format(n=years)
    return words.get("days", "{n} days").format(n=days)


RULES: tuple[type[Rule], ...] = (
    MissingDeadline,
    VagueTime,
    DeadlinePassed,
    RecurringWithoutEnd,
    DeadlineBeyondHorizon,
    RelativeDeadline,
    EventAnchor,
)
