"""Where a sentence after the aim hedges or asks only a time ('Misschien kan dat in de zomer
als het rustig is.', 'Maybe that could be in March?', 'Misschien in het najaar.').

Such a sentence names when, not how: the means readers (means.py) must not read its time as
a means ('met hulp van dat in het najaar'), and the step that commits it (hedged_time.py)
leaves its hedge and asking words out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word
    from smartcheck.reading.goal import Goal

#: Word classes that may stand between the hedge and the time: the thing asked about and
#: the asking modal ('kan *dat*', '*that could be*'); a noun or a verb of its own would tell
#: more than when.
_ASKING = frozenset({"PRON", "AUX", "DET", "SCONJ"})  # 'dat', tagged as either


#: Most words of the condition told after the time ('als het rustiger is').
MAX_CONDITION_WORDS = 8


def time_at(
    sentence: list[Word],
    times: Sequence[tuple[int, int]],
    style: RewriteStyle,
    openers: frozenset[str] = frozenset(),
    tail: bool = True,
) -> tuple[int, int] | None:
    """Where, among the words of ``sentence``, the time it hedges or asks opens and ends:
    after a hedge or in a question, with only the thing asked and the asking modal before
    it ('Misschien kan dat *in de zomer*', 'Maybe that could be *in March*') and at most a
    condition after it (a clause opened by a subordinator or one of ``openers``: 'als het
    rustig is'); None when it hedges or asks no time, or tells more than when ('Misschien
    kan ik ...', 'Misschien volgend jaar een cursus doen'). Without ``tail``, what follows
    the time is not looked at (only where the time opens matters)."""
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    hedges = style.one_word_hedges
    hedged = bool(said) and said[0].lower in hedges
    if not (hedged or sentence[-1].text == "?"):
        return None
    subjects = {s.lower() for s in style.subjects}
    vague = {w.lower() for w in style.time_approximators}
    at = next((n for n, w in enumerate(said) if any(a <= w.start < b for a, b in times)), None)
    asking = style.asked_modals  # 'Kan dat ...?', whatever the tagger calls 'Kan'
    if at is None or any(
        (w.pos not in _ASKING and w.lower not in vague | asking) or w.lower in subjects
        for w in said[int(hedged) : at]
    ):
        return None  # 'maybe *sometime* next year?': the time itself is committed

    def opens_clause(word: Word) -> bool:
        return word.pos == "SCONJ" or word.lower in openers

    end = at + 1  # the time ends where a clause opens ('in de zomer *als* het rustig is')
    while end < len(said) and any(a <= said[end].start < b for a, b in times):
        if opens_clause(said[end]):
            break
        end += 1
    rest = said[end:]
    if (
        tail
        and rest
        and not (
            opens_clause(rest[0])
            and len([w for w in rest if w.is_word]) <= MAX_CONDITION_WORDS
            and any(w.pos in ("VERB", "AUX") for w in rest)
            and not any(w.lower in subjects for w in rest)
        )
    ):
        return None  # more than a condition on the time
    return at, end


def hedged_time_spans(
    sentences: Sequence[list[Word]], times: Sequence[tuple[int, int]], style: RewriteStyle
) -> list[tuple[int, int]]:
    """The hedge and the asking words before a time hedged after the aim ('*Misschien kan
    dat* in de zomer', '*Maybe that could be* in March'): the committed step leaves them
    out, so a rewrite may too."""
    spans = []
    for sentence in sentences[1:]:
        found = time_at(sentence, times, style, tail=False)
        said = [w for w in sentence if w.text not in SENTENCE_MARKS]
        if found is not None and found[0]:
            spans.append((said[0].start, said[found[0] - 1].end))
    return spans


def approximator_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where an approximator stands right before one of the goal's times ('*sometime* next
    year', '*ergens* volgend jaar'): the committed time replaces it, so a rewrite drops it on
    purpose; the same word elsewhere ('ongeveer 10 klanten') is the writer's."""
    words = {w.lower() for w in style.time_approximators}
    spans = []
    for time in goal.deadlines:
        before = goal.text[: time.start].rstrip()
        match = re.search(r"(\w+)$", before)
        if match is not None and match.group(1).lower() in words:
            spans.append(match.span())
    return spans
