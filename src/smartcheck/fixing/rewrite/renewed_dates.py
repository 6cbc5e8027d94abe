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
from smartcheck.reading.anatomy.words import has_finite_form

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reporting.report import GoalReport

#: The rule that finds a passed deadline.
_PASSED = "T003"


def _bare_te_clause(doc: Doc) -> bool:
    """No finite verb and a root infinitive marked as a te-infinitive ('minimaal 3
    onderzoeken zelfstandig te leiden'): a piece that lost the verb governing it."""
    if any(has_finite_form(t) for t in doc):
        return False
    return any(
        t.dep_ == "ROOT" and t.pos_ == "VERB" and any(c.dep_ == "mark" for c in t.children)
        for t in doc
    )


def renewed_date(report: GoalReport, style: RewriteStyle) -> str | None:
    """The goal with its passed deadline replaced in place by a deadline to fill in, when T
    fails for that date alone and every other criterion passes; None else."""
    if failed(report) != {Criterion.T}:
        return None
    goal = report.goal
    deadline = goal.deadline
    if deadline is None or deadline.due is None or deadline.due >= goal.reference_date:
        return None
    if deadline.relative:
        return None  # 'Vorig jaar ...', 'afgelopen kwartaal': when something happened, no date
        # the writer set
    if not any(f.code == _PASSED and f.start == deadline.start for f in report.findings):
        return None  # the passed date of a field beside the goal: the goal has none to renew
    if goal.doc is None or _bare_te_clause(goal.doc):
        return None  # 'Vóór 1 juni 2026 ... zelfstandig te leiden': no sentence to keep
    if any(has_finite_form(t) and "Past" in t.morph.get("Tense", []) for t in goal.doc):
        return None  # 'By March 2025 I had finished ...': told as done, the next step is asked
    phrase = style.frames.deadline.format(date=style.placeholders.date)
    written = deadline.text.lower()
    opener = next((o for o in style.deadline_openers if written.startswith(o)), None)
    if opener is not None:  # 'Before 1 January 2025', 'Uiterlijk 1 april': the writer's word
        phrase = deadline.text[: len(opener)] + style.placeholders.date
    elif goal.text[: deadline.start].rstrip().endswith("("):
        phrase = style.placeholders.date  # '(juni 2026)' after an event: the event's date
    elif deadline.text[:1].isupper():
        phrase = phrase[:1].upper() + phrase[1:]
    rest = goal.text[deadline.end :]
    if not goal.text[: deadline.start].strip() and style.word_order != "v2" and rest[:1] == " ":
        rest = "," + rest  # English fronts a time phrase with a comma ('By [date], I will ...')
    text = goal.text[: deadline.start] + phrase + rest
    text = text.strip()
    return text if text[-1:] in ".!?" else f"{text}."
