"""The rewrite of someone else's wish with the writer's reservation after it.

reserved.py reads the text: the wish, the reservation, and its kind. Here the
writer's own part is judged and rewritten like any goal: the wish itself for a mild
reservation (the voices make it the writer's act, credited: "..., zoals mijn schipper wil"),
the settling step for a disagreement ("Vóór [datum] maak ik samen met mijn teamleider uit of ik
ploegleider word"). The reservation follows as a sentence of its own, in the writer's words.
A rewrite that still tells the wish as the other's frame, or shows a seam, is passed over.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

from smartcheck.criteria import Criterion
from smartcheck.errors import SmartcheckError
from smartcheck.fixing.rewrite.reservations import told_alone_at
from smartcheck.fixing.rewrite.reserved import reservation_alone
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.settled_own import SETTLING, own_settled
from smartcheck.fixing.rewrite.stance_theirs import opens_as, still_theirs
from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.voices import other_voice
from smartcheck.fixing.rewrite.voices.settled import settled
from smartcheck.fixing.rewrite.words import capitalise, words_of

if TYPE_CHECKING:
    from datetime import date

    from smartcheck.fixing.rewrite.reserved import ReservationCut
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reporting.report import GoalReport


class Reader(Protocol):
    """What the settling steps need of a checker: a text read, and a goal judged."""

    def parse(self, text: str, lang: str, reference_date: date | None = None) -> Goal: ...

    def evaluate(self, goal: Goal, given: frozenset[Criterion] = frozenset()) -> GoalReport: ...


def reserved_rewrites(
    reader: Reader,
    report: GoalReport,
    ctx: RuleContext,
    style: RewriteStyle,
    found: ReservationCut,
    own_only: bool = False,
) -> tuple[str, ...]:
    """The first rewrite of the writer's own part with the reservation after it that no
    longer tells the wish as the other's frame and shows no seam; nothing without one.
    The writer's own wish in doubt is settled with the manager (settled_own.py);
    ``own_only``: only that (someone else's wish needs A failed)."""
    goal = report.goal
    particles = frozenset(ctx.pack.words("separable_particles"))
    try:
        wish = reader.parse(found.wish, goal.lang, goal.reference_date)
        voice = other_voice(wish, style, particles)
        restore: tuple[str, str] | None = None
        if voice is None or not voice.credit:
            if not found.doubted:
                return ()  # no other person's wish, and the writer's own is not in doubt
            text = _own_step(reader, wish, style, found.timed)
            if text is not None:
                text, restore = untimed_settling(reader, goal, text, style)
        elif own_only:
            return ()
        else:
            frame = style.frames.settled_when if found.timed else None
            text = settled(words_of(wish), style, particles, frame) if found.objects else found.wish
        if text is None:
            return ()
        given = frozenset(c for c, score in report.criteria.items() if score.passed)
        if found.objects:  # the settling is the agreement: no second one asked for
            given |= {Criterion.A}
        rewrites = judged_settlings(reader, goal, text, given, restore)
        remark = _writers_remark(goal, found, ctx, style) or reservation_alone(
            found.reservation, _verb_first(goal, found.at, style), style
        )
        for rewrite in rewrites:
            if found.objects and style.placeholders.behaviour in rewrite:
                continue  # the settling is the act: a rewrite asking for another read past it
            own = [
                reader.parse(s, goal.lang, goal.reference_date)
                for s in sentences(rewrite, style.abbreviations)
            ]
            if still_theirs(own, style, particles) or opens_as(own, wish):
                continue  # 'Mijn schipper wil dat ik vóór [datum] ...': still theirs
            if found.objects and not found.timed:  # 'if so' follows 'whether', not 'when'
                rewrite = count_settled(rewrite, style)
            told = f"{rewrite.rstrip()} {remark}"
            if not find_seams(told, goal, ctx, style):
                return (told,)
    except SmartcheckError:
        return ()
    return ()


def judged_settlings(
    reader: Reader,
    goal: Goal,
    text: str,
    given: frozenset[Criterion],
    restore: tuple[str, str] | None,
) -> tuple[str, ...]:
    """The settling step ``text`` judged as any goal (``given``: what it passes already), as
    itself when it passes, else its one-line rewrites, each with the settled clause put back
    whole (``restore``, untimed_settling: the clause's time is what is settled, so the step
    gets its own date); nothing when only the structured fallback is left."""
    if restore is not None:
        given -= {Criterion.T}
    judged = reader.evaluate(reader.parse(text, goal.lang, goal.reference_date), given)
    if judged.structured_rewrite is not None:
        return ()
    told: list[str] = []
    for rewrite in (text,) if judged.is_smart else judged.rewrites:
        if "\n" in rewrite:
            continue  # the step read as two goals: one step
        if restore is not None:
            if restore[0] not in rewrite:
                continue  # the settled clause was rewritten: its time has no place
            rewrite = rewrite.replace(*restore)
        told.append(rewrite)
    return tuple(told)


def _writers_remark(
    goal: Goal, found: ReservationCut, ctx: RuleContext, style: RewriteStyle
) -> str | None:
    """The reservation with the writer as its subject where the contrast that goes shared
    it ('maar weet niet of daar plek voor is?' -> 'Ik weet niet of daar plek voor is.': a
    statement, whatever mark the writer put after it); None otherwise."""
    subjects = ctx.pack.words("first_person_subject")
    if goal.doc is None or not subjects:
        return None
    told = told_alone_at(goal, goal.doc, found.at, found.reservation.strip(), ctx, style)
    if not told.startswith(f"{subjects[0]} "):
        return None
    return capitalise(told.rstrip(" ?.!")) + "."


def count_settled(rewrite: str, style: RewriteStyle) -> str:
    """A count range after a settling step belongs to what is settled: 'uit of ik vaker ga
    presenteren, en zo ja van [huidig aantal] naar [streefaantal]' (``frames.settled_comparison``),
    not a target beside the decision."""
    ph, frames = style.placeholders, style.frames
    if not frames.settled_comparison:
        return rewrite
    numbers = {"current_number": ph.current_number, "target_number": ph.target_number}
    return rewrite.replace(
        frames.comparison.format(**numbers), frames.settled_comparison.format(**numbers), 1
    )


def _own_step(reader: Reader, wish: Goal, style: RewriteStyle, timed: bool) -> str | None:
    """The writer's own doubted wish as the step of settling it with the manager: the wish
    committed as any goal, then told in ``frames.settled`` (settled_own.py)."""
    token = SETTLING.set(True)  # the wish read committed, never settled inside
    try:
        judged = reader.evaluate(wish)
    finally:
        SETTLING.reset(token)

    def parse_text(text: str) -> Goal:
        return reader.parse(text, wish.lang, wish.reference_date)

    committed = (wish.text,) if judged.is_smart else judged.rewrites
    frame = style.frames.settled_when if timed else style.frames.settled
    told = (own_settled(c, style, parse_text, frame, wish.text) for c in committed)
    return next((t for t in told if t), None)  # the first that is the wish alone


def untimed_settling(
    reader: Reader, goal: Goal, text: str, style: RewriteStyle
) -> tuple[str, tuple[str, str] | None]:
    """``text`` (the settling step) with the times inside what is settled left out, and the
    settled clause without and with them: a time of the wish ('whether I do X *next year*')
    is what is settled, no deadline of the step, which is judged without it and gets its
    own date; the clause is put back whole afterwards."""
    prefix = (style.frames.settled or "").split("{clause}")[0].format(who=style.asked_decider)
    if not prefix or not text.lower().startswith(prefix.lower()):
        return text, None
    times = [
        t
        for t in reader.parse(text, goal.lang, goal.reference_date).deadlines
        if t.start >= len(prefix)
    ]
    if not times:
        return text, None
    clause = text[len(prefix) :].rstrip(" .")
    kept, at = [], len(prefix)
    for t in sorted(times, key=lambda t: t.start):
        kept.append(text[at : t.start])
        at = t.end
    kept.append(text[at:])
    plain = re.sub(r"\s+([,.])", r"\1", re.sub(r"\s{2,}", " ", "".join(kept))).strip()
    plain = re.sub(r",\s*\.$", ".", plain)
    untimed = plain.rstrip(" .")
    if not untimed or untimed == clause:
        return text, None
    return f"{text[: len(prefix)]}{untimed}.", (untimed, clause)


def _verb_first(goal: Goal, at: int, style: RewriteStyle) -> bool:
    """Does the reservation at character ``at`` open (after its contrast) with a finite verb
    and the writer right after it, its topic left out ('vind ik eerlijk gezegd geen
    ontwikkeldoel')? In a verb-second language that is a sentence about the wish, whose
    pointer the rewrite puts back; elsewhere such an order asks a question."""
    doc = goal.doc
    if doc is None or style.word_order != "v2":
        return False
    told = [t for t in doc if t.idx >= at and not t.is_punct]
    contrasts = {c.lower() for c in style.reservation_contrasts}
    if told and told[0].lower_ in contrasts:
        told = told[1:]
    if len(told) < 2:
        return False
    verb, after = told[0], told[1]
    finite = verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm", [])
    return finite and after.lower_ in style.subjects
