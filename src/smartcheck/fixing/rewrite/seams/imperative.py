"""The writer's imperative made the subject of a clause: 'Mentor the two new techs ...' ->
'..., so that mentor the two new techs ...', 'I will make sure that coach the apprentices'.

A goal that opens with its verb ('Coach the three new apprentices ...') has no subject: the
writer is it. The small tagger calls such a verb a noun, and a frame that puts the goal after
'that' (the own part's 'make sure that', the purpose's 'so that') then reads it as a clause
with a subject, or one that names a topic after a preposition reads it as a noun ('I will
[concrete behaviour] for complete GWO Blade Repair'). The verb is lost either way (a seam of
kind ``lost_verb``, which a part of an imperative goal may not show either). The verb is
known by what follows it in the goal: a determiner, a possessive or a number opens its
object, and no noun is followed by one ('Coach *the* apprentices', 'Train *my* team',
'Mentor *two* techs'); or by the reading, which found it the first of coordinated verbs.
A time phrase fronted before it with a comma ('From now on, log every delivery ...', 'By
March, finish the audit ...') leaves it the goal's verb: after the frame's marker the phrase
and the verb come together ('[concrete behaviour] for from now on, log every delivery').
Dutch the same: 'Gebruik de planner op mijn telefoon' -> 'ga ik voor gebruik de planner
...' reads the stem as a noun after the frame's preposition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.imperative_lines import verb_stem
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: What opens a verb's object right after it: a determiner, a possessive, a number.
_OBJECT_OPENERS = frozenset({"DET", "NUM"})


def imperative_as_subject(
    doc: Doc, goal: Goal, style: RewriteStyle, ctx: RuleContext | None = None
) -> list[Seam]:
    """The goal's opening imperative right after the clause marker of a frame's 'that'-clause
    (the pack's ``frames.own_part`` marker), with no subject before it. Verb-second: only a
    stem the dictionary knows a verb of, right before its object (``ctx`` to ask it; not
    a label, 'Planning: meer acquisitie')."""
    if goal.doc is None or not style.frames.own_part:
        return []
    front = _fronted_time(goal, style)
    verb = _opening_imperative(goal, front)
    if verb is not None and style.word_order == "v2" and not _dutch_stem(goal, ctx, style):
        return []
    frame = style.frames.own_part.split("{clause}")[0].split()
    if verb is None or not frame:
        return []
    markers = {frame[-1].lower(), *style.topic_prepositions}
    opening = goal.text[:front].lower().rstrip(" ,")
    return [
        Seam("lost_verb", f"the writer's verb {verb!r} after {t.text!r}", (verb,))
        for t in doc[:-1]
        if t.lower_ in markers and _verb_follows(doc.text[t.idx + len(t.text) :], opening, verb)
    ]


def _dutch_stem(goal: Goal, ctx: RuleContext | None, style: RewriteStyle) -> bool:
    """The goal opens on a verb stem with its object right after it, no mark between."""
    doc = goal.doc
    if ctx is None or doc is None or len(doc) < 2 or doc[1].is_punct:
        return False
    return verb_stem(doc[0], ctx, style)


def _fronted_time(goal: Goal, style: RewriteStyle) -> int:
    """Where the goal's words start after a time phrase fronted with a comma ('From now on,
    log ...', 'By the end of March, finish ...'); 0 when there is none."""
    lowered = goal.text.lower()
    ends = [t.end for t in goal.deadlines if t.start == 0]
    ends += [len(p) for p in style.routine_starts if lowered.startswith(p.lower())]
    for end in sorted(ends, reverse=True):
        rest = goal.text[end:]
        if rest.lstrip().startswith(","):
            return end + len(rest) - len(rest.lstrip()[1:].lstrip())
    return 0


def _verb_follows(after: str, opening: str, verb: str) -> bool:
    """Whether ``after`` (the candidate's text after a marker) starts with the writer's verb,
    or with the goal's fronted time phrase and then the verb."""
    after = after.lower().lstrip()
    if opening and after.startswith(opening):
        after = after[len(opening) :].lstrip(" ,")
    return after.split(" ", 1)[0] == verb


def _opening_imperative(goal: Goal, front: int = 0) -> str | None:
    """The goal's first word (after a fronted time phrase ending at ``front``) when its object
    follows right after it, or when the reading found it the first of the goal's coordinated
    verbs ('*Complete* GWO Blade Repair and get signed off ...'); not a gerund, which names an
    activity ('Training new staff')."""
    doc = goal.doc
    words = [t for t in doc or () if not t.is_punct and t.idx >= front]
    if len(words) < 2 or not words[0].is_alpha or words[0].pos_ in ("DET", "PRON", "ADP"):
        return None
    first, nxt = words[0], words[1]
    opens = nxt.pos_ in _OBJECT_OPENERS or "Yes" in nxt.morph.get("Poss", [])
    verbs = goal.syntax.goal_verbs
    read = len(verbs) > 1 and verbs[0].start == first.idx and not first.lower_.endswith("ing")
    return first.lower_ if opens or read else None
