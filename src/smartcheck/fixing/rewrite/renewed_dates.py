"""A deadline that has passed, renewed where the writer wrote it: 'By 31 March 2026 I will
complete the course ...' -> 'By [date] I will complete the course ...', 'Eind juni 2026 zijn
alle planten gecontroleerd' -> 'Vóór [datum] zijn alle planten gecontroleerd'.

When the only thing wrong with a goal is that its date went by (T003, JUDGING T: "a deadline
that has already passed"), the writer's sentence is right as it stands: the rewrite puts the
pack's deadline phrase with the date placeholder in the passed date's place and keeps every
other word. The frames would take the clause apart and front a new deadline, which a goal
fronted by its date ('Vóór 1 september 2026 rond ik ... af') or one that dates a step of its
own besides ('..., with a report before the end of the season') does not survive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.plan import failed

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reporting.report import GoalReport

#: The rule that finds a passed deadline.
_PASSED = "T003"


def _simple_past(token: Token) -> bool:
    """A finite verb in the simple past ('had', 'kreeg'): the goal tells what was."""
    morph = token.morph
    return "Past" in morph.get("Tense", []) and "Fin" in morph.get("VerbForm", [])


def renewed_date(report: GoalReport, style: RewriteStyle) -> str | None:
    """The goal with its passed deadline replaced in place by a deadline to fill in, when T
    fails for that date alone and every other criterion passes; None else."""
    if failed(report) != {Criterion.T}:
        return None
    goal = report.goal
    deadline = goal.deadline
    if deadline is None or deadline.due is None or deadline.due >= goal.reference_date:
        return None
    if not any(f.code == _PASSED and f.start == deadline.start for f in report.findings):
        return None  # the passed date of a field beside the goal: the goal has none to renew
    if goal.doc is not None and any(_simple_past(t) for t in goal.doc):
        return None  # 'By March 2025 I had finished ...': told as done, the next step is asked
    phrase = style.frames.deadline.format(date=style.placeholders.date)
    written = deadline.text.lower()
    opener = next((o for o in style.deadline_openers if written.startswith(o)), None)
    if opener is not None:  # 'Before 1 January 2025', 'Uiterlijk 1 april': the writer's word
        phrase = deadline.text[: len(opener)] + style.placeholders.date
    elif deadline.text[:1].isupper():
        phrase = phrase[:1].upper() + phrase[1:]
    text = goal.text[: deadline.start] + phrase + goal.text[deadline.end :]
    text = text.strip()
    return text if text[-1:] in ".!?" else f"{text}."
