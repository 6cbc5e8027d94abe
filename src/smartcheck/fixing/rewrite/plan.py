"""What to change in a failing goal, read from its report: which words go, which are replaced,
and which SMART parts the frame must add.

Only failing criteria change anything. Findings and lexicon matches are spans of the goal
text; here they become word-level operations (drop word 3, replace word 5 by a placeholder),
so that the frame can then move whole words without breaking a span in half.
"""

from __future__ import annotations

import re
from itertools import pairwise

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.absolute_reach import (
    drop_repeated_unit,
    in_place,
    purpose_absolutes,
)
from smartcheck.fixing.rewrite.activity_topic import activity_lead
from smartcheck.fixing.rewrite.aim_nouns import aim_noun
from smartcheck.fixing.rewrite.asides import means_aside
from smartcheck.fixing.rewrite.bound_links import linked_bound
from smartcheck.fixing.rewrite.bounded import bounded_target
from smartcheck.fixing.rewrite.compiled import compiled
from smartcheck.fixing.rewrite.countable import count_bound
from smartcheck.fixing.rewrite.dated_nouns import noun_dated_spans
from smartcheck.fixing.rewrite.edit_plan import Plan as Plan
from smartcheck.fixing.rewrite.exploring import explored_spans
from smartcheck.fixing.rewrite.hedging import conditional_tails, outermost
from smartcheck.fixing.rewrite.known_topics import knows_about
from smartcheck.fixing.rewrite.labels import label_words, timed_label
from smartcheck.fixing.rewrite.lengths import vague_length
from smartcheck.fixing.rewrite.reports import as_reason, reported_reason
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.time_tails import tail_after
from smartcheck.fixing.rewrite.trailing_time import deadline_sentences
from smartcheck.fixing.rewrite.vague import vague_outcomes
from smartcheck.fixing.rewrite.words import Word, is_verbal, looks_infinitive_nl
from smartcheck.fixing.rewrite.zero_pairs import zero_partner_spans
from smartcheck.judging.context import RuleContext
from smartcheck.judging.features.absolutes import demanded_absolutes
from smartcheck.judging.features.deadlines import dated_events
from smartcheck.judging.features.reasons import outside_reason_clauses
from smartcheck.reading.lexicon import LexiconMatch
from smartcheck.reading.past_dates import told_in_past
from smartcheck.reporting.report import GoalReport


def failed(report: GoalReport) -> set[Criterion]:
    return {c for c, score in report.criteria.items() if not score.passed}


def points_at(start: int, end: int, a: int, b: int) -> bool:
    """Does a finding span [start, end) point at the words [a, b)?

    Rules anchor a problem at its words ('binnenkort') and an absence at the whole goal;
    only the first kind names words to change.
    """
    return start < b and a < end and (end - start) <= 2 * (b - a) + 5


def make_plan(report: GoalReport, ctx: RuleContext, style: RewriteStyle, words: list[Word]) -> Plan:
    """The edits for ``report``'s failing criteria that do not depend on the clause shape."""
    plan = Plan(words=words, lang=report.lang)
    timed = timed_label(words, report.goal.deadlines, frozenset(ctx.pack.words("goal_labels")))
    plan.drop.update(timed)  # 'Doel voor dit jaar: X' is read as 'voor dit jaar X'
    plan.label = () if timed else tuple(label_words(words))
    if style.word_order != "v2":  # verb second fronts it in the clause (frame._label_front)
        plan.drop.update(plan.label)
    _reported(style, plan)
    bad = failed(report)
    bounded = bounded_target(report, plan, style) if Criterion.R in bad else None
    # after the bounded date, which replaces a too-close deadline
    _safe_fixes(
        report,
        plan,
        _weekday_days(ctx),
        noun_dated_spans(report.goal, ctx.pack.time),
        style.time_tails,
    )
    if Criterion.T in bad:
        durations = ctx.pack.time.durations
        _time(
            report,
            plan,
            style,
            frozenset(w.lower() for w in durations.so_far.leads),
            frozenset(w.lower() for w in durations.lengths),
        )
        if bounded == "date":
            plan.time = None  # the realistic date is the goal's deadline now
    months = frozenset(n.lower() for names in ctx.pack.time.months for n in names)
    plan.dated = _bracketed_dates(report, plan, months)
    _event_date(report, style, plan)
    _means(report, style, plan)  # before the hedges: a guess goes whole, with its 'I think'
    if Criterion.A in bad:
        _hedges(report, ctx, style, plan)
    _effort(report, ctx, style, plan)
    _fillers(style, plan)
    _goal_frame(ctx, style, plan)
    if Criterion.R in bad:
        _realistic(report, ctx, style, plan)
    return plan


def _reported(style: RewriteStyle, plan: Plan) -> None:
    """Someone's report after the writer's phrase ends the main clause and stays as its
    reason ('..., as the branch manager says I overvalue too often'; reports.py)."""
    at = reported_reason(plan.words, style)
    opener = as_reason(style)
    if at is not None and opener:
        plan.report_at = at
        given = at + 1 < len(plan.words) and plan.words[at + 1].lower == opener.lower()
        plan.replace[at] = "," if given else f", {opener}"  # '..., want mijn slb'er vindt


def finish_plan(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle, plan: Plan, core: list[int]
) -> None:
    """The edits inside the clause core: vague outcome words, then what M and S still need."""
    bad = failed(report)
    vague = Criterion.S in bad and _vague(report, ctx, style, plan, set(core))
    if Criterion.M in bad:
        m_findings = report.criteria[Criterion.M].findings
        comparatives = ctx.find(report.goal, "comparatives")
        asked = explored_spans(report.goal.text, style)  # 'whether that job suits me better'
        why = report.goal.purpose  # 'zodat ik beter begrijp ...': why, no target to count
        asked += [(why.start, why.end)] if why is not None else []
        asked += zero_partner_spans(report.goal, style)  # 'geen klachten meer': none, no change
        kept = [
            c
            for c in comparatives
            if not any(a <= c.start < b for a, b in asked)
            and any(
                plan.kept(i) and i not in plan.replace
                for i, w in enumerate(plan.words)
                if w.inside(c.start, c.end)
            )
        ]
        plan.comparison = bool(kept)  # a comparative needs a baseline and a target
        plan.measure = (
            any(
                not any(points_at(f.start, f.end, c.start, c.end) for c in comparatives)
                for f in m_findings
            )
            or not m_findings
            # the explored question's comparative is no count: the act asks for evidence
            or any(a <= c.start < b for c in comparatives for a, b in asked)
        )
    if Criterion.S in bad and not vague:
        plan.measure = True  # a measure makes a broad goal concrete (what will be shown)


def _recurring(report: GoalReport, match: LexiconMatch) -> bool:
    """Does the goal name its own recurrence outside the absolute ('before every shift',
    'voor elke dienst'): the routine whose adherence is counted?"""
    return any(
        e.kind == "recurring" and not (match.start <= e.start < match.end)
        for e in report.goal.deadlines
    )


def _calendar(ctx: RuleContext) -> frozenset[str]:
    """The pack's weekday and month names, lower case."""
    time = ctx.pack.time
    return frozenset(n.lower() for names in (*time.weekdays, *time.months) for n in names)


def _weekday_days(ctx: RuleContext) -> tuple[frozenset[str], frozenset[str]]:
    """The pack's weekday names and the words that put a weekday on its day ('op', 'on')."""
    time = ctx.pack.time
    names = frozenset(n.lower() for names in time.weekdays for n in names)
    return names, frozenset(w.lower() for w in time.recurring.weekday_plural_prefixes)


def _on_a_weekday(words: list[Word], inside: list[int], days: tuple[frozenset[str], ...]) -> bool:
    """Whether the time phrase is a weekday said as the day it happens ('op dinsdag', 'on
    Tuesday'), not a deadline before it ('vóór dinsdag', 'by Tuesday')."""
    names, markers = days
    texts = [words[i].lower for i in inside if words[i].is_word]
    return (
        any(t in names for t in texts)
        and bool(texts)
        and (texts[0] in names or texts[0] in markers)
    )


def _safe_fixes(
    report: GoalReport,
    plan: Plan,
    days: tuple[frozenset[str], ...] = (frozenset(), frozenset()),
    dated: list[tuple[int, int]] | None = None,
    tails: tuple[str, ...] = (),
) -> None:
    """Meaning-preserving fixes (an explicit date for 'binnen drie maanden') go in as values;
    not for the month that dates an event ('voor mijn beoordelingsgesprek in maart'): the
    event stays the deadline, and the month says when it is; nor for a deadline in its own
    short sentence after the goal ('Deadline: eind maart.'), which stays as written; nor for
    a weekday said as the day it happens ('bij de veiling op dinsdag', 'on Tuesday'): 'vóór
    24 november' would turn the day of a standing event or a routine into a one-off
    deadline before it, and the weekday already passes T; nor for a time that dates the
    noun before it ('voor de zaaironde in week 8', ``dated``; dated_nouns.py). An
    approximation told after the time ('in the next 18 months *or so*'; ``tails``) goes
    with it: the date says when."""
    kept = [(d.start, d.end) for _, d in dated_events(report.goal)] + (dated or [])
    own = deadline_sentences(plan.words, report.goal)
    kept += own
    last = max((w.end for w in plan.words if w.is_word), default=-1)
    plan.deadline_sentence = next((s for s in own if s[1] == last), None)
    for finding in report.findings:
        for suggestion in finding.suggestions:
            if suggestion.applicability != "safe":
                continue
            for edit in suggestion.edits:
                if any(a <= edit.start and edit.end <= b for a, b in kept):
                    continue
                span = [i for i, w in enumerate(plan.words) if w.inside(edit.start, edit.end)]
                if _on_a_weekday(plan.words, span, days):
                    continue
                if edit.end > edit.start and not any(
                    i in plan.drop or i in plan.replace
                    for i, w in enumerate(plan.words)
                    if w.inside(edit.start, edit.end)
                ):
                    inside = plan.drop_span(edit.start, edit.end, edit.replacement)
                    plan.deadline_at = tuple(inside)
                    plan.drop.update(tail_after(plan.words, inside, tails))
            break


def _time(
    report: GoalReport,
    plan: Plan,
    style: RewriteStyle,
    leads: frozenset[str],
    lengths: frozenset[str] = frozenset(),
) -> None:
    """Drop the time words that fail T (vague, passed, too far); keep a recurrence and a
    vague length of a step ('for a few weeks', 'een paar weken lang'; the pack's
    ``durations.lengths``): it says how long the writer does it, no deadline. A kept
    recurrence or the start of a new habit ('vanaf nu', 'from now on') runs until a date,
    never to a deadline beside its start. A date that goes takes the word that only led up
    to it ('since' of 'since March 2026', one of the pack's ``so_far.leads``): alone it
    would dangle."""
    goal = report.goal
    context = [(c.start, c.end) for c in goal.syntax.context]
    # '..., in order to open the car wash on Saturdays': the aim's routine, not the step's
    context += [(goal.purpose.start, goal.purpose.end)] if goal.purpose is not None else []
    recurring = [  # 'At the moment samples get lost every week.': how things are, no routine
        e
        for e in goal.deadlines
        if e.kind == "recurring" and not any(a <= e.start < b for a, b in context)
    ]
    later = _later_step(goal.text, style)
    if later is not None:  # 'Complete the X course and after that fly tandem one day a week':
        recurring = [e for e in recurring if e.start < later]  # the later step's routine
    one_off = [e for e in goal.deadlines if e.kind == "deadline"]
    if one_off:  # 'Vóór X het certificaat halen. Oefenen op dinsdagmiddag.': a routine told
        end = _sentence_end(plan, one_off[0].end)  # in a later sentence is how, no target
        recurring = [e for e in recurring if e.start < end]
    for finding in report.criteria[Criterion.T].findings:
        if finding.severity == "info":
            continue  # 'which date is that?' (T007), 'write it as a date' (T006): no fault
        for expr in goal.deadlines:
            if expr.kind == "recurring" or not points_at(
                finding.start, finding.end, expr.start, expr.end
            ):
                continue
            if goal.doc is not None and told_in_past(expr, goal.doc):
                continue  # '..., after what happened last year': the writer's context stays
            if vague_length(expr, lengths):
                continue  # 'go along for a few weeks': how long, kept beside the deadline
            if any(
                i in plan.replace
                for i, w in enumerate(plan.words)
                if w.inside(expr.start, expr.end)
            ):
                continue
            _drop_lead(plan, plan.drop_span(expr.start, expr.end), leads)
    kept_recurring = any(
        any(plan.kept(i) for i, w in enumerate(plan.words) if w.inside(e.start, e.end))
        for e in recurring
    )
    if kept_recurring:
        _passed_starts(report, plan)
    text = report.goal.text.lower()
    starts = any(
        compiled(rf"(?<!\w){re.escape(p.lower())}(?!\w)").search(text) for p in style.routine_starts
    )  # also last in the goal ('... for every shift from now on.')
    plan.time = "until" if kept_recurring or starts else "deadline"


def _later_step(text: str, style: RewriteStyle) -> int | None:
    """Where a word of sequence opens the writer's later step inside the goal ('... and
    *after that* cover the desk one day a week', '... en *daarna* ...'; the pack's
    ``followup_openers``), after a first act of its own: a routine there is that later
    step's, and the first act is a one-off with a deadline ('By [date], I will complete
    ...'), never a routine 'until' a date. None when no such word stands after the first."""
    found = [
        m.start()
        for opener in style.followup_openers
        if opener.split()[0].lower() not in {j.lower() for j in style.step_joiners}
        for m in re.finditer(rf"(?<!\w){re.escape(opener)}(?!\w)", text, re.IGNORECASE)
        if _joined(text[: m.start()], style)
    ]
    return min(found, default=None)


def _joined(before: str, style: RewriteStyle) -> bool:
    """Do the words ``before`` a word of sequence hold a first act and end in a joiner
    ('Complete the course *and*', 'mijn vaarbewijs halen *en*', the style's
    ``step_joiners``) or a comma? Then the word opens a later step of the same goal."""
    words = re.findall(r"[^\W\d_]+|,", before.lower())
    if len(words) < 3:
        return False
    return words[-1] == "," or words[-1] in {j.lower() for j in style.step_joiners}


def _sentence_end(plan: Plan, after: int) -> int:
    """Where the sentence that holds character ``after`` ends (a stop followed by a word)."""
    words = plan.words
    for i, w in enumerate(words[:-1]):
        if w.start >= after and w.text in (".", "!", "?") and words[i + 1].is_word:
            return w.start
    return len(plan.words) and max(w.end for w in words)


def _drop_lead(plan: Plan, inside: list[int], leads: frozenset[str]) -> None:
    """The kept word right before a dropped date that only led up to it ('since')."""
    before = inside[0] - 1 if inside else -1
    if before >= 0 and plan.kept(before) and plan.words[before].lower in leads:
        plan.drop.add(before)


def _passed_starts(report: GoalReport, plan: Plan) -> None:
    """A routine's start that lies before the reference date ('Vanaf 1 maart 2026 twee keer
    per maand ...') goes: the routine is committed to from now until a date, and a start
    already past beside 'ga ik' or 'I will' would tell the past as the writer's promise."""
    goal = report.goal
    for expr in goal.deadlines:
        if expr.kind == "start" and expr.due is not None and expr.due < goal.reference_date:
            plan.drop_span(expr.start, expr.end)


def _bracketed_dates(report: GoalReport, plan: Plan, months: frozenset[str]) -> tuple[int, ...]:
    """The words of each date in brackets right after one of the goal's time phrases."""
    found: list[int] = []
    for expr in report.goal.deadlines:
        inside = [i for i, w in enumerate(plan.words) if w.inside(expr.start, expr.end)]
        close = _dated_in_brackets(plan.words, inside[-1], months) if inside else None
        if close is not None:
            found += range(inside[-1] + 1, close + 1)
    return tuple(found)


def _event_date(report: GoalReport, style: RewriteStyle, plan: Plan) -> None:
    """An event-anchored deadline stays; the rewrite asks for its date beside it
    ('voor het einde van mijn proeftijd ([datum])') instead of adding a second deadline, also
    when a passed or vague time beside it went ('Op 18 juni 2022 ... bij de eindevaluatie').
    An event the writer dated in brackets ('voor de start van het seizoen (april)', one of
    the pack's month names) has its date: nothing is asked."""
    for event, date in dated_events(report.goal)[:1]:
        inside = [i for i, w in enumerate(plan.words) if w.inside(event.start, date.end)]
        if inside and all(plan.kept(i) and i not in plan.replace for i in inside):
            plan.deadline_at = tuple(inside)  # its date is given: nothing to ask, it stays
            plan.time = None if plan.time == "deadline" else plan.time
            return
    if plan.time == "until" or (plan.time is None and report.goal.deadline is not None):
        return
    first = next((i for i, w in enumerate(plan.words) if w.is_word), None)
    if plan.time == "deadline" and (first is None or not plan.kept(first)):
        return  # the time that went stood in front: the new deadline takes its place
    for expr in report.goal.deadlines:
        if expr.kind != "event" or expr.anchor is None or expr.relation == "after":
            continue
        inside = [i for i, w in enumerate(plan.words) if w.inside(expr.start, expr.end)]
        if not inside or any(not plan.kept(i) or i in plan.replace for i in inside):
            continue
        if inside[-1] + 1 in plan.dated:
            plan.deadline_at = (*inside, *(i for i in plan.dated if i > inside[-1]))
            plan.time = None
            return
        last = _front_end(plan, style, inside)
        ask = f"{plan.text(last)} ({style.placeholders.date})"
        if last == inside[-1] and plan.words[last].pos in ("VERB", "AUX") and inside[0] == first:
            ask += ","  # a fronted clause ('Voordat het rooster ingaat ([datum]), ga ik')
        plan.replace[last] = ask
        plan.time = None
        return


def _dated_in_brackets(words: list[Word], last: int, months: frozenset[str]) -> int | None:
    """The event's words are followed by a month in brackets, with or without a year or day
    ('(april)', '(maart 2027)', '(15 mei)'): the writer's own date of the event. The index
    of the closing bracket, or None."""
    if last + 2 >= len(words) or words[last + 1].text != "(":
        return None
    end = min(len(words), last + 6)
    close = next((n for n in range(last + 2, end) if words[n].text == ")"), None)
    if close is None:
        return None
    return close if names_a_month([w.text for w in words[last + 2 : close]], months) else None


def names_a_month(said: list[str], months: frozenset[str]) -> bool:
    """Do the words in an event's bracket give its date: a month, with or without a year or
    day ('april', 'maart 2027', '15 mei'), and nothing else?"""
    lowered = [w.lower() for w in said]
    return any(w in months for w in lowered) and all(w in months or w.isdigit() for w in lowered)


#: How many words a fronted event's own phrase may run on after the event ('voor de
#: verhuizing naar het nieuwe pand'): more, and it is no longer one phrase.
_FRONT_TAIL = 8


def _front_end(plan: Plan, style: RewriteStyle, inside: list[int]) -> int:
    """Where the date asked for an event goes: after the event, or, when the goal opens with
    it, after the whole fronted phrase ('Voor de verhuizing naar het nieuwe pand ([datum])
    ga ik ...'), never between the event and what it says of it ('de verhuizing ([datum])
    naar het nieuwe pand'). Only a phrase a preposition opens is the event's: in a goal told
    without a subject ('Vóór de kerstdrukte zelf een batch stoken') the words after the event
    are the act, and the date goes right after the event."""
    last = inside[-1]
    first = next((i for i, w in enumerate(plan.words) if w.is_word and plan.kept(i)), None)
    if first != inside[0]:
        return last
    if last + 1 >= len(plan.words) or plan.words[last + 1].lower not in style.prepositions:
        return last
    subjects = {s.lower() for s in style.subjects}
    for i in range(last + 1, min(len(plan.words), last + 1 + _FRONT_TAIL)):
        word = plan.words[i]
        verb = word.pos in ("VERB", "AUX")
        if not word.is_word or word.finite or verb or word.lower in subjects:
            return i - 1 if i - 1 > last and plan.kept(i - 1) else last
    return last


def _hedges(report: GoalReport, ctx: RuleContext, style: RewriteStyle, plan: Plan) -> None:
    """Leave out hedging adverbs ('misschien', 'hopefully'); verbs are handled by the frame."""
    droppable = {h.lower() for h in style.drop_hedges}
    tails = dict(conditional_tails(report.goal, ctx))
    # a hedge in a reason after the goal tells what may come, no doubt of the commitment
    hedges = outside_reason_clauses(report.goal, ctx, ctx.find(report.goal, "hedges"))
    for match in outermost(hedges):
        text = report.goal.text[match.start : match.end].lower()
        timed = any(t.start <= match.start < t.end for t in report.goal.deadlines)
        if not timed and _preference(plan, match.start, match.end, text, style):
            continue  # 'ideally by March' is a hedged deadline, no means: the hedge goes
        inside = [i for i, w in enumerate(plan.words) if w.inside(match.start, match.end)]
        if timed and any(i in plan.replace for i in inside):
            continue  # 'ideally by March' -> 'by 31 March 2027': the time's fix replaced it
        if text in droppable or match.entry.lower() in droppable:
            # inside the deadline ('..., ideally by March') only the hedge goes, and a
            # condition's tail stops at a deadline after it ('if possible by March')
            end = match.end if timed else tails.get(match.end, match.end)
            later = [e.start for e in report.goal.deadlines if match.end <= e.start < end]
            plan.drop_span(match.start, min(later, default=end))
    plan.agreement = True  # who agreed to it makes the commitment visible


def _preference(plan: Plan, start: int, end: int, text: str, style: RewriteStyle) -> bool:
    """A hedge of preference before the means it prefers ('ideally with a kit'): the means
    is kept, so the preference is too, in the pack's word that commits to it ('preferably
    with a kit'; ``rewrite.preference_hedges``). True when it was replaced."""
    preferred = style.preference_hedges.get(text)
    inside = [i for i, w in enumerate(plan.words) if w.inside(start, end)]
    if preferred is None or not inside:
        return False
    nxt = inside[-1] + 1
    if nxt >= len(plan.words) or plan.words[nxt].lower not in style.prepositions:
        return False  # 'Ideally I want to ...': a hedge of the wish, no means
    plan.replace[inside[0]] = preferred
    plan.drop.update(inside[1:])
    return True


def _means(report: GoalReport, style: RewriteStyle, plan: Plan) -> None:
    """The writer's guess at a means after the goal ('..., I think coaching might help')
    becomes its means ('with the help of coaching'; asides.py)."""
    guess = means_aside(report.goal.text, style)
    if guess is None or style.frames.means is None:
        return
    words = plan.words
    inside = [i for i, w in enumerate(words) if w.inside(guess.start, guess.end)]
    means = [i for i in inside if words[i].inside(guess.means_start, guess.means_end)]
    if not means or any(not plan.kept(i) or i in plan.replace for i in inside):
        return
    text = report.goal.text[guess.means_start : guess.means_end]
    plan.drop.update(i for i in inside if i != means[0])
    plan.replace[means[0]] = style.frames.means.format(means=text)  # the means, in its frame


def _effort(report: GoalReport, ctx: RuleContext, style: RewriteStyle, plan: Plan) -> None:
    """Effort promised instead of the result ('mijn best doen om', 'do my best to') becomes
    a commitment to the result, whichever criteria failed; an entry 'a & b' matches its
    words (form or lemma) within a few words of each other, in either order."""
    words = plan.words
    particles = set(ctx.pack.words("separable_particles"))
    for entry in style.effort_hedges:
        parts = [p.split() for p in entry.lower().split(" & ")]
        for i in range(len(words)):
            at = [_phrase_at(words, parts[0], i)]
            if at[0] is None:
                continue
            rest = [
                next((j for j in range(max(0, i - 4), i + 5) if _phrase_at(words, p, j)), None)
                for p in parts[1:]
            ]
            if any(j is None for j in rest):
                continue
            found = [j for j in (i, *rest) if j is not None]
            last = max(j + len(p) - 1 for j, p in zip(found, parts, strict=True))
            start, end = words[min(found)].start, words[last].end
            hedged = Criterion.A in failed(report) and any(
                f.code == "A001" and f.start < end and start < f.end for f in report.findings
            )
            _drop_effort(plan, style, start, end, particles, hedged)
            return


def _fillers(style: RewriteStyle, plan: Plan) -> None:
    """Words that pad the goal ('ik wil *gewoon* beter worden', 'I *just* want to') go
    wherever they stand as words of their own: not after a determiner, where they are a
    noun's ('een gewoon gesprek', 'a new kind of dance'), not after a comma, where they open
    a detail of the goal ('..., het liefst dezelfde dag nog'), nor before a preposition or
    a number, where they say how much or when ('just in time', 'just 5 minutes'), nor
    after a preposition, where they restrict ('instead of *just* reading the meters')."""
    words = plan.words
    entries = sorted((tuple(f.lower().split()) for f in style.fillers), key=len, reverse=True)
    for i in range(len(words)):
        entry = next((e for e in entries if _form_at(words, e, i)), None)  # 'gewone' is none
        span = range(i, i + len(entry)) if entry else range(0)
        if entry is None or any(not plan.kept(j) or j in plan.replace for j in span):
            continue
        before = words[i - 1] if i else None
        after = words[i + len(entry)] if i + len(entry) < len(words) else None
        if before is not None and (
            before.lower in style.determiners or before.pos == "ADJ" or before.text in ",;"
        ):
            continue  # a noun's word, or one that opens a detail ('..., het liefst vandaag')
        if before is not None and (before.lower in style.negations or before.lower == "n't"):
            continue  # 'not just the installation': the negation's restriction, no filler
        if before is not None and (before.lower in style.prepositions or before.pos == "ADP"):
            continue  # 'instead of just reading', 'rather than just': 'only', no filler
        if after is not None and (
            after.lower in style.prepositions or any(c.isdigit() for c in after.text)
        ):
            continue
        plan.drop.update(span)
        if after is not None and after.text == "," and (before is None or not before.is_word):
            plan.drop.add(i + len(entry))  # 'Eigenlijk, ...': its comma goes with it


def _form_at(words: list[Word], phrase: tuple[str, ...], i: int) -> bool:
    """The words from ``i`` on are ``phrase`` as written (lower case), not by lemma."""
    return tuple(w.lower for w in words[i : i + len(phrase)]) == phrase


def _goal_frame(ctx: RuleContext, style: RewriteStyle, plan: Plan) -> None:
    """'Mijn doel is om de cursus af te ronden', 'My goal is to finish the course': a frame
    that names the goal before it goes with its 'om ... te' / 'to', so the goal's own verb
    phrase is what the writer commits to ('Vóór [datum] ga ik de cursus afronden')."""
    words = plan.words
    start = next((i for i, w in enumerate(words) if w.is_word), None)
    if start is None:
        return
    for entry in sorted(style.goal_frames, key=len, reverse=True):
        phrase = entry.lower().split()
        if _phrase_at(words, phrase, start) is None:
            continue
        span = list(range(start, start + len(phrase)))
        if any(not plan.kept(i) or i in plan.replace for i in span):
            return
        after = span[-1] + 1
        complementizers = {c.lower() for c in style.complementizers}
        if after < len(words) and words[after].lower in complementizers:
            span.append(after)
        clause = []
        for i in range(span[-1] + 1, len(words)):
            if not words[i].is_word or words[i].lower in (",", ";"):
                break
            clause.append(i)
        markers = {m.lower() for m in style.infinitive_markers}
        infinitives = infinitive_markers(words, clause, markers)
        if not infinitives:
            return  # 'Mijn doel is een vaste baan': no verb phrase to commit to
        plan.drop.update(span)
        particles = set(ctx.pack.words("separable_particles"))
        for i in infinitives:
            # on the verb: the phrase without a subject still ends in its infinitive
            _drop_marker(plan, i, particles, on_verb=True)
        return


def _phrase_at(words: list[Word], phrase: list[str], i: int) -> int | None:
    """``i`` when the words from ``i`` on are ``phrase`` (by form or lemma), else None."""
    if i + len(phrase) > len(words):
        return None
    ok = all(words[i + n].lower == p or words[i + n].lemma == p for n, p in enumerate(phrase))
    return i if ok else None


def _drop_effort(
    plan: Plan, style: RewriteStyle, start: int, end: int, particles: set[str], hedged: bool
) -> None:
    """'Ik ga er (beter) mijn best voor doen om op tijd te komen' -> 'Ik ga op tijd komen',
    "I'll do my best to arrive on time" -> "I'll arrive on time": an effort promised
    instead of the result goes with the words bound to it (the pack's ``effort_lead``
    before it, 'om' and 'te' / 'to' after it). Not when the clause's finite verb is inside
    it ('Ik doe mijn best om ...'; in English only right after the writer: 'I do my best
    to ...' goes whole) or a word of its own would be stranded before it. An attempt the
    judgement calls a hedge (``hedged``: 'Vóór juni doe ik een poging om ... te halen')
    gives its finite verb's place to the committed auxiliary ('Vóór juni ga ik ... halen')."""
    words = plan.words
    inside = [i for i, w in enumerate(words) if w.inside(start, end)]
    if not inside or any(not plan.kept(i) or i in plan.replace for i in inside):
        return
    first = inside[0]
    while first > 0 and words[first - 1].lower in style.effort_lead and plan.kept(first - 1):
        first -= 1
    front = first - 1  # the clause's subject or finite verb: nothing else may stay before it
    if (
        not hedged
        and front >= 0
        and not (
            words[front].lower in style.subjects
            or words[front].lower in style.modals
            or words[front].finite
        )
    ):
        return  # 'er extra moeite voor doen': a word of its own would be left stranded
    span = list(range(first, inside[-1] + 1))
    finite = [i for i in span if words[i].finite and words[i].pos in ("VERB", "AUX")]
    own = front >= 0 and words[front].lower in style.subjects and finite == [first]
    committed = hedged and style.word_order == "v2" and _commit_finite(plan, style, span)
    if finite and not committed and (style.word_order == "v2" or not own):
        # 'Ik doe mijn best om ...': the clause's own verb is inside it (Dutch keeps it: its
        # 'doe' is the writer's word); 'I do my best to ...' goes whole, and the English
        # frame puts its auxiliary after the subject
        return
    plan.drop.update(
        i for i in span if i not in plan.replace and words[i].lower not in style.subjects
    )
    after = inside[-1] + 1
    complementizers = {c.lower() for c in style.complementizers}
    markers = {m.lower() for m in style.infinitive_markers}
    if after < len(words) and words[after].lower in complementizers:
        plan.drop.add(after)
        after += 1
    clause = []
    for i in range(after, len(words)):
        if not words[i].is_word or words[i].lower in (",", ";"):
            break
        clause.append(i)
    for i in infinitive_markers(words, clause, markers):
        _drop_marker(plan, i, particles)  # 'om op tijd te komen' -> 'op tijd komen'


def _commit_finite(plan: Plan, style: RewriteStyle, span: list[int]) -> bool:
    """The one finite verb of an effort span ('doe' in 'doe ik een poging') becomes the
    committed auxiliary of the writer's subject beside it ('ga'); False when there is no
    such verb or subject."""
    words = plan.words
    finite = [i for i in span if words[i].finite and words[i].pos in ("VERB", "AUX")]
    if len(finite) != 1:
        return False
    at = finite[0]
    beside = [words[j].lower for j in (at - 1, at + 1) if 0 <= j < len(words)]
    subject = next((w for w in beside if w in style.subjects), None)
    if subject is None:
        return False
    plan.replace[at] = style.subjects[subject]
    return True


def _drop_marker(plan: Plan, i: int, particles: set[str], on_verb: bool = False) -> None:
    """Drop the infinitive marker at ``i``; a separable particle before it joins the verb
    after it ('bij te werken' -> 'bijwerken'), written on the particle, or ``on_verb``."""
    words = plan.words
    plan.drop.add(i)
    if i > 0 and words[i - 1].lower in particles and plan.kept(i - 1):
        joined = words[i - 1].text + words[i + 1].text
        kept, gone = (i + 1, i - 1) if on_verb else (i - 1, i + 1)
        plan.replace[kept] = joined
        plan.drop.add(gone)


def infinitive_markers(
    words: list[Word],
    clause: list[int],
    markers: set[str],
    governed: frozenset[str] = frozenset(),
) -> list[int]:
    """The 'te' / 'to' of each infinitive among the word indices ``clause`` (one per
    conjunct: 'goed te begeleiden en te woord te staan'): the first marker before a verb,
    else, when no marker stands before a tagged verb, the first before a word. A 'te' of a
    fixed phrase before a noun stays ('klanten te woord te staan' -> 'te woord staan'), and
    so does the 'te' of a clause that one of ``governed`` opens ('..., maar *zonder*
    opdringerig te zijn': the preposition's infinitive, not the commitment's)."""
    spots = [
        n
        for n, i in enumerate(clause[:-1])
        if words[i].lower in markers and words[clause[n + 1]].is_word
    ]
    verbal = [n for n in spots if words[clause[n + 1]].pos in ("VERB", "AUX")]
    if not verbal:
        return [clause[n] for n in spots[:1]]
    found: list[int] = []
    joined = True  # a conjunct starts at the clause's start and after each conjunction
    inner = False  # inside a clause a preposition of ``governed`` opened in this conjunct
    for n, i in enumerate(clause):
        if words[i].pos == "CCONJ":
            joined, inner = True, False
        elif words[i].lower in governed and not _before_marker(words, clause, n, markers):
            inner = True  # 'zonder opdringerig te zijn'; not the particle of 'na te vragen'
        elif joined and n in verbal and not inner:
            found.append(i)
            joined = False
    return found


def _before_marker(words: list[Word], clause: list[int], n: int, markers: set[str]) -> bool:
    """The word at position ``n`` of ``clause`` stands right before an infinitive's marker:
    a separable particle ('*na* te vragen', '*door* te geven'), no preposition of a clause."""
    return n + 1 < len(clause) and words[clause[n + 1]].lower in markers


def _into_inner_clause(words: list[Word], inside: list[int], style: RewriteStyle) -> bool:
    """A vague phrase of two parts ('beter & doen') whose second part stands in a clause of
    its own after the writer's verb ('beter bijhouden *wat ik doe*', 'document better *what
    I do*'): a relative word and a subject between them."""
    if len(inside) != 2:
        return False
    between = words[inside[0] + 1 : inside[1]]
    return any(
        w.lower in style.relativizers and nxt.lower in style.subjects
        for w, nxt in pairwise(between)
    )


def _inside_question(words: list[Word], at: int, core: set[int], ctx: RuleContext) -> bool:
    """The word at ``at`` stands in an embedded question after a verb of the core ('leren
    *hoe* ik ... beter kan begeleiden'): its words are what the writer wants to learn, and a
    vague phrase there is no outcome to replace (dropping 'kan' breaks the question)."""
    asking = {w.lower() for w in ctx.pack.words("question_words")}
    return any(
        j in core and words[j].lower in asking and j > 0 and words[j - 1].is_word
        for j in range(1, at)
    )


def _vague(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle, plan: Plan, core: set[int]
) -> bool:
    """Replace a vague outcome verb by the behaviour placeholder; keep the topic words.

    Only matches in the clause core that contain a verb are rewritten (a vague adjective such
    as 'gezonder' is left to the measure). The placeholder takes the verb's place, so it
    stands where the language puts the verb; if another infinitive follows ('beter leren
    beheersen'), that verb carries the goal and the vague words simply go.
    """
    v2 = style.word_order == "v2"
    words = plan.words
    changed = False
    amounts = {c.lower() for c in ctx.pack.words("comparatives") if " " not in c}
    for match in vague_outcomes(report.goal, ctx):
        parts = {p.lower() for p in match.entry.replace("&", " ").split()}
        inside = [
            i
            for i, w in enumerate(words)
            if i in core
            and w.inside(match.start, match.end)
            and w.keys() & parts
            and plan.kept(i)
            and i not in plan.replace
        ]
        # a determiner goes only inside the phrase ('aan de slag met'), never at its edge
        inside = [
            i
            for i in inside
            if words[i].lower not in style.determiners or inside[0] < i < inside[-1]
        ]
        if knows_about(words, inside, style):
            continue  # 'meer weten over X': the aim keeps its verb (known_topics.py)
        if inside and _inside_question(words, inside[0], core, ctx):
            continue  # 'leren hoe ik ... beter kan begeleiden': the question's own words
        if _into_inner_clause(words, inside, style):
            # 'beter bijhouden wat ik doe': the light verb is the object clause's, and the
            # writer's own verb is concrete; only the comparison with nothing to compare goes
            plan.drop.update(i for i in inside[:1] if not is_verbal(words[i], v2))
            changed = True
            continue
        # an infinitive after an article is a noun, the topic ('beter worden in *het omgaan*
        # met ...'), never the verb the placeholder takes
        verbs = [i for i in inside if is_verbal(words[i], v2) and not _nominal(words, i, style)]
        verbal = bool(verbs)
        opening = bool(inside) and inside[0] == min(core, default=-1)
        if not verbs and not opening:
            continue
        if not verbs and aim_noun(words, inside, amounts, style):
            continue  # 'Meer kennis van X': the aim the purpose frame keeps (aim_nouns.py)
        verbs = verbs or inside[:1]
        first, last = inside[0], inside[-1]
        if (
            first > 0
            and words[first - 1].lower in style.nominal_before
            and last + 1 < len(words)
            and words[last + 1].lower in style.nominal_after
        ):
            inside = [first - 1, *inside, last + 1]
        if verbal and _comparative_before(words, plan, first, style, amounts):
            continue  # 'meer aandacht besteden aan': the purpose frame keeps the whole phrase
        while first > 0 and words[first - 1].lower in style.intensifiers and first - 1 in core:
            first -= 1  # 'echt beter worden': the intensifier goes with the vague words
            inside = [first, *inside]
        if verbal:  # 'me ontwikkelen', 'develop myself': the pronoun goes with its verb
            pronoun = _reflexive_beside(words, plan, first, last, core, ctx)
            inside = sorted({*inside, *pronoun})
            first, last = inside[0], inside[-1]
        following = next((i for i in sorted(core) if i > last and plan.kept(i)), None)
        governs = words[last].lower in style.prepositions  # 'verdiepen in *palliatieve* zorg'
        if following is not None and not governs and _states(words, verbs, following, style):
            continue  # a state ("feel more confident"): the purpose frame keeps it whole
        if _light_verb_object(words, verbs, following, style):
            continue  # 'gain more knowledge of X': the purpose frame keeps verb and object
        verb_follows = following is not None and v2 and looks_infinitive_nl(words[following])
        if verb_follows and not verbal and plan.behaviour is None:
            # the vague words are the object of a light verb after them ('meer
            # verantwoordelijkheid nemen', 'kennis opdoen'): verb and object stay together
            # and the purpose frame asks for the behaviour ('..., om meer
            # verantwoordelijkheid te nemen'); without them the verb would say nothing
            continue
        if plan.behaviour is None and not verb_follows:
            plan.behaviour = verbs[-1] if v2 else verbs[0]
            plan.replace[plan.behaviour] = style.placeholders.behaviour
            plan.drop.update(i for i in inside if i != plan.behaviour)
        else:
            plan.drop.update(inside)
        changed = True
    if plan.behaviour is not None:
        after = plan.behaviour + 1
        while after < len(words) and after in plan.drop:
            after += 1
        if after < len(words) and words[after].lower in style.preposition_after_behaviour:
            plan.replace[after] = style.preposition_after_behaviour[words[after].lower]
        if after < len(words):
            activity_lead(plan, after, style)  # '... in de NIHSS scoren': its moment
    return changed


def _nominal(words: list[Word], i: int, style: RewriteStyle) -> bool:
    """The word stands right after an article or possessive: a verb form used as a noun."""
    return i > 0 and words[i - 1].lower in style.determiners and words[i].pos != "VERB"


def _reflexive_beside(
    words: list[Word], plan: Plan, first: int, last: int, core: set[int], ctx: RuleContext
) -> list[int]:
    """The reflexive pronoun of a vague verb right before or after it ('me ontwikkelen',
    'develop myself'), or before it with an adverb between ('me *verder* verdiepen')."""
    reflexives = {w.lower() for w in ctx.pack.words("reflexive_pronouns")}
    before = first - 1
    while before > first - 3 and before in core and words[before].pos in ("ADV", "ADJ"):
        before -= 1
    return [
        i for i in (before, last + 1) if i in core and plan.kept(i) and words[i].lower in reflexives
    ]


def _comparative_before(
    words: list[Word], plan: Plan, first: int, style: RewriteStyle, amounts: set[str]
) -> bool:
    """A comparative of amount right before a vague phrase that opens with its object ('meer
    aandacht besteden aan', 'more time spent on'): it measures that object, so a behaviour
    in the verb's place would leave it stranded ('voor meer [concreet gedrag] ...')."""
    before = first - 1
    return (
        before >= 0
        and plan.kept(before)
        and words[before].lower in amounts
        and not is_verbal(words[first], style.word_order == "v2")
    )


def _light_verb_object(
    words: list[Word], verbs: list[int], following: int | None, style: RewriteStyle
) -> bool:
    """A light verb of the match ('gain more') with its object noun right after it
    ('knowledge'): without the verb the object would be a bare topic ('for knowledge of')."""
    light = any(
        words[i].lower in style.light_verbs or words[i].lemma in style.light_verbs for i in verbs
    )
    return light and following is not None and words[following].pos in ("NOUN", "PROPN")


def _states(words: list[Word], verbs: list[int], following: int, style: RewriteStyle) -> bool:
    """Does a vague match describe a state ("feel more confident", "zich zekerder voelen")
    rather than an activity in a domain ("beter worden *in* Excel")?"""
    nxt = words[following]
    if nxt.pos == "ADJ":
        return True
    state_verb = any(
        words[i].lemma in style.state_verbs or words[i].lower in style.state_verbs for i in verbs
    )
    return state_verb and nxt.is_word and nxt.lower not in style.prepositions


def _realistic(report: GoalReport, ctx: RuleContext, style: RewriteStyle, plan: Plan) -> None:
    """Absolute and superlative demands become a realistic norm with a number to fill in."""
    values = {"number": style.placeholders.number, "level": style.placeholders.level}
    matches = [*demanded_absolutes(report.goal, ctx), *ctx.find(report.goal, "superlatives")]
    text = report.goal.text
    matches += [  # a standard the writer's purpose sets: bounded in its place
        m for m in purpose_absolutes(report, ctx) if in_place(text[m.start : m.end].lower(), style)
    ]
    zeros = {z.lower() for z in ctx.pack.words("zero_counts")}
    units = [(m.start, m.end) for m in ctx.find(report.goal, "units")]
    bound_end = 0  # where the last absolute bounded at the clause end stood
    bounded = False  # a rider ('..., no exceptions') goes once another absolute is bounded
    ordered = sorted(matches, key=lambda m: (m.start, -(m.end - m.start)))
    for match in ordered:
        copulas = frozenset(ctx.pack.words("copular_verbs"))
        if _doubled(match, ordered, text, plan, style, copulas):
            plan.drop_span(match.start, match.end)
            continue
        frame = style.replacements.get(report.goal.text[match.start : match.end].lower())
        if frame is None or any(
            not plan.kept(i) or i in plan.replace
            for i, w in enumerate(plan.words)
            if w.inside(match.start, match.end)
        ):
            continue
        phrase = report.goal.text[match.start : match.end].lower()
        rider = phrase in style.absolute_riders
        if rider and bounded:
            plan.drop_span(match.start, match.end)
            continue
        if phrase in style.routine_absolutes and _recurring(report, match):
            plan.drop_span(match.start, match.end)  # 'always ... before every shift'
            bounded = True  # its riders go with it ('..., no exceptions')
            continue
        bounded = bounded or not rider
        replacement = frame.format(**values)
        if phrase in zeros and replacement == style.frames.bounded_count.format(**values):
            # 'zero damage': a mass counted by its occasions (countable.py)
            after = [w for w in plan.words if w.start >= match.end]
            replacement = count_bound(style, after, units)
        replacement = linked_bound(plan, match.end, phrase, replacement, style, _calendar(ctx))
        if _is_subject(plan, match.start, match.end) and replacement:
            continue  # 'Alles moet af': a bound in its place would not agree with the verb
        later = _after_writers_sentence(plan, match.start, style)
        if later is not None and (
            phrase in style.trailing_replacements or _told_as_is(report, ctx, later)
        ):
            continue  # '... German. ... I always need someone to translate': the situation's
        if phrase in style.trailing_replacements and plan.core_end is not None:
            joint = _coordinator_between(plan, bound_end, match.start)
            if joint is None:
                continue  # one clause end takes one bound: a second 'never' is left as written
            # 'Never miss X again and always answer Y': the first bound closes its own
            # conjunct, before the 'and'; the second goes to the end of the clause
            plan.replace[joint] = f"{plan.core_end} {plan.words[joint].text}"
            plan.core_end = None
        if phrase in style.trailing_replacements:
            bound_end = match.end
            # 'I will never make a mistake again' -> 'I will not make a mistake more than [n]
            # times': what stands before '…' takes the absolute's place (a negation stays a
            # negation), the rest goes to the end of the clause
            here, _, tail = replacement.rpartition(BOUND_SPLIT)
            plan.drop_span(match.start, match.end, here.strip() or None)
            plan.core_end = tail.strip()
            partners = set(style.trailing_replacements[phrase])
            plan.drop.update(
                i for i, w in enumerate(plan.words) if w.start > match.end and w.lower in partners
            )
            continue
        noun = _noun_after(plan, match.start, match.end)
        opening = replacement.split()[0].lower() if replacement else ""
        if noun is not None and opening == style.absolute_link.lower():
            # 'flawless reports' -> 'reports with at most [number] errors': a bound that is a
            # phrase follows the noun the absolute stood before
            plan.drop_span(match.start, match.end)
            plan.replace[noun] = f"{plan.text(noun)} {replacement}"
            continue
        dropped = plan.drop_span(match.start, match.end, replacement or None)
        if not replacement:
            plan.drop.update(dropped)
        _drop_partners(plan, match.end, style.replacement_partners.get(phrase, ()))
        drop_repeated_unit(plan, match.end, replacement, style)  # 'geen enkele keer meer'
    plan.support = True


def _doubled(
    match: LexiconMatch,
    matches: list[LexiconMatch],
    text: str,
    plan: Plan,
    style: RewriteStyle,
    copulas: frozenset[str],
) -> bool:
    """An absolute right before another one that says the same standard ('*altijd* 100% op
    tijd', 'must *always* be 100% correct'; only a copula of the pack's ``copular_verbs`` may
    stand between them): one standard, one bound. Each bounded in its place the rewrite read
    'in [aantal] van de 10 gevallen [aantal]% op tijd'; the first goes, the second is
    bounded (both have a bound of the pack's ``replacements``)."""

    def overlapped(m: LexiconMatch) -> bool:
        return any(
            (o.start, o.end) != (m.start, m.end) and o.start < m.end and m.start < o.end
            for o in matches
        )

    if style.replacements.get(text[match.start : match.end].lower()) is None or overlapped(match):
        return False
    for other in matches:
        if other.start <= match.end or overlapped(other):
            continue  # 'altijd 100% foutloos': '100%' is inside the longer match, no pair
        frame = style.replacements.get(text[other.start : other.end].lower()) or ""
        if "{number}" not in frame and "{level}" not in frame:
            continue  # the second must bound ('100% perfect': 'perfect' only goes)
        between = [w for w in plan.words if match.end <= w.start and w.end <= other.start]
        if all(w.lemma in copulas or w.lower in copulas for w in between) and len(between) < 2:
            return True
    return False


#: Marks that end a sentence.
_SENTENCE_STOPS = frozenset({".", "!", "?"})


def _after_writers_sentence(plan: Plan, start: int, style: RewriteStyle) -> tuple[int, int] | None:
    """The sentence (characters) of the absolute at character ``start`` when it comes after
    a sentence with the writer's subject ('I will learn some German. Lots of fairs and I
    *always* need someone to translate'); None when it stands in the first such sentence.
    A bound that goes to the end of the main clause would land in that earlier sentence, on
    the goal ('learn some German in [number] out of 10 cases'), and the later sentence
    would lose its word: an absolute belongs to its own clause."""
    subjects = {s.lower() for s in style.subjects}
    writer = False
    opened: int | None = None
    for word in plan.words:
        if word.start >= start:
            break
        writer = writer or word.lower in subjects
        if word.text in _SENTENCE_STOPS and writer:
            opened = word.end
    if opened is None:
        return None
    stop = next(
        (w.end for w in plan.words if w.start >= start and w.text in _SENTENCE_STOPS),
        plan.words[-1].end if plan.words else start,
    )
    return opened, stop


def _told_as_is(report: GoalReport, ctx: RuleContext, sentence: tuple[int, int]) -> bool:
    """Does the sentence (characters) tell how things are, no wish, duty or hedge in it
    ('Veel chauffeurs spreken Pools en ik heb *altijd* iemand nodig om te vertalen')? Its
    absolute is the situation's, kept as written; a sentence that wishes or demands ('Ik wil
    nooit meer ...') sets a standard, bounded in its place."""
    keys: tuple[LexiconKey, ...] = ("wish_verbs", "modal_verbs", "hedges")
    return not any(
        sentence[0] <= m.start < sentence[1] for key in keys for m in ctx.find(report.goal, key)
    )


def _noun_after(plan: Plan, start: int, end: int) -> int | None:
    """The last word of the noun phrase an absolute adjective qualifies ('*error-free* payroll
    runs', '*foutloze* facturen', 'flawless monthly reports'), if the absolute stands right
    before one: nouns and adjectives up to the phrase's end (a stop, a preposition, an
    article, a conjunction or a verb's infinitive). The tagger takes some plural nouns for
    finite verbs ('reports'), so a finite form counts as a noun here. None unless the
    absolute is an adjective ('altijd vriendelijk', 'zero complaints', 'flawlessly' are
    bounded in their place) and for one with nothing after it ('foutloos werken')."""
    words = plan.words
    inside = [i for i, w in enumerate(words) if w.inside(start, end)]
    if not inside or not (words[inside[-1]].pos == "ADJ" or words[inside[-1]].dep == "amod"):
        return None  # 'altijd vriendelijk', 'zero complaints': bounded in their place
    last = None
    for i in range(inside[-1] + 1, len(words)):
        word = words[i]
        nominal = word.pos in ("NOUN", "PROPN") or (word.pos == "VERB" and word.verbform == "Fin")
        if not word.is_word or not plan.kept(i) or i in plan.replace:
            break
        if not nominal and word.pos not in ("ADJ", "ADV"):  # 'monthly' may be tagged ADV
            break
        last = i if nominal else None
    return last


def _is_subject(plan: Plan, start: int, end: int) -> bool:
    """The absolute is the subject of its clause ('*Alles* moet af', 'dat er *geen enkele
    fout* meer voorkomt'): a bound in its place would not agree with the verb. One right
    after a preposition is inside its phrase ('with *zero* missed entries'), and an adverb
    or a share ('*Altijd* binnen 3 minuten ...', '*100%* of invoices sent ...') is no
    subject, whatever the tagger's dependency: each is bounded in its place."""
    inside = [i for i, w in enumerate(plan.words) if w.inside(start, end)]
    if inside and inside[0] > 0 and plan.words[inside[0] - 1].pos == "ADP":
        return False
    after = inside[-1] + 1 if inside else len(plan.words)
    while after < len(plan.words) and plan.words[after].pos == "ADJ":
        after += 1  # 'Geen enkele *nieuwe* collega mag ...'
    if (
        after < len(plan.words)
        and plan.words[after].dep == "amod"
        and plan.words[after].pos != "ADV"
    ):
        return False  # 'Zero *lost* equipment': the tagger's subject of a modifier counts a noun
    opening = bool(inside) and (inside[0] == 0 or not plan.words[inside[0] - 1].is_word)
    determiner = bool(inside) and all(plan.words[i].pos == "DET" for i in inside)
    verb = after + 1 < len(plan.words) and plan.words[after + 1].finite is True
    if opening and determiner and verb:
        # '*Geen enkele* klant mag ...': the determiner of the subject right before its finite
        # verb (after it, 'mag er hoogstens [aantal] keer een klant ...' reads)
        inside.append(after)
    return any(
        plan.words[i].dep.startswith("nsubj") and plan.words[i].pos not in _NO_SUBJECT
        for i in inside
    )


#: Parts of speech the tagger may give a subject's dependency that head none: an adverb
#: ('Altijd'), a number or its sign ('100%'), an adjective of manner ('*Foutloos* door de
#: controle').
_NO_SUBJECT = frozenset({"ADV", "NUM", "SYM", "ADJ"})


def _coordinator_between(plan: Plan, start: int, end: int) -> int | None:
    """The kept coordinator ('and', 'en') between two absolutes of one clause, if one joins
    their verb phrases."""
    for i, word in enumerate(plan.words):
        if start <= word.start < end and word.pos == "CCONJ" and plan.kept(i):
            return i if i not in plan.replace else None
    return None


#: In a pack's replacement, what stands before it takes the absolute's place and what
#: follows goes to the end of the clause ("not … more than {number} times").
BOUND_SPLIT = "…"

#: How many words after an absolute its partner may stand ('geen enkele storing *meer*').
_PARTNER_REACH = 4


def _drop_partners(plan: Plan, end: int, partners: tuple[str, ...]) -> None:
    """Drop the words that belonged only to a replaced absolute ('geen enkele storing meer'
    -> 'hooguit [aantal] keer een storing'), within a few words after it."""
    after = [i for i, w in enumerate(plan.words) if w.start >= end and w.is_word]
    for i in after[:_PARTNER_REACH]:
        if plan.words[i].lower in partners and plan.kept(i) and i not in plan.replace:
            plan.drop.add(i)
            return
