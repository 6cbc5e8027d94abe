"""The writer's question before the goal: the question kept, the goal after it rewritten.

Writers open with what they run into, as a question, and then name the goal: "Wat doe ik
met agressieve klanten? Training agressiehantering volgen", "How do I deal with angry
callers? Take the de-escalation course." The question is no goal and asks nobody for
anything the rewrite can give; the sentence after it is the goal. Read whole, the question
framed the text (its statement swallowed the goal: "I want to deal with angry callers Take
the ...") or left only the structured fallback. The goal sentence is judged and rewritten
as a goal of its own, and the question stays before it as written: the situation the goal
answers, in the writer's order.

Read only for a text of two sentences, the first a question opened by a question word and
the second none.
``WholeTextRewrites._asked_first`` (whole_text.py) judges the goal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentences

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Fewest words of the goal after the question ('Training agressiehantering volgen').
_GOAL_WORDS = 2


def asked_first(
    text: str, style: RewriteStyle, question_words: tuple[str, ...]
) -> tuple[str, str] | None:
    """The question and the goal sentence after it, or None for any other text. The
    question opens with a question word (the pack's ``question_words``: 'Wat doe ik ...?',
    'How do I ...?'): a goal told with a question mark ('Take more responsibility, maybe
    ...?') is no question of the writer's situation."""
    told = sentences(text, style.abbreviations)
    if len(told) != 2 or not told[0].endswith("?") or told[1].rstrip().endswith("?"):
        return None
    first = told[0].split()[0].lower().strip("\"'(")
    if first not in {w.lower() for w in question_words}:
        return None
    if len(told[1].split()) < _GOAL_WORDS or "?" in told[0].rstrip("?"):
        return None
    return told[0], told[1]
