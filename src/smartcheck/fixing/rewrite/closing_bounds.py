"""A closing sentence of an absolute with more after commas: 'Every potential donor gets
checked against the register. 100%, no exceptions, this year.', 'Alle facturen worden
gecontroleerd. Altijd, vanaf nu.'

The last sentence has no verb; its first piece is an absolute the pack bounds in place
('100%', 'always', 'no exceptions'), the pieces after it are short and verbless too (another
absolute that stresses it, a time). closing_absolutes.py folds a closing sentence of one
absolute only; with more pieces the text got the structured fallback. The sentence is the
goal's standard and time: it is folded into the goal's last sentence after a comma, as the
writer could have written it, and that text is read in the goal's place (where the plan
bounds the absolute and keeps the time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

_STOPS = frozenset({".", "!", "?"})
#: Most words of one piece after the absolute: a longer one tells more than a time.
_PIECE_WORDS = 4


def bounds_folded(goal: Goal, style: RewriteStyle) -> str | None:
    """The goal's text with its closing sentence of pieces (see the module) folded into
    the sentence before it; None when it does not end in such a sentence."""
    doc = goal.doc
    if doc is None:
        return None
    tokens = list(doc)
    stops = [t.i for t in tokens[:-1] if t.text in _STOPS]
    if not stops or not any(t.is_alpha for t in tokens[: stops[-1]]):
        return None
    last = [t for t in tokens[stops[-1] + 1 :] if not t.is_space]
    while last and last[-1].text in _STOPS:
        last.pop()
    pieces = _pieces(last)
    if len(pieces) < 2 or any(t.pos_ in ("VERB", "AUX") for t in last):
        return None
    first = " ".join(t.text for t in pieces[0]).lower().replace(" %", "%")
    bound = style.replacements.get(first)
    if not bound or "…" in bound:
        return None
    if any(len(p) > _PIECE_WORDS for p in pieces[1:]):
        return None
    head = goal.text[: tokens[stops[-1]].idx].rstrip()
    told = goal.text[last[0].idx : last[-1].idx + len(last[-1].text)]
    if not last[0].text[1:2].isupper():
        told = told[:1].lower() + told[1:]
    return f"{head}, {told}."


def _pieces(tokens: list[Token]) -> list[list[Token]]:
    """``tokens`` cut at their commas, each piece without its punctuation; an empty piece
    ends the reading (nothing)."""
    pieces: list[list[Token]] = [[]]
    for token in tokens:
        if token.text == ",":
            pieces.append([])
        elif not token.is_punct or token.text == "%":
            pieces[-1].append(token)
    return [] if any(not p for p in pieces) else pieces
