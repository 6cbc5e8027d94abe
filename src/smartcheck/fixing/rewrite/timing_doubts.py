"""A goal, then the writer's hedged doubt about when it is realistic: a question of timing.

"Zelfstandig een Europese aanbesteding begeleiden ... Misschien is dat pas volgend jaar
realistisch.", "Lead the quarterly safety audit myself. Maybe that's only realistic next
year.", "Zelfstandig de maandafsluiting doen ... Misschien is dat te ambitieus voor dit
jaar.": the last sentence points back at the goal, opens with a hedge and names a time. It is
no second goal, and kept as written its hedge fails the commitment again (JUDGING A). What it
weighs (a word of the pack's ``feasibility_words`` or ``overreach_words``: realistisch,
haalbaar, realistic, doable, te ambitieus) is *when*: a coach asks the writer to commit to the
time they find realistic. When the sentence places the goal at a later time ('pas volgend
jaar', 'only next year', 'na de zomer'), that time becomes the goal's deadline ('Volgend jaar
ga ik ...', 'Next year, I will ...'); when it finds the goal too much for the time it names
('te ambitieus', 'too ambitious'), that time is doubted and the date is asked ('Vóór [datum]
ga ik ...'), as for a time ruled out after a comma (doubted_times.py). Either way the
sentence goes: its time, or the date asked, is what it said. A sentence with a condition of
its own ('Misschien kan dat in de winter als het rustiger is') is left to other readings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.plan import names_a_month
from smartcheck.fixing.rewrite.stops import sentence_ends
from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.configuration.lexicon_keys import LexiconKey
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reading.timex import TimeExpression

#: How many words into the doubt its pointer back at the goal may stand ('Misschien is *dat*').
_POINTER_REACH = 4
#: Most words a doubt of timing has; longer, it says more than when.
_MOST_WORDS = 14
#: A bracket right after a time ('voor de keuring *(maart)*'): the writer's date of an event.
_BRACKET = re.compile(r"\s*\(([^()]{1,30})\)")


@dataclass(frozen=True)
class TimingDoubt:
    """The goal without the doubt, the later time the doubt names ('' when it doubts the
    time it names), and where the doubt stands in the text."""

    goal: str
    time: str
    span: tuple[int, int]


def timing_doubt(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> TimingDoubt | None:
    """The goal's last sentence read as a hedged doubt of its timing (see the module), or
    None."""
    text = goal.text
    ends = [e for e in sentence_ends(text, style.abbreviations) if e < len(text.rstrip())]
    if not ends:
        return None
    start = ends[-1]
    start += len(text[start:]) - len(text[start:].lstrip())
    end = len(text.rstrip())
    words = re.findall(r"[^\W\d_]+", text[start:end].lower())
    if not words or len(words) > _MOST_WORDS or words[0] not in style.one_word_hedges:
        return None
    pointers = {w.lower() for w in style.back_references}
    if not set(words[1 : _POINTER_REACH + 1]) & pointers:
        return None
    writer = {w.lower() for w in ctx.pack.words("first_person_subject")}
    if set(words) & writer:
        return None  # 'Misschien kan ik dat volgend jaar': the writer's own act, read elsewhere
    times = [e for e in goal.deadlines if start <= e.start and e.end <= end]
    if len(times) != 1 or any(e.start < start for e in goal.deadlines):
        return None  # no time, several, or the goal has its own: no doubt of its timing
    rest = text[:start].rstrip()
    if not any(ch.isalpha() for ch in rest):
        return None
    overreach = any(start <= m.start < end for m in ctx.find(goal, "overreach_words"))
    feasible = any(start <= m.start < end for m in ctx.find(goal, "feasibility_words"))
    if not (overreach or feasible):
        return None  # 'Misschien kan dat in de winter als het rustiger is': a proposal of when
    clauses = {w.lower() for k in ("subordinators", "condition_markers") for w in ctx.pack.words(k)}
    if set(words) & clauses:
        return None  # '... als het rustiger is': a condition of its own, kept by other readings
    told = "" if overreach else _told_time(text, times[0], ctx, style)
    return TimingDoubt(goal=rest, time=told, span=(start, end))


def _told_time(text: str, time: TimeExpression, ctx: RuleContext, style: RewriteStyle) -> str:
    """The doubt's time as the rewrite's deadline: an event keeps the month the writer dated
    it with in brackets ('voor de keuring (maart)'), or has its date asked beside it ('voor
    de keuring ([datum])'), as in the goal's own clause (plan._event_date)."""
    if time.kind != "event" or time.relation == "after":
        return time.text
    bracket = _BRACKET.match(text, time.end)
    months = frozenset(n.lower() for names in ctx.pack.time.months for n in names)
    if bracket is not None and names_a_month(bracket.group(1).split(), months):
        return text[time.start : bracket.end()]
    return f"{time.text} ({style.placeholders.date})"


def timing_doubt_spans(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the doubt of timing stands: words a rewrite leaves out on purpose (its time is
    the deadline, or the date is asked), never lost words."""
    found = timing_doubt(goal, ctx, style) or ability_doubt(goal, ctx, style)
    return [found.span] if found is not None else []


def ability_doubt(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> TimingDoubt | None:
    """The writer's doubt whether they can do the goal by the time it names, told last:
    after a contrast ('Ik ga proberen om zelf een kast te restaureren, maar ik weet niet of
    ik dat dit jaar al kan', "..., but I don't know if I can manage that this year") or as
    the last sentence. Its time is the goal's only one and the writer doubts it, so it is
    no deadline (JUDGING T); kept beside the rewrite it read as a second goal with its own
    time. As for a goal found too much for the time it names, the date is asked and the
    doubt goes: the date the writer finds realistic answers it. The doubt holds the
    writer, an uncertainty of the lexicon's ``uncertain_remarks`` or ``doubt_remarks``, an
    ability (``ability_modals``) or a feasibility (``feasibility_words``), a word that points
    back at the goal (``back_references``) and every time of the goal; None otherwise."""
    doc = goal.doc
    if doc is None or not goal.deadlines:
        return None
    text = goal.text
    end = len(text.rstrip())
    ends = [e for e in sentence_ends(text, style.abbreviations) if e < end]
    last = ends[-1] if ends else 0
    contrasts = {c.lower() for c in style.reservation_contrasts}
    starts = [t.idx for t in doc if t.idx > last and t.i and t.lower_ in contrasts]
    if ends:
        starts.append(last + len(text[last:]) - len(text[last:].lstrip()))
    for start in sorted(starts):
        if _ability_doubted(goal, ctx, style, start, end):
            rest = text[:start].rstrip(" ,;-\u2013\u2014")
            if sum(ch.isalpha() for ch in rest) < 2:
                return None
            rest = rest if rest[-1] in ".!?" else rest + "."
            return TimingDoubt(goal=rest, time="", span=(start, end))
    return None


def _ability_doubted(
    goal: Goal, ctx: RuleContext, style: RewriteStyle, start: int, end: int
) -> bool:
    """Does the text from ``start`` to ``end`` tell the writer's doubt whether they can do
    the goal by the time it names (see :func:`ability_doubt`)?"""
    if any(not (start <= d.start and d.end <= end) for d in goal.deadlines):
        return False
    words = re.findall(r"[^\W\d_]+", goal.text[start:end].lower())
    if len(words) > _MOST_WORDS:
        return False
    writer = {w.lower() for w in ctx.pack.words("first_person_subject")}
    pointers = {w.lower() for w in style.back_references}
    if not (set(words) & writer and set(words) & pointers):
        return False

    def inside(key: LexiconKey) -> bool:
        return any(start <= m.start < end for m in ctx.find(goal, key))

    doubted = inside("uncertain_remarks") or inside("doubt_remarks")
    return doubted and (inside("ability_modals") or inside("feasibility_words"))


def with_time(rewrite: str, time: str, style: RewriteStyle) -> str | None:
    """``rewrite`` with the deadline it asks for ('Vóór [datum]', 'By [date],') replaced by
    the writer's own ``time`` ('Volgend jaar', 'Next year,'); None when it asks for none."""
    asked = style.frames.deadline.format(date=style.placeholders.date)
    at = rewrite.lower().find(asked.lower())
    if at < 0:
        return None
    told = capitalise(time) if at == 0 else time
    return rewrite[:at] + told + rewrite[at + len(asked) :]
