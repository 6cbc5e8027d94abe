"""A goal followed, after a comma, by what went wrong before: 'Ik wil minder fouten maken bij
het afrekenen, vorige maand ging het twee keer mis met de pinautomaat', 'I want fewer
errors in the stock count, last month it went wrong twice'.

The clause after the comma tells a past incident (its finite verb in the past tense, the
writer committing to nothing there): it is the reason for the goal, not part of it. Read
with the goal it lost its opening time as a deadline that has passed and kept a fragment
('..., ging het twee keer mis', seams/cut_clause.py). The goal before the comma is judged
and rewritten on its own and the incident kept after it as a sentence, as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.relative_problems import relative_told
from smartcheck.fixing.rewrite.seams.tokens import SUBJECT_DEPS, spaced_dash
from smartcheck.fixing.rewrite.situation import Situated
from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Fewest words the goal before the incident needs.
_GOAL_WORDS = 3


def past_after(goal: Goal, style: RewriteStyle) -> Situated | None:
    """The goal before a closing clause that tells a past incident, with the incident as
    the sentence after it; None when the text ends otherwise."""
    return closing_clause(goal, style, _past_told)


def closing_clause(
    goal: Goal, style: RewriteStyle, told: Callable[[list[Token], RewriteStyle], bool]
) -> Situated | None:
    """The goal before its last comma, with the clause after the comma as the sentence
    after it, when ``told`` reads that clause as told beside the goal (a past incident, how
    things are now); None for a text of several sentences, or too short a goal before it.
    A spaced dash cuts the clause off as a comma does ('Get X - the warehouse is short-staffed
    every Friday'); a hyphen inside a word ('short-staffed') does not."""
    doc = goal.doc
    if doc is None:
        return None
    commas = [t for t in doc if t.text == "," or spaced_dash(t)]
    if not commas:
        return None
    comma = commas[-1]
    clause = [t for t in doc[comma.i + 1 :] if not t.is_punct]
    if any(t.text in ".;:!?" for t in doc[: comma.i]) or not told(clause, style):
        return None
    before = goal.text[: comma.idx].strip()
    if len(before.split()) < _GOAL_WORDS:
        return None
    after = goal.text[comma.idx + 1 :].strip().rstrip(".!;")
    if clause[0].lower_ in style.relative_subjects:  # '..., which cracked twice last week'
        alone = relative_told(clause, style, frozenset())  # 'It cracked ...' (no verb moved)
        if alone is None:
            return None
        after = alone
    return Situated(goal=before, after=(f"{capitalise(after)}.",))


def _past_told(clause: list[Token], style: RewriteStyle) -> bool:
    """A clause whose first finite verb is past and has its subject, committing to nothing."""
    commit = set(commitment_words(style)) | {m.lower() for m in style.modals}
    if not clause or any(t.lower_ in commit for t in clause):
        return False
    finite = next((t for t in clause if "Fin" in t.morph.get("VerbForm", [])), None)
    if finite is None or "Past" not in finite.morph.get("Tense", []):
        return False
    return any(c.dep_ in SUBJECT_DEPS for c in finite.children)
