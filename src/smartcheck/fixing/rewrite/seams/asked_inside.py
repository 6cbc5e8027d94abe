"""A question left in a sentence the rewrite wrote: the writer's hedged ask turned half into
a commitment.

A means or a wish the writer asks after the goal ("misschien kan ik later daar
doorgroeien?", "Maybe I can do a rotation with the technical team?") loses its hedge when
the goal is committed; the question mark that went with it must go too, or the sentence
reads "Vóór [datum] ga ik ..., kan ik later daar doorgroeien?" or "I can do a rotation
...?": a commitment that asks. A rewrite never asks anything itself, so a sentence that
ends in a question mark is whole only when it is the writer's own question, kept as
written ("Wat heb ik daarvoor nodig?"); any other is a seam.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.stops import sentences


def _plain(text: str) -> str:
    """A sentence compared as words: case and spaces do not count."""
    return " ".join(text.lower().split())


def question_committed(
    candidate: str, goal_text: str, abbreviations: Collection[str] = ()
) -> list[Seam]:
    """Each sentence of ``candidate`` that ends in '?' and is no sentence of the goal as
    written."""
    asked = [_plain(s) for s in _lines(goal_text, abbreviations) if s.endswith("?")]
    return [
        Seam("asked_inside", f"a question in the rewrite: {told!r}", ("?",))
        for told in _lines(candidate, abbreviations)
        if told.endswith("?") and not any(_kept(_plain(told), q) for q in asked)
    ]


def _lines(text: str, abbreviations: Collection[str]) -> list[str]:
    """The sentences of ``text``, a line break ending one too (a list, a split rewrite)."""
    return [line.strip() for s in sentences(text, abbreviations) for line in s.splitlines()]


def _kept(told: str, question: str) -> bool:
    """``told`` is the writer's ``question`` as written, perhaps without the list marker or
    label before it ('- Wat heb ik nodig?', 'Vraag: ...'): nothing with a word of its own
    (a hedge, 'Maybe I can ...') was cut from its front."""
    if not question.endswith(told):
        return False
    front = question[: len(question) - len(told)].strip()
    if re.search(r",\s*[^\W\d_]+$", front):
        return True  # '..., misschien *kunnen we ...?*': the last piece asked on its own, its
        # one opening word (a polite hedge) cut; proposed_talks.py
    return not re.search(r"[^\W\d_]", front) or front.endswith(":")
