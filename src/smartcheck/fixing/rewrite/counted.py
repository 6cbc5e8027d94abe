"""Goals the writer counted before listing them, and objects resumed by 'both'.

A count label says how many goals follow: "Two things: improve X and learn to use Y",
"Drie punten: X, Y en Z", "Een paar dingen: ...". The frames read the label as the goal's
topic ("In two things, by [date], I will ...") and the list as one goal. The label is the
form's word, no topic: it goes, and the list after it is cut into the goals it counts (at
its commas, then at its last coordinator, until the count is reached), each rewritten as a
goal of its own. Pack keys: ``rewrite.count_quantities`` (words of an unstated count: "a
few", "een paar"), ``count_items`` (what is counted: things, points, goals, dingen, punten);
number words come from the time table.

Objects fronted before the verb that takes them, resumed by a word for both ("Milk frothing
and latte art, learn both", "Excel en Word, allebei leren"; the pack's ``both_words``), are
one goal with the objects back in their place ("I want to learn milk frothing and latte
art", the pack's ``both_goal``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, capitalise, join, tidy
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Most goals a count label may announce (more is a list to write anew).
MAX_COUNT = 6
#: Most words the verb phrase that resumes the objects may have ('learn both', 'allebei
#: beter leren kennen').
_RESUMING_WORDS = 5


@dataclass(frozen=True)
class Counted:
    """A count label and the list after it: ``count`` goals (None: an unstated few)."""

    label: tuple[int, int]
    count: int | None
    rest: str


def count_label(text: str, style: RewriteStyle, numbers: dict[str, float]) -> Counted | None:
    """The count label ``text`` opens with ('Two things:', 'Mijn drie doelen:', 'A few
    points:', '3 dingen:'), or None. ``numbers``: the language's number words."""
    if not style.count_items:
        return None
    pattern = _label_pattern(
        tuple(style.count_items),
        tuple(style.count_quantities),
        tuple(sorted(style.determiners)),
        tuple(numbers),
    )
    match = pattern.match(text)
    if match is None or not text[match.end() :].strip():
        return None
    said = match.group(1).lower()
    count = int(said) if said.isdigit() else numbers.get(said)
    if count is not None and not 2 <= count <= MAX_COUNT:
        return None  # 'one thing:', 'a thing:' (a, an are one): no list
    return Counted(
        (match.start(1), match.end()), None if count is None else int(count), text[match.end() :]
    )


@lru_cache(maxsize=64)
def _label_pattern(
    items: tuple[str, ...],
    quantities: tuple[str, ...],
    owners: tuple[str, ...],
    numbers: tuple[str, ...],
) -> re.Pattern[str]:
    """The count label's pattern, built once per pack: it runs on every goal."""
    amounts = sorted(
        [*(re.escape(q) for q in (*quantities, *numbers)), r"\d"], key=len, reverse=True
    )
    things = "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))
    owned = "|".join(re.escape(d) for d in sorted(owners, key=len, reverse=True))
    return re.compile(
        rf"\s*(?:(?:{owned})\s+)?({'|'.join(amounts)})\s+(?:{things})\s*:\s*", re.IGNORECASE
    )


def counted_pieces(words: list[Word], count: int | None, joiners: frozenset[str]) -> list[str]:
    """The list's ``words`` cut into the goals its label counted: at its commas, then at
    its last coordinator (``joiners``), while fewer pieces than ``count``; an unstated count
    takes the commas and the last coordinator. Nothing when the pieces do not come to the
    count, or a piece is a single word."""
    words = [w for w in words if w.text not in (".", "!")]
    pieces: list[list[Word]] = [[]]
    for word in words:
        if word.text in (",", ";"):
            pieces.append([])
        else:
            pieces[-1].append(word)
    want = count if count is not None else len(pieces) + 1
    while len(pieces) < want:
        last = pieces[-1]
        at = next((n for n in range(len(last) - 1, 0, -1) if last[n].lower in joiners), None)
        if at is None:
            break
        pieces[-1:] = [last[:at], last[at + 1 :]]
    for n, piece in enumerate(pieces[1:], 1):  # 'X, Y *and* Z': the joiner opens the last
        if piece and piece[0].lower in joiners:
            pieces[n] = piece[1:]
    if (count is not None and len(pieces) != count) or len(pieces) < 2:
        return []
    if any(sum(w.is_word for w in piece) < 2 for piece in pieces):
        return []
    return [capitalise(join(piece)) + "." for piece in pieces]


def count_label_spans(
    text: str, style: RewriteStyle, numbers: dict[str, float]
) -> list[tuple[int, int]]:
    """The span of a count label ('Two things:'): the form's words, which the goals it
    counts leave out (no lost words)."""
    found = count_label(text, style, numbers)
    return [found.label] if found is not None else []


def both_goal(
    words: list[Word], style: RewriteStyle, joiners: frozenset[str], lang: str
) -> str | None:
    """The goal of objects fronted before the verb phrase that resumes them with a word for
    both ('Milk frothing and latte art, learn both' -> 'I want to learn milk frothing and
    latte art'; 'Excel en Word, allebei leren' -> 'Ik wil Excel en Word leren'), in the
    pack's ``both_goal``; None for any other text. ``joiners``: the language's coordinators,
    one of which joins the objects."""
    found = _resumed(words, style, joiners)
    if found is None:
        return None
    objects, verb, _ = found
    first = objects[0]
    common = first.text[1:].islower() and known_word(first.lower, lang=lang)
    shown = first.with_text(first.lower) if common else first  # 'Milk', not 'Excel' or 'SAP'
    text = style.both_goal.format(objects=join([shown, *objects[1:]]), verb=join(verb))
    return capitalise(tidy(text)) + "."


def both_spans(
    words: list[Word], style: RewriteStyle, joiners: frozenset[str]
) -> list[tuple[int, int]]:
    """The spans of the word for both ('learn *both*'): the objects it stands for take its
    place in the goal, so it is no lost word."""
    found = _resumed(words, style, joiners)
    return [(w.start, w.end) for w in found[2]] if found is not None else []


def _resumed(
    words: list[Word], style: RewriteStyle, joiners: frozenset[str]
) -> tuple[list[Word], list[Word], list[Word]] | None:
    """The fronted objects, the verb phrase that resumes them and the word for both, or
    None when ``words`` are no such goal."""
    if not style.both_goal or not style.both_words:
        return None
    words = [w for w in words if w.text not in (".", "!")]
    commas = [n for n, w in enumerate(words) if w.text == ","]
    if len(commas) != 1:
        return None
    objects, resuming = words[: commas[0]], words[commas[0] + 1 :]
    lower = [w.lower for w in resuming]
    both = next(
        (
            (n, len(b.split()))
            for b in sorted(style.both_words, key=len, reverse=True)
            for n in range(len(lower))
            if lower[n : n + len(b.split())] == b.lower().split()
        ),
        None,
    )
    if both is None or not 2 <= len(resuming) <= _RESUMING_WORDS or len(objects) < 3:
        return None
    at, size = both
    if at not in (0, len(resuming) - size):
        return None  # 'allebei leren', 'learn both': the word for both at an edge
    verb = [*resuming[:at], *resuming[at + size :]]
    if not verb or verb[0].lower in style.subjects or any(w.text in ",;:" for w in verb):
        return None
    if not any(w.lower in joiners for w in objects):
        return None  # the objects are two or more: 'X and Y', 'X en Y'
    return objects, verb, resuming[at : at + size]
