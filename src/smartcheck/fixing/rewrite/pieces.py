"""Which piece of a sentence that packs goals is no goal of its own.

The judging cuts a sentence where a second goal seems to start (S004). Some pieces only say
something about the goal before them, and a rewrite of them as a goal says what the writer
never meant:

- someone else's report about the writer ('..., my partner says I work too late'; the
  writer's reason, reports.py): never 'I will work too late';
- a manner with no verb ('Sneller tikken ..., en dan zonder typefouten', 'and without
  typos'): how the first goal is done, never 'ga ik voor zonder typefouten [gedrag]';
- the situation told after a comma ('..., it gets very busy on Monday', '..., het is op
  maandag erg druk'): a subject other than the writer opens it (the pack's
  ``time.recurring.situation_subjects``), with no writer and no modal in it; never 'It
  gets very busy by 30 November'.

Such a sentence is not split; its whole rewrite keeps the piece where the writer put it.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.reports import reports_on_writer
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from smartcheck.reading.goal import Goal


def no_goal_of_its_own(
    piece: Goal, style: RewriteStyle, situation: frozenset[str] = frozenset()
) -> bool:
    """``piece``, cut from a sentence that packs goals, only says something about another;
    ``situation``: the subjects that open a clause of the situation ('it', 'het')."""
    return (
        reports_on_writer(piece, style)
        or _manner(piece, style)
        or _told(piece, style, situation)
        or _purpose(piece)
    )


def _purpose(piece: Goal) -> bool:
    """An infinitive clause of purpose, maybe after an adverb, given the goal's wish frame
    when it was cut ('I'd like to just to see that side of the department'): why the goal
    before it is wanted. Two infinitive markers stand with only adverbs between them."""
    words = [t for t in piece.doc or () if t.is_alpha]
    marks = [  # an adverb is no infinitive marker ('*instead* of running')
        n
        for n, t in enumerate(words)
        if t.dep_ == "mark" and t.head.pos_ == "VERB" and t.pos_ != "ADV"
    ]
    return any(all(w.pos_ == "ADV" for w in words[a + 1 : b]) for a, b in pairwise(marks))


def _told(piece: Goal, style: RewriteStyle, situation: frozenset[str]) -> bool:
    """A clause of the situation: opened by a subject other than the writer, with no writer,
    no commitment and no modal in it ('it gets very busy on Monday')."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", piece.text)]
    if not words or words[0] not in situation:
        return False
    mine = {s.lower() for s in style.subjects} | {a.lower() for a in style.subjects.values()}
    modals = {m.lower() for m in style.modals}
    return not any(w in mine or w in modals for w in words)


def _manner(piece: Goal, style: RewriteStyle) -> bool:
    """A prepositional phrase with no verb ('zonder typefouten', 'without typos')."""
    doc = piece.doc
    words = [t for t in doc or () if t.is_alpha]
    if not words or words[0].lower_ not in style.prepositions or words[0].pos_ != "ADP":
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in words)
