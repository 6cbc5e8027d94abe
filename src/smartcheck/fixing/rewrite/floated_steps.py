"""A step the writer only floats, settled with the manager instead of committed.

"Evt. heftruckcertificaat", "maybe present at the L&D meetup", "ooit stage lopen bij een
hoedenmaker in Londen": a possibility hedge in front of the step (the pack's
``floated_openers``) says the writer has not decided whether to take it. Committing it
("Vóór [datum] ga ik mijn heftruckcertificaat halen.") decides what the writer left open
(JUDGING A: a hedge is no commitment), and dropping the hedge changes the goal's meaning. The
writer's own step is to settle it with the one the POP is agreed with, in ``frames.settled``
as settled_own.py tells a doubted wish: "Vóór [datum] maak ik samen met mijn leidinggevende
uit of ik mijn heftruckcertificaat ga halen."

A hedge of effort ("proberen", "try") or of likelihood ("waarschijnlijk", "hopefully") is not
floated: the writer means to act, and the commitment replaces it. The hedge may follow the
writer's wish ("Ik wil misschien X", "I'd like to maybe X"); one later in the goal ("...,
maybe with a course", "..., evt. voor een half jaar") is read by the steps for means,
alternatives and follow-ups.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.errors import SmartcheckError
from smartcheck.fixing.rewrite.reserved_steps import (
    count_settled,
    judged_settlings,
    untimed_settling,
)
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.settled_own import SETTLING, own_settled
from smartcheck.fixing.rewrite.stops import sentences

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.reserved_steps import Reader as _Reader
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reporting.report import GoalReport


#: Set while a question the reader built is judged ('Een buddy zou fijn zijn.' asked as 'Een
#: buddy?', welcome_wishes.py): the writer welcomed the thing, so its question floats nothing.
WELCOMED: ContextVar[bool] = ContextVar("welcomed", default=False)


def floated_opening(goal: Goal, style: RewriteStyle, coordinators: frozenset[str]) -> bool:
    """Does the goal open with a possibility hedge ('evt.', 'maybe', 'ooit'), perhaps after a
    coordinator ('And maybe ...', 'En misschien ...') or the writer's wish ('I'd like to maybe
    ...'; the pack's ``goal_wishes``), and go on with the step itself
    ('Maybe a course?' too: asked or told, the step is floated)? A hedge alone is none. A
    step asked as a yes/no question ('Learn X?') is floated too, not a wish told with a
    question mark ('Ik wil graag X?', read as stated)."""
    doc = goal.doc
    if doc is None or not style.floated_openers:
        return False
    told = [t for t in doc if not t.is_punct and not t.is_space]
    while told and told[0].lower_ in coordinators:
        told = told[1:]
    wish = ""
    if told:  # 'I'd like to *maybe* ...', 'Ik wil *misschien* ...': the same float
        said = goal.text[told[0].idx :].lower()
        wishes = sorted(style.goal_wishes, key=len, reverse=True)  # the longest that opens it
        wish = next((w for w in wishes if said.startswith(f"{w.lower()} ")), "")
        told = [t for t in told if t.idx >= told[0].idx + len(wish)]
    if len(told) >= 2 and told[0].lower_.rstrip(".") in style.floated_openers:
        return True
    # 'Lasdiploma?' too; a wish told with a question mark ('Ik wil graag X?') is stated
    return bool(told) and not wish and _asked_step(goal, told[0].lower_, style)


def _asked_step(goal: Goal, first: str, style: RewriteStyle) -> bool:
    """Is the goal one yes/no question ('Learn to read structural drawings?', 'Meelopen met de
    planner?', 'Could I shadow the night auditor?')? Asked, the step is floated as a 'maybe'
    floats it: the writer puts it to the manager. A question of how, what or when ('Hoe kan
    ik beter plannen?') asks for the way, and the act is meant; a question after a comma or
    a dash asks about the goal's tail only, and one with an alternative is a choice."""
    text = goal.text.strip()
    if WELCOMED.get() or not text.rstrip("!").endswith("?"):
        return False
    if len(sentences(text, style.abbreviations)) != 1 or re.search(r",|;| [-\u2013\u2014] ", text):
        return False  # 'Ik wil X, misschien volgend jaar?': the question is the tail's only
    said = {w.strip("?!.").lower() for w in text.split()}
    if said & style.alternative_openers:
        return False  # 'X doen of is Y beter?': a choice, which the choice steps read
    asked = {*style.question_words, *style.how_doubt_words, *style.time_doubt_words}
    return first not in asked


def floated_rewrite(
    reader: _Reader, report: GoalReport, ctx: RuleContext, style: RewriteStyle
) -> str | None:
    """The settling step for a floated goal's one-line rewrite, judged as any goal (its own
    date asked; a time of the step is what is settled, reserved_steps.untimed_settling), or
    None: no floated step, no rewrite that is the step alone, or a seam."""
    if SETTLING.get():
        return None  # the wish read by a step that settles it already (reserved_steps.py)
    goal = report.goal
    coordinators = frozenset(w.lower() for w in ctx.pack.words("coordinators"))
    if report.split or not report.rewrite or not floated_opening(goal, style, coordinators):
        return None
    if any("\n" in r for r in report.rewrites[:1]) or report.structured_rewrite is not None:
        return None
    if any(marker in report.rewrite.lower() for marker in _open_markers(style)):
        return None  # 'I will find out whether ...' (far_roles.py): the step is open already

    def parse_text(text: str) -> Goal:
        return reader.parse(text, goal.lang, goal.reference_date)

    alone = [c for c in report.rewrites if len(sentences(c, style.abbreviations)) == 1]
    given = frozenset(c for c, score in report.criteria.items() if score.passed)
    given |= {Criterion.A}  # the settling is the agreement: no second one asked for
    try:
        told = (own_settled(c, style, parse_text, None, goal.text) for c in alone)  # one step
        text = next((t for t in told if t), None)
        if text is None:
            return None
        text, restore = untimed_settling(reader, goal, text, style)
        rewrites = judged_settlings(reader, goal, text, given, restore)
    except SmartcheckError:
        return None  # a part that cannot be read: the committed rewrite stays
    for rewrite in rewrites:
        if style.placeholders.behaviour in rewrite:
            continue  # the settling is the act: a rewrite asking for another read past it
        rewrite = count_settled(rewrite, style)  # 'uit of ik vaker ..., en zo ja van ...'
        if not find_seams(rewrite, goal, ctx, style):
            return rewrite
    return None


def _open_markers(style: RewriteStyle) -> list[str]:
    """The words around the question word of each frame that leaves a step open ('find out
    *whether*', 'uitzoeken *of*', 'on whether', 'uit of', a choice's 'decide whether';
    'whether I', 'of ik' after a name):
    a rewrite that holds one settles or explores the step already."""
    frames = (
        style.far_role_step,
        style.far_role_act,
        style.frames.settled or "",
        style.hedged_steps.get("discussed", ""),
        *style.choice_steps.values(),  # 'decide with my manager whether to ...'
    )
    asks = {w.lower() for w in style.whether_words}
    markers = []
    for frame in frames:
        for part in frame.lower().replace("}", "{").split("{")[::2]:  # the fixed text
            words = part.split()
            at = next((n for n, w in enumerate(words) if w in asks), None)
            if at is not None:
                pair = words[at - 1 : at + 1] if at > 0 else words[at : at + 2]
                markers.append(" ".join(pair))
    return markers
