"""How often or when, left as a sentence of its own after the committed one.

'Ik ga meelopen met de nefroloog ... . 2 of 3 keer dit jaar.', 'I will shadow the planner.
Twice a month.': the writer added the frequency as an afterthought ('Misschien 2 of 3 keer
dit jaar.'); kept after the rewritten goal as a sentence it has no verb and no subject, and
the committed sentence reads as if it had no frequency at all. The time belongs in the goal
('Ik ga dit jaar 2 of 3 keer meelopen ...'). Judged by parse: a sentence after the first
with no verb whose words are times (the reader's time expressions), counts and the pack's
``session_words`` ('keer', 'times'), with a hedge or a conjunction at most, and that tells
how often (a count of times or a recurring time: a deadline told on its own, 'Klaar voor de
zomer.', stays after the goal as written, trailing_time.py). Nor is the
frequency the help the behaviour is done with ('Ik ga [concreet gedrag], met hulp van 4 keer
dit jaar, ...'): a hedged time read as a means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.timex import TimeExpression

#: Tags a time sentence may hold besides its times: a hedge, a join, a determiner.
_LOOSE = frozenset({"ADV", "CCONJ", "DET", "ADP", "NUM", "PUNCT", "SPACE"})
_ENDS = frozenset({".", "!", "?"})
#: Where the help frame's phrase ends.
_PHRASE_END = frozenset({",", ".", ";", ":", "!", "?"})


def time_sentence(doc: Doc, times: list[TimeExpression], ctx: RuleContext) -> list[Seam]:
    """A sentence of ``doc`` after its first made of times and counts only."""
    sessions = frozenset(w.lower() for w in ctx.pack.words("session_words"))
    seams: list[Seam] = []
    for n, sentence in enumerate(sentences(doc, _ENDS)):
        if n and _only_times(sentence, times, sessions):
            words = " ".join(t.text for t in sentence).rstrip(" .!?")
            seams.append(Seam("dangling", f"the time {words!r} as a sentence", ("time-sentence",)))
    return seams


def time_as_help(
    doc: Doc, times: list[TimeExpression], ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """The help frame ('met hulp van', 'with the help of') before a phrase of times and
    counts only ('met hulp van 4 keer dit jaar'): a hedged frequency read as a means."""
    frame = style.frames.means
    head = frame.split("{means}")[0].split() if frame else []
    if not head:
        return []
    sessions = frozenset(w.lower() for w in ctx.pack.words("session_words"))
    words = [t.lower_ for t in doc]
    seams: list[Seam] = []
    for n in range(len(words) - len(head)):
        if words[n : n + len(head)] != [w.lower() for w in head]:
            continue
        after = doc[n + len(head) :]
        end = next((t.i for t in after if t.text in _PHRASE_END), len(doc))
        phrase = list(doc[n + len(head) : end])
        if _only_times(phrase, times, sessions):
            detail = f"the time {' '.join(t.text for t in phrase)!r} as the help"
            seams.append(Seam("dangling", detail, ("time-help",)))
    return seams


def _only_times(tokens: list[Token], times: list[TimeExpression], sessions: frozenset[str]) -> bool:
    """Are ``tokens`` times and counts of times only (a hedge, a join at most)?"""
    if not any(t.is_alpha or t.like_num for t in tokens):
        return False
    timed = [t for t in tokens if any(e.start <= t.idx < e.end for e in times)]
    counted = [t for t in tokens if t.lower_ in sessions and _after_count(t)]
    recurring = [
        t for t in timed if any(e.kind == "recurring" and e.start <= t.idx < e.end for e in times)
    ]
    if not recurring and not counted:  # a deadline on its own is trailing_time.py's
        return False
    rest = [t for t in tokens if t not in timed and t not in counted]
    return all(t.pos_ in _LOOSE or t.like_num for t in rest)


def _after_count(token: Token) -> bool:
    """A session word after a number ('3 keer', 'two times')."""
    return token.i > 0 and token.nbor(-1).like_num
