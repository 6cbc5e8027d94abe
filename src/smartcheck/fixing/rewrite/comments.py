"""The writer's comment on the advice they were given, told after it: 'Ik denk dat dat wel
lukt.', 'Daar ben ik het mee eens.', 'I agree with her.', ', so that's my goal for this year'.

Such a comment points back at the advice (a back reference, or a pronoun for who gave it)
and adds nothing to do: no noun but words that name the goal or the advice, no number and no
negation. It is no goal, so the rewrite of the advice leaves it out; a time it names ('for
this year', 'dit jaar') belongs to the goal and is kept (:func:`with_times`). The words that
may name the goal or the advice, and the pronouns for who gave it, are data: the pack's
``rewrite.comment_nouns`` and ``rewrite.speaker_pronouns``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, inside_sentence, join, words_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Punctuation that ends the sentence before a comment.
_SENTENCE_ENDS = frozenset({".", "!", ";"})
_QUOTES = frozenset({'"', "'"})
#: The most words a comment has (longer, it says more than that the writer agrees).
_MOST_WORDS = 10


@dataclass(frozen=True)
class Comment:
    """Where a trailing comment starts in the words, its characters, and its time words."""

    at: int  # the words before it are the advice: ``words[:at]``
    span: tuple[int, int]
    times: tuple[Word, ...] = ()


def trailing_comment(
    words: Sequence[Word], style: RewriteStyle, times: Sequence[tuple[int, int]]
) -> Comment | None:
    """The writer's comment that ends ``words`` (a sentence of its own, or a clause after a
    comma opened by a conclusion word, 'dus', 'so'), or None. ``times``: the character spans
    of the goal's time expressions."""
    tails = [t.lower().split() for t in style.voice_tails]
    for at in range(len(words) - 2, 2, -1):
        mark = words[at].text
        start = at + 1
        while start < len(words) and words[start].text in _QUOTES:
            start += 1
        if mark == ",":
            size = next(
                (len(t) for t in tails if [w.lower for w in words[start : start + len(t)]] == t),
                0,
            )
            if not size:
                continue
            start += size
        elif mark not in _SENTENCE_ENDS:
            continue
        said = [w for w in words[start:] if w.is_word]
        if said and _only_comment(said, style, times):
            first = words[at + 1] if mark == "," else words[start]
            timed = tuple(w for w in said if _timed(w, times))
            return Comment(at=at, span=(first.start, words[-1].end), times=timed)
        return None  # only the last sentence or clause can be the comment
    return None


def _only_comment(said: list[Word], style: RewriteStyle, times: Sequence[tuple[int, int]]) -> bool:
    """Words that only comment on what was said before them."""
    if len(said) > _MOST_WORDS or any(w.start < 0 for w in said):
        return False
    pointers = style.back_references | style.speaker_pronouns
    if not any(w.lower in pointers for w in said):
        return False
    names = style.comment_nouns | style.voice_labels
    for w in said:
        if _timed(w, times):
            continue
        if w.lower in style.negations or w.pos in ("NUM", "PROPN") or w.text[0].isdigit():
            return False
        if w.pos == "NOUN" and w.lower not in names and w.lemma not in names:
            return False
    return True


def _timed(word: Word, times: Sequence[tuple[int, int]]) -> bool:
    return any(word.inside(a, b) for a, b in times)


def with_times(inner: str, times: Sequence[Word], style: RewriteStyle) -> str | None:
    """The writer's clause ``inner`` ('Ik ga meer netwerken.', 'I will speak up more.') with
    the comment's time words in it: after the finite verb in a verb-second language ('Ik ga
    dit jaar meer netwerken.'), fronted in English ('This year, I will speak up more.');
    None when the Dutch clause has no finite verb in second place to put them after."""
    if not times:
        return inner
    said = join([inside_sentence(times[0]), *times[1:]], lead=False)
    body = inner.rstrip(" .!")
    first, _, rest = body.partition(" ")
    if style.word_order != "v2":  # fronted, as the rewrite fronts a deadline
        if first != first.upper() and first.lower() in style.subjects:
            first = first.lower()  # 'We will ...' -> 'This year, we will ...'
        return f"{said[:1].upper()}{said[1:]}, {first} {rest}."
    verb, _, after = rest.partition(" ")
    finite = {*style.subjects.values(), *style.modals, *style.finite_words}
    if not after or verb.lower() not in finite:
        return None
    return f"{first} {verb} {said} {after}."


def comment_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the goal ends in the writer's comment on it ('Ik denk dat dat wel lukt.'): words
    a rewrite leaves out, never lost words (its time words are the goal's deadline)."""
    words = [w for w in words_of(goal) if w.text.strip()]
    while words and not words[-1].is_word:
        words.pop()
    found = trailing_comment(words, style, [(e.start, e.end) for e in goal.deadlines])
    return [found.span] if found is not None else []
