"""A follow-up step told after the goal: 'Evt. daarna een geurtraining.', 'Daarna misschien
de cursus roosteren.', 'Then maybe a course.', 'After that a course in Excel.'

Writers end a goal with the step they see after it, told short and often hedged: a
sentence that opens with a word of sequence (the pack's ``rewrite.followup_openers``:
'daarna', 'vervolgens', 'then', 'after that') and names a course, a credential or an act.
The frames read it as the goal's means ('..., met hulp van daarna een geurtraining') or
give up on the text. It is the second step of the writer's plan: the goal before it is
rewritten as a goal, and the step follows in its own sentence, committed, with the
writer's word of sequence ('Daarna volg ik een geurtraining.', 'After that, I will take a
course in Excel.'; the pack's ``rewrite.followup_steps``: a course is followed, a
credential got, an act done). The hedge before it (``rewrite.followup_hedges``: 'evt.',
'misschien', 'maybe') goes: the step is committed, as the goal is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from smartcheck.fixing.rewrite.courses import course_goal
from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.fixing.rewrite.words import capitalise, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

StepKind = Literal["course", "credential", "act"]
#: Most words the opener and its hedges may take before the step.
_MAX_LEAD = 4
#: Most words the step may have: a short phrase, no second goal.
MAX_STEP_WORDS = 8


@dataclass(frozen=True)
class FollowUp:
    """The goal before the follow-up step, the writer's word of sequence, and the step."""

    goal: str
    opener: str
    step: str


def follow_up(goal: Goal, style: RewriteStyle) -> FollowUp | None:
    """The follow-up step that ends ``goal`` (see the module docstring); None when its last
    sentence opens with no word of sequence, or no goal stands before it."""
    if not style.followup_steps:
        return None
    told = sentences(goal.text.strip(), style.abbreviations)
    if len(told) < 2 or told[-1].endswith("?") or ":" in told[-1]:
        return None  # a question asks; 'Next step: ...' is a label, read as one (means.py)
    words = told[-1].rstrip(".!").split()
    opener: str | None = None
    at = 0
    while at < min(len(words), _MAX_LEAD):
        hedge = _phrase(words, at, style.followup_hedges)
        said = _phrase(words, at, style.followup_openers) if opener is None else 0
        if said:
            opener = " ".join(w.strip(",") for w in words[at : at + said])
        if not hedge and not said:
            break
        at += hedge or said
    step = " ".join(words[at:]).strip(" ,")
    if opener is None or not step or len(step.split()) > MAX_STEP_WORDS:
        return None
    return FollowUp(" ".join(told[:-1]), opener, step)


def step_kind(step: Goal, ctx: RuleContext, style: RewriteStyle) -> StepKind | None:
    """What the step names: a course (followed), a credential (got), an act in its base
    form (done); None for anything else ('daarna de rest', 'then we'll see')."""
    words = [w for w in words_of(step) if w.is_word]
    if not words:
        return None
    if ctx.find(step, "formal_training") or _course_named(step, ctx, style):
        return "course"
    if ctx.find(step, "credentials"):
        return "credential"
    if style.word_order == "v2":
        last = words[-1].lower
        grammar = ctx.pack.grammar
        if infinitive_evidence(last, ctx.pack.lang, grammar, style) is True:
            return "act"
        return None
    first = words[0]
    return "act" if first.pos == "VERB" and first.verbform != "Ger" else None


def step_sentence(found: FollowUp, kind: StepKind, style: RewriteStyle) -> str:
    """The step committed in its own sentence, with the writer's word of sequence."""
    frame = style.followup_steps[kind]
    text = frame.format(opener=found.opener.lower(), step=found.step)
    return capitalise(text.strip()) + "."


def _course_named(step: Goal, ctx: RuleContext, style: RewriteStyle) -> bool:
    """The step names a course after its article ('een geurtraining', 'a refresher course')."""
    words = [w for w in words_of(step) if w.is_word]
    if words and words[0].lower in style.determiners:
        return course_goal(step, ctx, style, skip=1) is not None
    return course_goal(step, ctx, style) is not None


def _phrase(words: list[str], at: int, phrases: frozenset[str]) -> int:
    """How many of ``words`` from ``at`` make one of ``phrases`` (longest first), or 0."""
    lowered = [w.lower().strip(".,") for w in words]
    for size in (3, 2, 1):
        if at + size <= len(words) and " ".join(lowered[at : at + size]) in phrases:
            return size
    return 0
