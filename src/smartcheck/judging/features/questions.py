"""Duties inside an indirect question: what the task holds, not a duty on anyone.

"Ik wil de collega's kunnen uitleggen *wat er moet gebeuren*", "learn *what needs to be
done* at a handover", "weten *hoe het moet*": the obligation belongs to the question the
writer wants to answer or explain, the object of the writer's own verb. It imposes nothing
on the writer nor hides an owner (A002). A question word that opens the text asks a direct
question instead ("Wat moet er gebeuren?"), which stays one.
"""

from __future__ import annotations

from smartcheck.judging.context import RuleContext
from smartcheck.reading.goal import Goal
from smartcheck.reading.lexicon import LexiconMatch

#: Most words between the question word and the duty ("hoe *het* moet", "wat *er* moet").
QUESTION_REACH = 2


def outside_questions(
    goal: Goal, ctx: RuleContext, found: list[LexiconMatch]
) -> list[LexiconMatch]:
    """``found`` without the matches a question word (the pack's ``question_words``) opens,
    within a few words of its own clause, not at the text's start."""
    doc = goal.doc
    if doc is None or not found:
        return found
    questions = {w.lower() for w in ctx.pack.words("question_words")}
    kept = []
    for m in found:
        before = doc[max(0, m.token_start - QUESTION_REACH - 1) : m.token_start]
        opener = next((t for t in reversed(before) if t.lower_ in questions), None)
        inside = (
            opener is not None
            and opener.i > 0
            and not any(
                t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[opener.i + 1 : m.token_start]
            )
        )
        if not inside:
            kept.append(m)
    return kept
