"""R - Realistisch / Realistic: is it achievable, with the means named?"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from smartcheck.configuration.packs import RulePack
from smartcheck.configuration.phase import Phase
from smartcheck.criteria import Criterion
from smartcheck.judging.context import RuleContext
from smartcheck.judging.features.absolutes import (
    counted_zeros,
    exact,
    negated_universals,
    outside_cause_questions,
    outside_reasons,
    outside_relatives,
    outside_states,
    quit_habits,
    relieved,
)
from smartcheck.judging.features.change import body_weight_kilos, changes
from smartcheck.judging.features.deadlines import governing
from smartcheck.judging.features.frequency import sessions_per_week, weekly_sessions
from smartcheck.judging.features.load import hours_per_week, weekly_hours
from smartcheck.judging.features.phase import employee_phase
from smartcheck.judging.features.signals import clause_heads, whole_goal
from smartcheck.judging.rule import Rule
from smartcheck.judging.strategies import PhraseRule
from smartcheck.reading.anatomy.words import single_words
from smartcheck.reading.goal import Goal
from smartcheck.reading.lexicon import LexiconMatch
from smartcheck.reading.timex import TimeExpression, format_deadline
from smartcheck.reading.timex.numbers import number_words, parse_number
from smartcheck.reporting.report import Edit, Evidence, Finding, Suggestion

if TYPE_CHECKING:
    from spacy.tokens import Doc


class AbsoluteClaim(PhraseRule):
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

    key = "absolutes"
    confidence = 0.75
    skip_quoted = True
    prefer = "longest"

    def matches(self, goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
        """Not an absolute that describes the habit the writer quits ("stop doing everything
        in spreadsheets") or how things are now, in a reason ("want ik doe nu alles zelf"),
        nor one an approximator softens ("bijna alles", "almost always"), nor one in a later
        piece that tells the writer's present state ("..., i'm always behind"), nor a zero that
        counts nothing ("van 0 naar 15 klanten", "level 0"), nor a universal a negation
        denies ("so I don't depend on it all the time"), nor one in a question for a cause
        ("Why are check-outs always chaos?"), nor one in a relative clause that tells what
        others do ("patients who may never leave")."""
        found = outside_relatives(goal, ctx, super().matches(goal, ctx))  # 'who never leave'
        found = exact(goal, ctx, counted_zeros(goal, ctx, found))
        found = outside_states(goal, ctx, found)
        found = negated_universals(goal, ctx, quit_habits(goal, ctx, found))
        found = outside_cause_questions(goal, ctx, found)  # 'Why are X always chaos?'
        return outside_reasons(goal, ctx, relieved(goal, ctx, found))

    def also(self, goal: Goal, ctx: RuleContext) -> Iterator[Evidence]:
        for support in goal.support[:2]:
            yield self.evidence(goal, "support", support.start, support.end, 0.4)
        for field in goal.context:
            if field.name == "support" and field.text.strip():
                yield self.context_evidence(field, "support", 0, len(field.text), 0.4)


class Superlative(PhraseRule):
    """Flags superlatives that measure the goal against everyone else.

    What it does: finds phrases from the pack's ``superlatives`` list ("de beste",
    "nummer 1", "the best", "world-class"), outside the goal's purpose clause and its
    asides ("zodat ik begrijp waar de grootste risico's zitten": why, not the target).

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

    key = "superlatives"
    confidence = 0.7
    # the purpose says why and an aside which thing ('zodat ik begrijp waar de grootste
    # risico's zitten', 'the client with the biggest orders'): the goal's own target is not
    # measured against others there
    skip_purpose = True

    def matches(self, goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
        """Not a superlative that picks the trouble the writer tackles ('analyse the
        biggest downtime cause', 'de grootste storingsoorzaak aanpakken'; the pack's
        ``ranked_troubles``): it chooses the work, it is no bar set against others."""
        found = super().matches(goal, ctx)
        troubles = ctx.find(goal, "ranked_troubles")
        if goal.doc is None or not troubles or not found:
            return found
        return [m for m in found if not _ranks_trouble(goal.doc, m, troubles)]


class MagnitudeOptions(BaseModel):
    """Limits of realistic.magnitude_vs_time, each with the assumption behind it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    doubling_days: int = Field(
        default=183,
        gt=0,
        description="A change of 100% or more (a doubling, 'five times as many') within this "
        "many days is flagged: organisations and skills rarely double within half a year.",
    )
    half_change_days: int = Field(
        default=31,
        gt=0,
        description="A change of 50% or more within this many days is flagged.",
    )
    monthly_change: float = Field(
        default=1.5,
        gt=1,
        description="A start and a target ('van 2% naar 10%', 'from 40 to 200') that differ by "
        "more than this factor per month, compounded over the months to the deadline, are "
        "flagged: half as much again every month is already steep for an output or a rate; "
        "it lets a small count of one's own activities grow (2 to 5 visits a week in four "
        "months) but not a conversion rate five times over in two months.",
    )
    body_weight_kilos_per_week: float = Field(
        default=1.0,
        gt=0,
        description="Losing or gaining more body weight than this many kilos a week (counted "
        "over the weeks to the deadline, at least one) is flagged: health guidance puts a "
        "safe, lasting weight loss at 0.5-1 kilo a week.",
    )
    long_achievement_days: int = Field(
        default=31,
        gt=0,
        description="A long achievement (a diploma, fluency, a marathon) within this many "
        "days is flagged: each takes months of study or training.",
    )
    role_jump_days: int = Field(
        default=365,
        gt=0,
        description="Going from a starting role (junior, trainee, intern) to a senior one "
        "(head of department, manager, director) within this many days is flagged: that is "
        "two or more steps up, and each step usually takes a year or more.",
    )
    sessions_beside_commitments: float = Field(
        default=5.0,
        gt=0,
        description="A routine of this many sessions a week or more beside a stated "
        "commitment (a full-time job, care for children) is flagged: after work, rest and "
        "household, such a week leaves about four free evenings.",
    )
    hours_beside_commitments: float = Field(
        default=12.0,
        gt=0,
        description="More hours a week than this for the goal beside a stated commitment is "
        "flagged: part-time study next to a full-time job asks about 8-12 hours a week.",
    )
    hours_without_commitments: float = Field(
        default=40.0,
        gt=0,
        description="More hours a week than this for the goal alone is flagged (a full "
        "working week on top of whatever else the writer does).",
    )
    later_deadline_days: int = Field(
        default=365,
        gt=0,
        description="When a later deadline would make the goal realistic, the finding offers "
        "the earliest such date (an unsafe fix: it changes the goal), if it is within this "
        "many days: a POP runs a year, and a goal that needs longer needs a smaller target.",
    )


class MagnitudeVersusTime(Rule):
    """Flags a big result in a short time: a doubling in a month, a degree next week.

    What it does: compares what the goal asks, in its own numbers, with the time until its
    deadline and the commitments it states (all limits are options): a change of 100% or more
    ("verdubbelen", "five times as many"; the pack's ``growth_multipliers``) within half a year
    or in a routine, where it compounds ("elke maand verdubbelen"), 50% within a month; a start
    and a target ("van 2% naar 10%": ``change_starts``, ``change_targets``) that differ by more
    than 1.5 times a month; more than a kilo of body weight a week (a ``weight_change`` with
    ``body_weight_units`` or ``pound_units``); a long achievement (``long_achievements``:
    diploma, fluency, a marathon) within a month; a starting role (``starting_roles``: junior,
    stagiair) to a senior one (``senior_roles``: afdelingshoofd, director) within a year; five
    or more sessions a week, or more than 12 hours a week, beside a stated commitment
    (``competing_commitments``: a load beside the goal or a heavy load: "naast mijn baan",
    "drukke baan", "besides my studies"); more than 40 hours a week for the goal alone.
    The fix it offers (unsafe: it changes the goal) is computed with the same test: the
    earliest deadline, within ``later_deadline_days``, at which it finds nothing too much
    (for a routine that compounds a multiplier, the date for doing it once; when its own
    deadline leaves time to do it once, the routine's period dropped), or the largest count
    of sessions or hours a week it accepts.

    Why: an over-ambitious goal is dropped at the first setback; POP goals are meant to
    stretch, not to be impossible.

    Example: ``Binnen twee weken spreek ik vloeiend Spaans.``

    Use instead: ``Vóór 1 juli 2027 haal ik het A2-examen Spaans.``
    """

    code = "R003"
    name = "realistic.magnitude_vs_time"
    criterion = Criterion.R
    summary = "Big result in a short time frame"
    severity = "warning"
    Options = MagnitudeOptions

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        assert isinstance(self.options, MagnitudeOptions)
        found = self._too_much(goal, ctx, self.options, _days_left(goal))
        if found is not None:
            start, end, days = found
            yield self.finding(
                goal,
                ctx,
                start,
                end,
                confidence=0.7,
                suggestions=self._later_deadline(goal, ctx) or self._smaller_count(goal, ctx),
                phrase=goal.text[start:end],
                days=days,
            )

    def realistic_days(self, goal: Goal, ctx: RuleContext) -> int | None:
        """The fewest days to the deadline at which this rule finds nothing too much, when
        the goal has a deadline of its own that is too close, or a routine that compounds a
        multiplier ("elke maand verdubbelen": then the days for doing it once), and a date
        within ``later_deadline_days`` would do; None when no date makes it realistic (a
        load beside a full week) or the goal has no such deadline.

        The rule's own test decides, at each number of days tried: what the rule accepts and
        what a rewrite offers cannot drift apart. Every limit it weighs eases with time, so the
        fewest days are found by halving the range."""
        found = self._later(goal, ctx)
        return found[0] if found is not None else None

    def _later(self, goal: Goal, ctx: RuleContext) -> tuple[int, TimeExpression] | None:
        """:meth:`realistic_days` and the time expression the date replaces."""
        assert isinstance(self.options, MagnitudeOptions)
        opts = self.options
        days = _days_left(goal)
        if self._too_much(goal, ctx, opts, days) is None:
            return None
        recurring = [e for e in goal.deadlines if e.kind == "recurring"]
        once = days is None and bool(recurring) and bool(_multipliers(goal, ctx))
        if once:  # "elke maand verdubbelen": the date for doing it once, the period goes
            replaced, days = recurring[0], 0
        elif days is not None and goal.deadline is not None and goal.deadline.kind != "recurring":
            replaced = goal.deadline
        else:
            return None
        compounds = not once
        low, high = days, opts.later_deadline_days  # too much at low; try high
        if high <= low or self._too_much(goal, ctx, opts, high, compounds) is not None:
            return None
        while high - low > 1:
            middle = (low + high) // 2
            if self._too_much(goal, ctx, opts, middle, compounds) is None:
                high = middle
            else:
                low = middle
        return high, replaced

    def _once_by_deadline(self, goal: Goal, ctx: RuleContext) -> TimeExpression | None:
        """The period a multiplier compounds over, in a goal with a deadline of its own by
        which doing it once is realistic ("elke maand verdubbelen, tot eind 2027"): without
        the period the goal asks one doubling by its deadline."""
        assert isinstance(self.options, MagnitudeOptions)
        days = _days_left(goal)
        recurring = [e for e in goal.deadlines if e.kind == "recurring"]
        if days is None or not recurring or not _multipliers(goal, ctx):
            return None
        if self._too_much(goal, ctx, self.options, days, compounds=False) is not None:
            return None
        return recurring[0]

    def _later_deadline(self, goal: Goal, ctx: RuleContext) -> tuple[Suggestion, ...]:
        """The earliest realistic deadline in the goal's own words for a date, as an unsafe
        fix of its deadline ("in 2 weken" -> "vóór 1 april 2027") or of the period a
        multiplier compounds over ("elke maand" -> "vóór 26 mei 2027"); with a deadline of its
        own that leaves time to do it once, the period goes ("elke maand" -> "")."""
        period = self._once_by_deadline(goal, ctx)
        if period is not None:
            kept = f"{goal.text[: period.start].rstrip()} {goal.text[period.end :].lstrip()}"
            edit = Edit(start=period.start, end=period.end, replacement="")
            return (Suggestion(title=kept.strip(), edits=(edit,), applicability="unsafe"),)
        found = self._later(goal, ctx)
        if found is None:
            return ()
        days, replaced = found
        due = goal.reference_date + timedelta(days=days)
        words = format_deadline(due, goal.lang, ctx.pack.time)
        if replaced.text[:1].isupper():
            words = words[:1].upper() + words[1:]
        edit = Edit(start=replaced.start, end=replaced.end, replacement=words)
        return (Suggestion(title=words, edits=(edit,), applicability="unsafe"),)

    def _too_much(
        self,
        goal: Goal,
        ctx: RuleContext,
        opts: MagnitudeOptions,
        days: int | None,
        compounds: bool = True,
    ) -> tuple[int, int, int] | None:
        """(start, end, days) of what is too much for the time, if anything is; without
        ``compounds``, as if the goal's routine were done once (what a later date is tried
        for)."""
        if compounds and any(e.kind == "recurring" for e in goal.deadlines):
            for match in _multipliers(goal, ctx)[:1]:
                return match.start, match.end, days or 0  # "elke maand verdubbelen": it compounds
        if days is not None:
            for measure in goal.measures:
                value = measure.value or 0.0
                if measure.kind == "percentage" and (
                    (value >= 100 and days <= opts.doubling_days)
                    or (value >= 50 and days <= opts.half_change_days)
                ):
                    return measure.start, measure.end, days
            for change in changes(goal, ctx):
                if _too_steep(change.factor, days, opts):
                    return change.start, change.end, days
            weight = body_weight_kilos(goal, ctx)
            if weight is not None and weight[1] / max(days / 7, 1.0) > (
                opts.body_weight_kilos_per_week
            ):
                return weight[0].start, weight[0].end, days
            if days <= opts.doubling_days:
                for match in _multipliers(goal, ctx)[:1]:
                    return match.start, match.end, days
            if days <= opts.long_achievement_days:
                for match in ctx.find(goal, "long_achievements")[:1]:
                    return match.start, match.end, days
            if days <= opts.role_jump_days:
                low = _own_roles(goal, ctx, ctx.find(goal, "starting_roles"))
                high = _own_roles(goal, ctx, ctx.find(goal, "senior_roles"))
                if low and high and low[0].start < high[0].start:
                    return high[0].start, high[0].end, days
        commitments = ctx.find(goal, "competing_commitments")
        per_week = sessions_per_week(goal, ctx)
        hours = hours_per_week(goal, ctx, days)
        if _overloaded(per_week, hours, bool(commitments), opts):
            if commitments:
                return commitments[0].start, commitments[0].end, days or 0
            return (*whole_goal(goal), days or 0)
        return None

    def _smaller_count(self, goal: Goal, ctx: RuleContext) -> tuple[Suggestion, ...]:
        """For a week the goal overloads, the largest count of sessions or hours the rule
        accepts in place of the writer's ('vijf avonden per week' -> 4), as an unsafe fix."""
        assert isinstance(self.options, MagnitudeOptions)
        opts = self.options
        commitments = bool(ctx.find(goal, "competing_commitments"))
        sessions = weekly_sessions(goal, ctx)
        hours = weekly_hours(goal, ctx, _days_left(goal))
        per_week = sessions[0] if sessions is not None else None
        weekly = hours[0] if hours is not None else None
        if not _overloaded(per_week, weekly, commitments, opts):
            return ()
        words = ctx.derived(_count_words)
        for found, is_hours in ((hours, True), (sessions, False)):
            if found is None or found[1] is None:
                continue
            start, end = found[1]
            count = parse_number(goal.text[start:end], words, ctx.pack.grammar.decimal_mark)
            if count is None or count < 2 or count != int(count):
                continue
            for n in range(int(count) - 1, 0, -1):
                scaled = found[0] * n / count
                if not _overloaded(
                    per_week if is_hours else scaled,
                    scaled if is_hours else weekly,
                    commitments,
                    opts,
                ):
                    edit = Edit(start=start, end=end, replacement=str(n))
                    return (Suggestion(title=str(n), edits=(edit,), applicability="unsafe"),)
        return ()


def _own_roles(goal: Goal, ctx: RuleContext, found: list[LexiconMatch]) -> list[LexiconMatch]:
    """The roles the writer may hold or aim at ('van *junior* naar *teamleider*'), not other
    people named by a possessive or a word for all of them before the role ('de begeleiding
    van alle stagiaires', 'met mijn leidinggevende', 'all our interns'; the pack's
    ``first_person_possessive`` and ``totals``)."""
    doc = goal.doc
    if doc is None:
        return found
    others = {w.lower() for k in ("first_person_possessive", "totals") for w in ctx.pack.words(k)}
    kept = []
    for m in found:
        before = doc[m.token_start - 1] if m.token_start > 0 else None
        if before is not None and (
            before.lower_ in others
            or "Yes" in before.morph.get("Poss", [])
            or "Tot" in before.morph.get("PronType", [])
        ):
            continue
        kept.append(m)
    return kept


def _overloaded(
    per_week: float | None, hours: float | None, commitments: bool, opts: MagnitudeOptions
) -> bool:
    """Whether the sessions or hours a week are too many beside the stated commitments (or
    the hours for the goal alone)."""
    if commitments and (
        (per_week is not None and per_week >= opts.sessions_beside_commitments)
        or (hours is not None and hours > opts.hours_beside_commitments)
    ):
        return True
    return hours is not None and hours > opts.hours_without_commitments


def _count_words(pack: RulePack) -> dict[str, float]:
    return number_words(pack.time)


def _multipliers(goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
    """Words that multiply a quantity, not the first part of a compound ("double-check"),
    nor a word that says how an act is done, its adverb right before the verb ("double
    check the codes", "triple wash the greens"): no quantity is multiplied."""
    return [
        m
        for m in ctx.find(goal, "growth_multipliers")
        if goal.text[m.end : m.end + 1] != "-" and not _act_manner(goal, m)
    ]


def _act_manner(goal: Goal, match: LexiconMatch) -> bool:
    """Is the one-word ``match`` an adverb of the verb right after it ('*double* check')?"""
    doc = goal.doc
    if doc is None:
        return False
    word = next((t for t in doc if t.idx == match.start), None)
    if word is None or word.i + 1 >= len(doc) or word.idx + len(word.text) != match.end:
        return False
    verb = doc[word.i + 1]
    return word.dep_ == "advmod" and word.head.i == verb.i and verb.pos_ == "VERB"


#: Days in an average month.
_MONTH_DAYS = 365.25 / 12


def _too_steep(factor: float | None, days: int, opts: MagnitudeOptions) -> bool:
    """Whether a change by ``factor`` (from a starting value to a target, up or down) in
    ``days`` is more than ``monthly_change`` a month, compounded."""
    if factor is None:
        return False
    months = max(days, 1) / _MONTH_DAYS
    return bool(factor ** (1 / months) > opts.monthly_change)


class TooManyGoals(Rule):
    """Flags three or more goals packed into one.

    What it does: counts the main verb and the verbs coordinated with it (dependency parse);
    three or more is flagged. Without a parse the rule stays silent.

    Why: a POP with too many parallel goals spreads the time and attention that each of them
    needs; two or three goals a year is what people manage next to their work.

    Example: ``Ik wil mijn Engels verbeteren, een cursus Excel volgen en elke week sporten.``

    Use instead: choose the goal that matters most this year and make it SMART.
    """

    code = "R004"
    name = "realistic.too_many_goals"
    criterion = Criterion.R
    summary = "Three or more goals at once"
    severity = "warning"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        heads = clause_heads(goal, ctx)
        if len(heads) >= 3:
            third = heads[2]
            yield self.finding(
                goal, ctx, third.idx, third.idx + len(third.text), confidence=0.65, count=len(heads)
            )


class JuniorJumpOptions(BaseModel):
    """Limit of realistic.junior_role_jump, with the assumption behind it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    role_jump_days: int = Field(
        default=365,
        gt=0,
        description="A junior reaching a senior role or title within this many days is "
        "flagged: from junior through vakvolwassen to senior (or a leading role) is two or "
        "more steps, and each step usually takes a year or more (the same assumption as "
        "R003's role_jump_days).",
    )


class JuniorRoleJump(Rule):
    """Flags a junior who aims at a senior role or title within a year.

    What it does: when the employee's phase is ``junior`` (from the form, the call or the
    config) and the goal's target is a role from the pack's ``senior_roles``
    (afdelingshoofd, teamleider, director) or ``senior_titles`` (senior, principal) — the
    role the writer works as or becomes ("werk ik als", "word ik", "I will be") — with a
    deadline within ``role_jump_days``, it warns about realism. A goal that itself names
    the starting role ("van junior naar teamleider") is R003's; this rule stays silent
    there. Without a phase it never fires.

    Why: the guides to the POP-gesprek describe a junior as someone with much to learn and
    lots of room to grow. Growth comes in steps: from junior to vakvolwassen to senior or a
    leading role is two or more of them, each usually a year or more. JUDGING counts "a
    role two levels up" in too short a time as not realistic; the phase tells where the
    employee starts when the goal does not.

    Example: ``Vóór 1 oktober 2027 ben ik teamleider van de klantenservice.`` (phase junior)

    Use instead: ``Vóór 1 oktober 2027 handel ik zelfstandig de klachten van onze tien
    grootste klanten af, met maandelijkse feedback van mijn teamleider.``
    """

    code = "R005"
    name = "realistic.junior_role_jump"
    criterion = Criterion.R
    summary = "A junior aims at a senior role or title within a year"
    severity = "warning"
    Options = JuniorJumpOptions

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        assert isinstance(self.options, JuniorJumpOptions)
        if employee_phase(goal) is not Phase.JUNIOR:
            return
        days = _days_left(goal)
        if days is None or days > self.options.role_jump_days:
            return
        low, high = ctx.find(goal, "starting_roles"), ctx.find(goal, "senior_roles")
        if low and high and low[0].start < high[0].start:
            return  # the goal names its own starting point: R003 weighs it
        target = _target_role(goal, ctx)
        if target is not None:
            yield self.phrase_finding(goal, ctx, target, confidence=0.7, days=days)


def _target_role(goal: Goal, ctx: RuleContext) -> LexiconMatch | None:
    """The first senior role or title the goal aims at: inside a role it works as ("werk
    ik als *teamleider*", "promoted to *head of* sales"), or the predicate of a copular verb
    ("word ik *afdelingshoofd*", "I will be a *senior* consultant") that is not the object
    of a preposition or a possessive ("met *mijn manager*", "to my *director*")."""
    found = sorted(
        [*ctx.find(goal, "senior_roles"), *ctx.find(goal, "senior_titles")],
        key=lambda m: m.start,
    )
    roles = [m for m in goal.measures if m.kind == "role"]
    purpose = goal.purpose
    copular = ctx.derived(_copular_verbs)
    has_copula = any(v.lemma.lower() in copular for v in goal.syntax.verbs) or any(
        t.dep_ == "cop" for t in goal.doc or ()
    )
    for match in found:
        if any(r.start <= match.start < r.end for r in roles):
            return match
        if purpose is not None and purpose.start <= match.start < purpose.end:
            continue
        if has_copula and not _governed(goal, ctx, match):
            return match
    return None


def _governed(goal: Goal, ctx: RuleContext, match: LexiconMatch) -> bool:
    """Whether the role's noun phrase hangs on a preposition or a possessive ("met mijn
    manager", "for our director"): then it names someone else, not the writer's target."""
    doc = goal.doc
    if doc is None:
        return False
    blockers = ctx.derived(_governing_words)
    before = [t for t in doc if t.idx + len(t.text) <= match.start]
    for token in reversed(before):
        if token.lower_ in blockers or token.pos_ == "ADP":
            return True
        if token.pos_ not in ("DET", "ADJ", "NUM") and token.lower_ != "senior":
            return False
    return False


def _copular_verbs(pack: RulePack) -> frozenset[str]:
    return single_words(pack, "copular_verbs")


def _governing_words(pack: RulePack) -> frozenset[str]:
    return single_words(pack, "prepositions") | single_words(pack, "first_person_possessive")


def _days_left(goal: Goal) -> int | None:
    """Days from the reference date to a future deadline (a passed one is T003's business)."""
    deadline, _ = governing(goal)
    if deadline is None or deadline.due is None or deadline.due < goal.reference_date:
        return None
    return (deadline.due - goal.reference_date).days


RULES: tuple[type[Rule], ...] = (
    AbsoluteClaim,
    Superlative,
    MagnitudeVersusTime,
    TooManyGoals,
    JuniorRoleJump,
)


def _ranks_trouble(doc: Doc, match: LexiconMatch, troubles: list[LexiconMatch]) -> bool:
    """The superlative's last word modifies a noun of ``troubles`` (its head in the parse)."""
    head = doc[match.token_end - 1].head
    return any(t.token_start <= head.i < t.token_end for t in troubles)
