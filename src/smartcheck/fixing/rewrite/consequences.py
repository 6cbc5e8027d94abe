"""What the goal makes possible, told as a sentence of its own after it: 'Dan kan ik in de
winter meer meedraaien in het grondverzet.', 'Then I can help in the warehouse when it's
quiet.'

The writer names a step, often asked or hedged ('Is het mogelijk dat ik de cursus X ga
doen?', 'maybe a forklift licence?'), and then what it would let them do, opened by a word
of consequence and the writer's ability (the pack's ``rewrite.enabling_openers``: 'dan
kan ik', 'zo kan ik', 'then I can', 'that way I can'). That sentence is no second goal and
no remark: it is why the step is wanted. Kept as written, its comparative ('meer
meedraaien') failed M for the whole text and the question before it kept the text from any
reading, so only the structured fallback was shown. A coach writes it as the step's
purpose: the opener goes and the rest becomes the purpose clause after the committed step
(the pack's ``asked_purpose``: ', zodat ik in de winter meer kan meedraaien ...', ', so
that I can help ...'; asked_wishes.py ``with_purpose``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_means import purpose_clause
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS, word_sentences
from smartcheck.fixing.rewrite.words import opening_length, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word
    from smartcheck.reading.goal import Goal

#: Fewest words the consequence names after its opener ('help out', 'meer meedraaien').
_MIN_WORDS = 2


def consequence_purpose(sentence: list[Word], style: RewriteStyle, lang: str) -> str | None:
    """``sentence`` as the purpose of the step before it (see the module): the words after
    the consequence's opener as a purpose clause; None when it opens with no consequence of
    the writer's, asks something, or is a clause with a subject of its own."""
    if not sentence or sentence[-1].text == "?" or not style.asked_purpose:
        return None
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    size = opening_length([w.lower for w in said], style.enabling_openers)
    rest = said[size:]
    if not size or sum(w.is_word for w in rest) < _MIN_WORDS:
        return None
    subjects = {s.lower() for s in style.subjects}
    if rest[0].lower in subjects or rest[0].text in (",", ";", ":"):
        return None  # 'Then I can, I think, ...': no clause of the writer's to take over
    return purpose_clause(rest, style, lang)


def consequence_after(goal: Goal, style: RewriteStyle) -> tuple[str, str] | None:
    """The goal's text before a last sentence that tells what the goal makes possible, and
    that consequence as the purpose; None when the last sentence tells none or nothing
    stands before it."""
    said = [w for w in words_of(goal) if w.text.strip()]
    ends = [n for n, w in enumerate(said[:-1]) if w.text in SENTENCE_MARKS]
    if not ends:
        return None
    last = said[ends[-1] + 1 :]
    purpose = consequence_purpose(last, style, goal.lang)
    before = goal.text[: last[0].start].rstrip()
    if purpose is None or not any(ch.isalpha() for ch in before):
        return None
    return before, purpose


def consequence_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the opener of such a consequence stands ('*Dan kan ik* ...', '*Then I can*
    ...'): words a rewrite leaves out when the consequence becomes the purpose."""
    said = [w for w in words_of(goal) if w.text.strip()]
    spans = []
    for sentence in word_sentences(said, style.abbreviation_openers):
        words = [w for w in sentence if w.text not in SENTENCE_MARKS]
        size = opening_length([w.lower for w in words], style.enabling_openers)
        if size and consequence_purpose(sentence, style, goal.lang):
            spans.append((words[0].start, words[size - 1].end))
    return spans
