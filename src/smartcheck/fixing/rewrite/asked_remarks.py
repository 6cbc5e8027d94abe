"""The writer's own question after the goal, kept as a question after its rewrite.

"I want to learn to run the payroll myself. Does anyone else on the team do this
already?", "Mijn chef stelde voor dat ik de cursus ... doe. Prima, maar wat levert het me
daarna op: word ik dan ploegleider?": the last sentence asks something the goal does not
commit to (what comes after, who else does it). It is no means (asked_means.py reads a
step asked: 'Kan ik een cursus doen?'), no agreement asked (asked_arrangements.py: 'Kan
dat geregeld worden?') and no second goal. The text ended in a question mark, so the whole
was refused as a question and only the structured fallback was shown. The goal before it
is judged and rewritten on its own, and the question goes back after it as written, its
question mark kept: a question for the conversation with the manager (remarks.py keeps it).
A question opened by a hedge or by the writer's asking modal ('Maybe ...?', 'Could I
...?', 'Kan ik ...?') asks a step of the writer's, and is left to the readings of steps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.remarks import Remarked
from smartcheck.fixing.rewrite.stops import sentence_ends

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words of a question kept after the goal: a question, no paragraph.
MAX_QUESTION_WORDS = 30
#: Fewest words of the goal before it.
_GOAL_WORDS = 3


def asked_remark(goal: Goal, style: RewriteStyle) -> Remarked | None:
    """The goal before a last sentence that asks (see the module), and the question as its
    remark; None when the text does not end on such a question."""
    text = goal.text.rstrip()
    if not text.endswith("?") or text.endswith("??"):
        return None
    ends = [e for e in sentence_ends(text, style.abbreviations) if e < len(text) - 1]
    if not ends or text[ends[-1] - 1] not in ".!":
        return None  # one sentence, or a question after a question
    before, question = text[: ends[-1]].strip(), text[ends[-1] :].strip()
    said = question.rstrip("?").split()
    if not 1 < len(said) <= MAX_QUESTION_WORDS or len(before.split()) < _GOAL_WORDS:
        return None
    first, second = said[0].lower().strip(",:"), said[1].lower().strip(",:")
    subjects = {s.lower() for s in style.subjects}
    if first in style.one_word_hedges or first in style.alternative_openers:
        return None  # 'Maybe a course?', 'Or a mentor?': a step weighed
    if {first, second} & subjects and {first, second} & style.asked_modals:
        return None  # 'Could I take a course?': a step asked
    if not _asks(goal, ends[-1], style):
        return None  # 'Doel 3: orthesiologie leren?', 'Misschein een cursus?': no question
    return Remarked(goal=before, remark=question, clause=False)


def _asks(goal: Goal, start: int, style: RewriteStyle) -> bool:
    """Does the question from character ``start`` ask, as a question does: its last clause
    (after a colon, 'I'd like to know ...: *will* this lead to ...?') opened by a finite
    verb or a question word? A fragment asked ('Doel 3: orthesiologie leren?') is a goal
    the writer doubts, no question to keep."""
    doc = goal.doc
    if doc is None:
        return False
    tokens = [t for t in doc if t.idx >= start and not t.is_space]
    colons = [n for n, t in enumerate(tokens) if t.text == ":"]
    tokens = tokens[colons[-1] + 1 :] if colons else tokens
    tokens = _after_reaction(tokens, style)
    if not tokens:
        return False
    first = tokens[0]
    finite = first.pos_ in ("AUX", "VERB") and "Fin" in first.morph.get("VerbForm", [])
    return finite or first.lower_ in style.question_words or _inverted(tokens, style)


def _inverted(tokens: list[Token], style: RewriteStyle) -> bool:
    """A word that may open a clause or a question ('wanneer', 'waar'; the pack's
    ``clause_openers``) with the finite verb right after it ('*wanneer moet* ik dat doen?'):
    a subordinate clause has its subject there, so this asks."""
    if len(tokens) < 2 or tokens[0].lower_ not in {w.lower() for w in style.clause_openers}:
        return False
    verb = tokens[1]
    return verb.pos_ in ("AUX", "VERB") and "Fin" in verb.morph.get("VerbForm", [])


#: Most words of the writer's reaction before the contrast that opens the question.
_REACTION_WORDS = 3


def _after_reaction(tokens: list[Token], style: RewriteStyle) -> list[Token]:
    """The question after the writer's short reaction and a contrast ('Prima, *maar*
    wanneer ...?', 'Lijkt me leuk, maar hoe ...?', 'Fine, but when ...?'): the reaction
    accepts what came before, the question is what follows the contrast (the pack's
    ``reservation_contrasts``). ``tokens`` as they are without such an opening."""
    contrasts = {c.lower() for c in style.reservation_contrasts}
    for n, t in enumerate(tokens[: _REACTION_WORDS + 2]):
        if t.lower_ in contrasts and n > 1 and tokens[n - 1].text == ",":
            return tokens[n + 1 :]
    return tokens
