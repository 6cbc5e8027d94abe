"""The writer's wish stated with a question mark: 'I want to do more night shifts and maybe
become a trainer?', 'Ik wil de weekplanning maken en misschien ook de inkoop doen?'.

The sentence opens with the writer's wish (the pack's ``goal_wishes``, maybe after a hedge)
and asks nothing: no question word, no inverted verb, no alternative. The "?" only tells
that the writer is unsure or leaves it to the manager, like the hedge inside it. Read as a
question, the text got no rewrite at all (a question is refused). Told with a period, the
wish reads as the writer's goal (one rewrite per goal when it packs two), and the hedge goes
as any hedge does. A sentence with a contrast ('..., but is that realistic?'), an alternative
('... or Y?') or a question word is a real question and is not read; a hedge after a comma
('..., maybe through a course?') suggests a means, which the voices read as an example. A
question mark the sentence goes on after in lower case ('... this year? to see ...') is told
as a comma.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentence_ends

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def wish_told(text: str, style: RewriteStyle) -> str | None:
    """``text`` with the question mark of each wish stated as a question told as a period
    (see the module), or None when it has none."""
    cuts = [0, *sentence_ends(text, style.abbreviations), len(text)]
    told = text
    for start, end in reversed(list(pairwise(cuts))):
        piece = text[start:end].rstrip()
        if piece.endswith("?") and _stated_wish(piece.rstrip("? "), style):
            at = start + len(piece) - 1
            after = text[at + 1 :].lstrip()
            mark = "," if after[:1].islower() else "."  # '...this year? to see ...': it goes on
            told = f"{told[:at]}{mark}{told[at + 1 :]}"
    return told if told != text else None


def _stated_wish(sentence: str, style: RewriteStyle) -> bool:
    """Does ``sentence`` open with the writer's wish (a hedge before it at most) and hold
    nothing that asks (a question word, a contrast, an alternative)?"""
    if re.search(rf",\s*(?:{'|'.join(map(re.escape, style.one_word_hedges))})\b", sentence, re.I):
        return False  # '..., maybe through a course?': a means suggested, read as an example
    words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(sentence)]
    while words and words[0] in style.one_word_hedges:
        words = words[1:]
    said = " ".join(words)
    if not any(said.startswith(f"{w.lower()} ") for w in style.goal_wishes):
        return False
    asking = {*style.question_words, *style.alternative_openers}
    asking |= {c.lower() for c in style.reservation_contrasts}
    return not asking & set(words)
