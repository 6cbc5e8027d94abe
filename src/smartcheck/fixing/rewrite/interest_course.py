"""A field and, after a comma, the writer's interest in a course on it: 'Lassen van
wapening, interesse in een cursus.', 'Pastry, interest in a course.'

The note names what the writer wants to learn and how: a course. Committed whole it read
'ga ik lassen van wapening, interesse in een cursus' (seams/interest_stretch.py refuses
that). The interest is the writer asking for the course, as in 'Lassen van wapening.
Cursus?', which asked_means.py reads as a course on the field: 'ga ik een cursus over lassen
van wapening volgen'. So the sentence is read that way: the field, then the course word
asked. Judged on the words: a sentence whose last comma is followed by one of the pack's
``interest_nouns``, a preposition and (after an article at most) a course word
(``formal_training``) that ends it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import capitalise

_STOPS = frozenset({".", "!", "?", ";"})

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def interest_as_asked(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> tuple[str, str] | None:
    """The goal, one sentence 'X, interest in a course.', as 'X. Course?', and the course on
    X its rewrite must name ('een cursus over X'; the pack's ``topic_course``); None for any
    other goal (a longer text is split first, each sentence read on its own)."""
    found = _interest(goal, ctx)
    if found is None or not style.topic_course:
        return None
    comma, course, close = found
    text = goal.text
    if text[close:].strip():
        return None
    field = text[: comma.idx].strip()
    field = field if field[1:2].isupper() else field[:1].lower() + field[1:]
    named = style.topic_course.format(course=course.lower_, topic=field)
    return f"{text[: comma.idx]}. {capitalise(course.text)}?", named


def interest_spans(goal: Goal, ctx: RuleContext) -> list[tuple[int, int]]:
    """The interest and its preposition ('interesse in een'): a rewrite that reads the
    course as asked drops them on purpose (seams/kept_words.py)."""
    found = _interest(goal, ctx)
    if found is None:
        return []
    comma, course, _ = found
    return [(comma.idx, course.idx)]


def _interest(goal: Goal, ctx: RuleContext) -> tuple[Token, Token, int] | None:
    """The comma before the interest, the course word and where the sentence ends; None
    when the goal has no such sentence (module doc)."""
    doc = goal.doc
    if doc is None or doc.text != goal.text:
        return None
    interests = {w.lower() for w in ctx.pack.words("interest_nouns")}
    courses = {w.lower() for w in ctx.pack.words("formal_training") if " " not in w}
    for comma in (t for t in doc if t.text == ","):
        rest = list(doc[comma.i + 1 :])
        end = next((n for n, t in enumerate(rest) if t.text in _STOPS), len(rest))
        said = [t for t in rest[:end] if t.pos_ != "DET"]
        if len(said) != 3 or said[0].lower_ not in interests or said[1].pos_ != "ADP":
            continue
        if said[2].lower_ not in courses:
            continue
        opening = max((t.i for t in doc[: comma.i] if t.text in _STOPS), default=-1)
        if comma.i - opening < 2:
            return None  # nothing named before the interest
        close = rest[end].idx + len(rest[end].text) if end < len(rest) else len(doc.text)
        return comma, said[2], close
    return None
