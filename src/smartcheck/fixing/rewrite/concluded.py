"""A goal set off by a word that draws the conclusion, after the sentences that explain it.

Writers tell what went wrong first and then conclude: "Mijn leidinggevende zegt dat mijn
werkbonnen vaak onvolledig zijn. Dus: werkbonnen beter invullen.", "Customers wait too long
for a quote. In short: make quotes faster." The conclusion word with its colon (the pack's
``conclusion_labels``) is a label, like "Doel:": it introduces the goal and is no word of
it. Read as a topic label it made "Bij dus ga ik ..."; read as the goal's first word it
joins the frame ("I will so: write ..."). The rewrite starts after it: the goal after the
label is judged and rewritten on its own, and the sentences before and after it stay as
written (situation.py's :class:`Situated`, kept around the rewrite).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.situation import Situated
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.words import Word, capitalise, words_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from smartcheck.reading.goal import Goal

#: Fewest words the goal after the label has: a verb and its object ('beter notuleren').
_GOAL_WORDS = 2


def concluded(goal: Goal, labels: Iterable[str]) -> Situated | None:
    """The goal a later sentence sets off with a conclusion label ('Dus: X', 'So: X'), with
    the sentences before and after it kept as written; None when no sentence after the
    first opens with one of ``labels`` and its colon."""
    found = _label_at(goal, labels)
    if found is None:
        return None
    sentences, n, size = found
    told = [w for w in sentences[n][size + 1 :]]
    text = goal.text
    body = text[told[0].start : told[-1].end].strip()
    body = capitalise(body if body[-1:] in SENTENCE_MARKS else f"{body}.")
    before = tuple(_as_written(text, s) for s in sentences[:n])
    after = tuple(_as_written(text, s) for s in sentences[n + 1 :])
    return Situated(goal=body, before=before, after=after)


def conclusion_spans(goal: Goal, labels: Iterable[str]) -> list[tuple[int, int]]:
    """The characters of the conclusion label the rewrite leaves out ('Dus', 'In short'):
    no lost words of the writer."""
    found = _label_at(goal, labels)
    if found is None:
        return []
    sentences, n, size = found
    return [(w.start, w.end) for w in sentences[n][:size] if w.is_word]


def _label_at(goal: Goal, labels: Iterable[str]) -> tuple[list[list[Word]], int, int] | None:
    """The goal's sentences, the index of the one a conclusion label opens and the label's
    length in words; None when none does (the first sentence is the goal itself, which the
    surface reading already handles as a label of the whole text)."""
    sentences = _sentences(words_of(goal))
    phrases = sorted((label.lower().split() for label in labels), key=len, reverse=True)
    for n, sentence in enumerate(sentences[1:], start=1):
        lowered = [w.lower for w in sentence]
        for words in phrases:
            size = len(words)
            if lowered[:size] != words or lowered[size : size + 1] != [":"]:
                continue
            told = [w for w in sentence[size + 1 :] if w.is_word]
            if len(told) >= _GOAL_WORDS:
                return sentences, n, size
    return None


def _sentences(words: list[Word]) -> list[list[Word]]:
    """The words cut into sentences after each stop."""
    found: list[list[Word]] = [[]]
    for w in words:
        found[-1].append(w)
        if w.text in SENTENCE_MARKS:
            found.append([])
    return [s for s in found if any(w.is_word for w in s)]


def _as_written(text: str, sentence: list[Word]) -> str:
    """A sentence as the writer wrote it."""
    return text[sentence[0].start : sentence[-1].end].strip()
