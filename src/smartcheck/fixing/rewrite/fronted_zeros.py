"""A zero subject that opens a need, in a language whose main clause puts its verb second:
'Geen enkele klant mag langer dan een week wachten.', 'Geen enkel pakket mag zoekraken.'

The absolute is the determiner of the clause's subject, right before its duty verb. Bounded
in its place it read 'Hoogstens [aantal] keer een klant mag ...', so the plan leaves it
(plan.py ``_is_subject``) and the team's zero-target stayed unbounded (JUDGING R). Told with
the pack's empty subject in front ('Er mag geen enkele klant langer dan een week wachten.'),
the same need is the one nobody owns that the own part takes on, the absolute bounded after
the verb: 'Vóór [datum] zorg ik ervoor dat er hoogstens [aantal] keer een klant langer dan een
week wacht.' That text is read in the goal's place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.words import capitalise, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reporting.report import GoalReport

_ABSOLUTE_RULE = "R001"


def existential_told(report: GoalReport, style: RewriteStyle) -> str | None:
    """The goal with its opening zero subject after the duty verb and the empty subject in
    front (see the module), or None for any other goal."""
    if style.word_order != "v2" or not style.existential_subjects:
        return None
    text = report.goal.text
    words = [w for w in words_of(report.goal) if w.is_word]
    absolute = next(
        (
            f
            for f in report.criteria[Criterion.R].findings
            if f.code == _ABSOLUTE_RULE and f.start == (words[0].start if words else -1)
        ),
        None,
    )
    if absolute is None:
        return None
    inside = [w for w in words if absolute.start <= w.start < absolute.end]
    rest = words[len(inside) :]
    while rest and rest[0].pos == "ADJ":
        rest = rest[1:]  # 'Geen enkele *nieuwe* collega mag ...'
    if not inside or any(w.pos != "DET" for w in inside) or len(rest) < 3:
        return None
    noun, verb = rest[0], rest[1]
    duties = {w for p in style.own_part_drops for w in p.lower().split()}
    if noun.pos != "NOUN" or verb.finite is not True or verb.lower not in duties:
        return None
    empty = capitalise(style.existential_subjects[0])
    told = text[absolute.start : noun.end]
    told = told[:1].lower() + told[1:]
    return f"{empty} {verb.text} {told}{text[verb.end :]}"
