"""A text that packs several goals gets one rewrite per goal: find the goals in it.

A list (bullets, numbers, one goal a line) or several sentences that each state a goal of
their own are split; a goal with a second sentence that explains it ("Dat meet ik met ...")
is not, because only sentences that open with their own first-person subject or list marker
count as goals. A heading of a word or three before a goal ('Riggen. Ik wil ...') is a
piece too, kept with the goal after it (several.py).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from smartcheck.fixing.rewrite.fallback import clean, label_word
from smartcheck.fixing.rewrite.guard import refusal
from smartcheck.fixing.rewrite.several import is_heading
from smartcheck.fixing.rewrite.slashed import slashed_aims
from smartcheck.fixing.rewrite.stops import sentences


def goal_pieces(
    text: str,
    subjects: frozenset[str],
    labels: Collection[str] = (),
    abbreviations: Collection[str] = (),
    changes: Collection[str] = (),
) -> list[str]:
    """The goals packed in ``text`` (one item when it holds a single goal). Pieces that open
    with labels other than the pack's goal ``labels`` are the fields of one goal ('Wat: ...
    Hoe: cursus. Wanneer: dit jaar.'), not goals of their own. A period of one of the pack's
    ``abbreviations`` before a lower-case word ends no piece ('die bijv. een ...', stops.py).
    Two aims joined by a slash, each opening with one of the pack's ``changes`` ('meer
    overzicht in mijn mailbox / minder achterstand ...'), are two pieces (slashed.py)."""
    aims = slashed_aims(text, changes)
    if aims:
        return aims
    lines = [clean(line) for line in text.splitlines() if clean(line)]
    if len(lines) >= 2:
        raw = [line for line in text.splitlines() if clean(line)]
    else:
        raw = [p for p in sentences(text.strip(), abbreviations) if clean(p)]
    goal_words = {w.lower() for w in labels}
    fields = [p for p in raw if (word := label_word(p)) is not None and word not in goal_words]
    if len(fields) >= 2:
        return [text]
    pieces: list[str] = []
    goals: list[str] = []  # the pieces without a heading before a goal ('Riggen. Ik wil ...')
    for n, p in enumerate(raw):
        piece = clean(p)
        if n + 1 < len(raw) and is_heading(piece, text):
            pieces.append(piece)
        elif piece and (len(piece.split()) >= 2 or _named_goal(p, goal_words)):
            pieces.append(piece)
            goals.append(piece)
    if len(goals) < 2:
        return [text]
    reason = refusal(text, abbreviations)
    if reason in ("a list of goals", "several goals in one text"):
        return pieces
    own = all(p.split()[0].lower().strip(",") in subjects for p in goals)
    return pieces if own else [text]


#: A list marker opening a line ('- ', '2. ', 'b) ').
_MARKED = re.compile(r"^\s*(?:[-*•·▪►]|\(?\d+[.)]|[a-z][.)])\s+\S")


def _named_goal(piece: str, goal_words: set[str]) -> bool:
    """A piece of one word the writer marked as a goal: a goal label ('doel 2: EHBO') or a
    list marker ('- BHV') names it one, where a word alone ('Ok.', 'Doelen:') is none."""
    return bool(clean(piece)) and (label_word(piece) in goal_words or bool(_MARKED.match(piece)))
