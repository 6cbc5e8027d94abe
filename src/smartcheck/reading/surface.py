"""Surface normalisation: judge a goal as the person wrote it, not as it was typed.

A goal copied from a form or a list arrives with a list marker ("1.", "a)", "•"), a label
("Doel 2:", "Leerdoel -", "SMART goal:"), odd whitespace (runs of spaces, tabs, non-breaking
spaces), typographic quotes and dashes, shouting or no capitals at all, no final period, or a
trailing emoji. None of that changes what the goal says (../shared/JUDGING.md), so the
checker judges a normalised text and maps every offset back to the user's own text:
``Surface.restore`` rewrites each span of a result (findings, evidence, the goal's anatomy and
time expressions, edits) so that ``original[start:end]`` is what it points at. A run of
more than 16 symbols keeps only its ends (``reading.runs``: it bounds the parser's work).

The normaliser only removes or replaces characters; it never reorders them. So an offset map
(the original index of every normalised character) is enough to go back. What counts as a
label is data: the pack's ``goal_labels`` words.

Case is restored, not only removed: a goal written without case (ALL CAPS, or no capital at
all) has lost what its capitals said, so it is read in sentence case with the names the pack
knows spelled as they are spelled ("IK LEER WERKEN MET SAP" is judged as "Ik leer werken met
SAP"). A goal with capitals is read as written: its writer's case is evidence ("sap" is
juice), and "Powerpoint" stays the writer's spelling. Re-casing keeps the length of every
word, so offsets hold. A capital that sentence case gave the first word is the reader's, not
the writer's: where a rewrite moves that word inside a sentence, ``restore`` gives it back
the writer's lower case ("hygiënecursus halen" -> "Vóór [datum] ga ik hygiënecursus halen").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise
from typing import Any, TypeVar

from pydantic import BaseModel

from smartcheck.reading.runs import shorten_runs

__all__ = ["Surface", "normalise"]

_SPACES = frozenset("\t\n\r\x0b\x0c \u00a0\u1680\u2007\u202f\u205f\u3000") | frozenset(
    chr(c) for c in range(0x2000, 0x200B)
)
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f")
_CHAR_MAP = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
}
#: List markers: "1.", "12)", "(3)", "a)", "b.", bullets and dashes; always followed by a space.
_MARKER = re.compile(
    r"(?:\(?\d{1,2}[.)]|\(?[a-zA-Z]\)|[a-z]\.|[-*+>~\u2022\u00b7\u25aa\u25cf\u25e6\u2023"
    r"\u25a0\u25a1\u25ba\u27a4\u2192\u2713\u2714\u2610\u2611]+)\s+"
)
_SEPARATOR = r"\s*(?:\d{1,2}[a-z]?)?\s*(?:[:.)]|-(?=\s))\s*"
_FINAL = ".!?"
_LEADING_JUNK = frozenset(" \n.,;:!?)]}")
#: Fields whose spans point into a text of their own, not the goal's ("context": the
#: deadline or owner fields that stood beside the goal in a document).
_OWN_TEXT_FIELDS = frozenset({"context", "context_fields"})
_CLOSERS = "\"')]"
#: Length from which a word in capitals is shouted, not an acronym ('BETER', not 'QGIS').
_SHOUTED_LENGTH = 5


@dataclass(frozen=True)
class Surface:
    """A goal text and the normalised text that is judged, with the way back.

    ``offsets[i]`` is the index in ``original`` of ``text[i]``; an added character (the final
    period, at the index in ``added``) maps to an empty span right after the character it
    follows.
    """

    original: str
    text: str
    offsets: tuple[int, ...]
    added: int | None = None
    #: The first word as sentence case capitalised it ('Hygiënecursus'), when the writer
    #: wrote it in lower case and it is no name the pack spells so; else ''.
    sentence_cased: str = ""

    @property
    def unchanged(self) -> bool:
        return self.text == self.original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of ``text[start:end]``."""
        size = len(self.original)
        if self.unchanged:
            return start, end
        count = len(self.offsets)
        first = self.offsets[start] if start < count else size
        if end <= start:
            return min(first, size), min(first, size)
        end = min(end, count)
        last = self.offsets[end - 1] + (0 if end - 1 == self.added else 1)
        return min(first, size), min(max(last, first), size)

    def restore(self, value: _T) -> _T:
        """``value`` (a result model, or tuples, lists and dicts of them) with every span
        moved into the original text: a model with integer ``start`` and ``end`` gets the
        original offsets and, if it has a ``text`` field, the original characters; a ``text``
        field that holds the whole judged text becomes the original text."""
        if self.unchanged:
            return value
        restored: Any = self._restore(value)
        return restored  # type: ignore[no-any-return]

    def _restore(self, value: object) -> object:
        if isinstance(value, Enum):  # a criterion ('A') is a name, never the writer's word
            return value
        if isinstance(value, str):
            return self._writer_case(value)
        if isinstance(value, BaseModel):
            return self._restore_model(value)
        if isinstance(value, tuple):
            return tuple(self._restore(v) for v in value)
        if isinstance(value, list):
            return [self._restore(v) for v in value]
        if isinstance(value, dict):
            return {k: self._restore(v) for k, v in value.items()}
        return value

    def _restore_model(self, model: BaseModel) -> BaseModel:
        fields = type(model).model_fields
        updates: dict[str, object] = {}
        for name in fields:
            if name in _OWN_TEXT_FIELDS:
                continue
            value = getattr(model, name)
            new = self._restore(value)
            if new is not value:
                updates[name] = new
        start, end = getattr(model, "start", None), getattr(model, "end", None)
        text = getattr(model, "text", None)
        if "start" in fields and "end" in fields and isinstance(start, int):
            assert isinstance(end, int)
            first, last = self.span(start, end)
            updates["start"], updates["end"] = first, last
            if "text" in fields and isinstance(text, str):
                updates["text"] = self.original[first:last]
        elif "text" in fields and text == self.text:
            updates["text"] = self.original
        return model.model_copy(update=updates) if updates else model

    def _writer_case(self, value: str) -> str:
        """``value`` with the sentence-cased first word in the writer's lower case wherever
        it stands inside a sentence (not first, not after a sentence's end or a new line, not
        opening a field after a semicolon: the fallback's 'By when:')."""
        word = self.sentence_cased
        if not word or word not in value:
            return value
        inside = rf"(?<![.!?;]\s)(?<!\n)(?<=\W)(?<![\w'-]){re.escape(word)}(?![\w'-])"
        return re.sub(inside, word[:1].lower() + word[1:], value)


_T = TypeVar("_T")


class _Builder:
    """Characters of the normalised text, each with its index in the original."""

    def __init__(self, chars: Iterable[tuple[str, int]]) -> None:
        self.chars = list(chars)

    @property
    def text(self) -> str:
        return "".join(c for c, _ in self.chars)

    def drop_prefix(self, length: int) -> None:
        self.chars = self.chars[length:]


def normalise(
    text: str,
    labels: Iterable[str] = (),
    fixed_case: Iterable[str] = (),
    caseless_spellings: Iterable[str] = (),
    numbered_nouns: Iterable[str] = (),
    own_goals: Callable[[Sequence[str]], bool] | None = None,
) -> Surface:
    """The judged form of ``text`` (see the module docstring).

    ``labels`` are the pack's goal labels ("doel", "leerdoel", "smart goal"); ``fixed_case``
    words keep one spelling whatever the case of the goal ("I" in English);
    ``caseless_spellings`` (the names the pack knows: "PowerPoint", "SAP") get theirs in a
    goal written without case; ``numbered_nouns`` ("week", "fase") take a number after them,
    so "... in week 2. Daarna ..." is no list written on one line. ``own_goals`` tells
    whether the pieces of a line cut at its dashes or capitals ("- A - B", "A. ... B. ...")
    are each a goal of its own (see ``_marked_lines``); without it such a line is one goal.
    """
    chars = _Builder(shorten_runs(_characters(text)))
    _strip_edges(chars)
    label_pattern = _label_pattern(labels)
    _numbered_lines(chars, label_pattern, frozenset(w.lower() for w in numbered_nouns), own_goals)
    _labelled_lines(chars, label_pattern)
    _marked_lines(chars, label_pattern, own_goals)
    _label_line_dropped(chars, label_pattern)
    for _ in range(
        0 if "\n" in chars.text else 4
    ):  # several lines: a list, not a prefix  # "1. Doel 2: ..." peels off one prefix at a time
        current = chars.text
        found = _MARKER.match(current) or (label_pattern and label_pattern.match(current))
        if not found or found.end() >= len(current):
            break
        chars.drop_prefix(found.end())
    _strip_edges(chars)
    if not chars.chars:  # no words at all: judged as written, long runs still shortened
        raw = shorten_runs([(c, i) for i, c in enumerate(text)])
        return Surface(text, "".join(c for c, _ in raw), tuple(i for _, i in raw))
    _normalise_case(chars, tuple(fixed_case), tuple(caseless_spellings))
    _exclamations(chars)
    # the sentence ends at its last word: a final period goes there, before any trailing
    # pictographs (which stay, for rules about them)
    words_end = len(chars.chars)
    while words_end > 0 and (
        chars.chars[words_end - 1][0] == " " or _is_symbol(chars.chars[words_end - 1][0])
    ):
        words_end -= 1
    added = None
    if words_end:
        last = chars.chars[words_end - 1][0]
        if last not in _FINAL and (last.isalnum() or last in _CLOSERS):
            chars.chars.insert(words_end, (".", chars.chars[words_end - 1][1] + 1))
            added = words_end
    normalised = chars.text
    offsets = tuple(i for _, i in chars.chars)
    cased = _sentence_cased(text, normalised, offsets, (*fixed_case, *caseless_spellings))
    return Surface(text, normalised, offsets, added, cased)


def _sentence_cased(
    original: str, normalised: str, offsets: tuple[int, ...], spellings: tuple[str, ...]
) -> str:
    """The normalised first word when only sentence case changed it from the writer's lower
    case ('hygiënecursus' -> 'Hygiënecursus'); '' for a name the pack spells with its
    capital ('excel' -> 'Excel') and for a word the writer capitalised."""
    found = re.match(r"[^\W\d_][\w'-]*", normalised)
    if found is None or not offsets:
        return ""
    word = found.group(0)
    start = offsets[0]
    written = original[start : start + len(word)]
    if written == word or written != word[:1].lower() + word[1:]:
        return ""
    if word.lower() in {s.strip().lower() for s in spellings}:
        return ""
    return word


#: A number or letter that opens an item of a list written on one line ("... 2. Beter
#: plannen", "... b) organise a fire drill").
_INLINE_NUMBER = re.compile(r"(?<=\S) (\d{1,2}|[a-hA-H])([.)]) (?=\S)")


def _numbered_lines(
    chars: _Builder,
    label_pattern: re.Pattern[str] | None = None,
    numbered_nouns: frozenset[str] = frozenset(),
    own_goals: Callable[[Sequence[str]], bool] | None = None,
) -> None:
    """A numbered list written on one line ("1. Excel leren 2. Beter plannen 3. Meer rust",
    "1) learn SQL 2) take breaks", "a) ... b) ... c) ...") is a list: each item goes on a line
    of its own, as if pasted from a list. Its numbers count up from 1 (its letters from a) at
    the start of the text. Two items in "1." style are a list unless the word before the "2."
    is a noun that takes a number (``numbered_nouns``: "in week 2. Daarna ...", "in fase 2.
    Then ..."): then the sentence ends in a number. A goal label may stand before it
    ("Leerdoel: 1. ..."). Capitals with a stop ("A. Excel leren B. beter plannen") count
    only when each item is a goal of its own (``own_goals``): "A. Jansen ..." opens with an
    initial. A list marker or a label before the list ("1. A. ... B. ...", "- 1. ... 2. ...",
    "1) Goal: A. ...") goes, and so does a label before capitals (the label over a list, as
    in ``_marked_lines``).
    """
    current = chars.text
    label = label_pattern.match(current) if label_pattern is not None else None
    offset = label.end() if label is not None else 0
    if _numbered_at(chars, offset, numbered_nouns, own_goals, peeled=False):
        return
    for _ in range(3):  # '1. Goal: A. ...': prefixes peeled one by one
        prefix = _MARKER.match(current, offset) or (
            label_pattern.match(current, offset) if label_pattern is not None else None
        )
        if prefix is None or prefix.end() >= len(current):
            return
        offset = prefix.end()
        if _numbered_at(chars, offset, numbered_nouns, own_goals, peeled=True):
            return


def _numbered_at(
    chars: _Builder,
    offset: int,
    numbered_nouns: frozenset[str],
    own_goals: Callable[[Sequence[str]], bool] | None,
    peeled: bool,
) -> bool:
    """``_numbered_lines`` for a list that opens at ``offset`` (``peeled``: after a list
    marker, which goes); whether one was found."""
    current = chars.text
    first = re.match(r"\(?(1|a)([.)]) |\(?(A)(\)) |(A)(\.) ", current[offset:])
    if first is None:
        return False
    opening = first.group(1) or first.group(3) or first.group(5)
    style = first.group(2) or first.group(4) or first.group(6)
    found = [
        m
        for m in _INLINE_NUMBER.finditer(current, offset + first.end())
        if m.group(2) == style and m.group(1).isupper() == opening.isupper()
    ]
    order = "0123456789" if opening == "1" else "abcdefgh"
    start = order.index(opening.lower())
    expected = (
        [str(n) for n in range(2, len(found) + 2)]
        if order[0] == "0"
        else list(order[start + 1 : start + 1 + len(found)])
    )
    if not found or [m.group(1).lower() for m in found] != expected:
        return False
    if style == "." and len(found) == 1:
        before = re.findall(r"[^\W\d_]+", current[offset : found[0].start()])
        if not before or before[-1].lower() in numbered_nouns:
            return False  # 'in week 2. Daarna ...': a sentence that ends in a number
    capitals = opening == "A" and style == "."
    if capitals:
        starts = [offset + first.end(), *(m.end() for m in found)]
        ends = [*(m.start() for m in found), len(current)]
        items = [current[a:b].strip() for a, b in zip(starts, ends, strict=True)]
        if own_goals is None or not own_goals(items):
            return False  # 'A. Jansen en B. de Vries ...': initials, no list
    out = list(chars.chars)
    for m in reversed(found):  # the space before the number becomes the line break
        out[m.start()] = ("\n", out[m.start()][1])
    if capitals:  # 'B. ' read as the list marker '- ', no initial
        for at in (*(m.start(1) for m in reversed(found)), offset + first.start(5)):
            out[at : at + 2] = [("-", out[at][1])]
    if capitals or peeled:
        del out[:offset]  # the marker or label before the list
    chars.chars = out
    return True


#: The number a goal label counts with ("Doel *2*:", "Goal *3* -").
_LABEL_NUMBER = re.compile(r"\d{1,2}")


def _labelled_lines(chars: _Builder, label_pattern: re.Pattern[str] | None) -> None:
    """Goals numbered with a label on one line ("Doel 1: Excel leren. Doel 2: beter
    plannen.", "Goal 1: ... Goal 2: ...") are a list, as "1. ... 2. ..." is: each goal goes
    on a line of its own, its label read as the list marker it stands for ("- "). The labels
    count up one by one from the label that opens the text (a form's goals 2 and 3 copied
    are a list too; a list marker or a label before it goes, as before one goal), and each
    later one opens a line (a form pasted with its labels: "Doel 1: ...\nDoel 2: ...") or
    follows a stop or a comma."""
    if label_pattern is None:
        return
    current = chars.text
    offset = 0
    for _ in range(3):  # '- Doel 1: ...', 'Leerdoelen: Doel 1: ...': prefixes peeled one by one
        labels = _counting_labels(current, label_pattern, offset)
        if labels:
            break
        prefix = _MARKER.match(current, offset) or label_pattern.match(current, offset)
        if prefix is None or prefix.end() >= len(current):
            return
        offset = prefix.end()
    else:
        return
    out = list(chars.chars)
    first = labels[0]
    for m in reversed(labels):  # each label becomes a list marker on its own line
        out[m.start() : m.end()] = [("-", out[m.start()][1]), (" ", out[m.end() - 1][1])]
        if m is not first:
            out[m.start() - 1] = ("\n", out[m.start() - 1][1])
    del out[:offset]
    chars.chars = out


#: Bullets that mark the items of a list and nothing else ('•', '·', '▪', '◦', '*', ...).
_BULLETS = "*\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u25a0\u25a1\u25ba\u27a4\u2192\u2610\u2611"


def _marked_lines(
    chars: _Builder,
    label_pattern: re.Pattern[str] | None,
    own_goals: Callable[[Sequence[str]], bool] | None,
) -> None:
    """A list bulleted on one line, as a form's single field flattens it ("• A • B • C",
    "Doel: - A - B - C"), is a list: each item goes on a line of its own with its marker,
    as if pasted, and a goal label before it goes (a label over a list is no topic). A
    bullet that marks nothing else ('•', '*', ``_BULLETS``) makes a list when it opens the
    line and stands again inside it, or stands twice inside it. A dash is also a joint
    inside one goal ("improve my Excel - pivot tables, charts - for the stock lists"): it
    makes a list only when it opens the line and every piece it cuts is a goal of its own
    (``own_goals``: a verb or a word of change of its own, no example list, no purpose)."""
    current = chars.text
    if "\n" in current:
        return
    label = label_pattern.match(current) if label_pattern is not None else None
    offset = label.end() if label is not None else 0
    opened = re.match(rf"([{_BULLETS}-]) (?=\S)", current[offset:])
    kinds = [opened.group(1)] if opened else [b for b in _BULLETS if f" {b} " in current]
    for kind in kinds:
        after = rf"(?<=[^\s{_BULLETS}-])"  # '• • X': a marker doubled, no item before it
        inner = list(re.compile(rf"{after} {re.escape(kind)} (?=\S)").finditer(current, offset))
        if not inner or (opened is None and len(inner) < 2):
            continue
        if kind == "-":
            if opened is None or own_goals is None:
                return
            starts = [offset + 2, *(m.end() for m in inner)]
            ends = [*(m.start() for m in inner), len(current)]
            pieces = [current[a:b].strip() for a, b in zip(starts, ends, strict=True)]
            if not own_goals(pieces):
                return
        out = list(chars.chars)
        for m in reversed(inner):  # the space before the bullet becomes the line break
            out[m.start()] = ("\n", out[m.start()][1])
        del out[:offset]  # 'Goal: - A - B': the label over the list goes
        chars.chars = out
        return


def _label_line_dropped(chars: _Builder, label_pattern: re.Pattern[str] | None) -> None:
    """A goal label alone on the first line over a list ("Leerdoel:\n- A\n- B") goes: it
    names the list, it is no goal and no topic of the first."""
    current = chars.text
    if label_pattern is None or current.count("\n") < 2:
        return
    first = current.split("\n", 1)[0]
    found = label_pattern.fullmatch(first.strip())
    if found is None or _label_number(found) is not None:
        return
    chars.drop_prefix(len(first) + 1)


def _counting_labels(text: str, label_pattern: re.Pattern[str], offset: int) -> list[re.Match[str]]:
    """The numbered label at ``offset`` and the later ones that count up from it, each
    opening a line or following a stop or a comma; empty when fewer than two count."""
    first = label_pattern.match(text, offset)
    number = _label_number(first) if first is not None else None
    if first is None or number is None:
        return []
    found: list[re.Match[str]] = [first]
    for m in label_pattern.finditer(text, first.end()):
        if _label_number(m) != number + len(found):
            continue
        before = text[max(0, m.start() - 2) : m.start()]
        after_stop = len(before) == 2 and before[0] in ".!?;," and before[1] == " "
        if before[-1:] != "\n" and not after_stop:
            continue  # a label opens a line, or a piece after the last goal's stop or comma
        found.append(m)
    return found if len(found) > 1 else []


def _label_number(label: re.Match[str]) -> int | None:
    """The number a matched goal label counts with, or None when it has none."""
    number = _LABEL_NUMBER.search(label.group(0))
    return int(number.group(0)) if number is not None else None


def _characters(text: str) -> list[tuple[str, int]]:
    """One character per kept original character: invisible ones dropped, whitespace runs
    as one space, typographic quotes and dashes as their plain forms."""
    out: list[tuple[str, int]] = []
    for i, char in enumerate(text):
        if char in _INVISIBLE:
            continue
        if char in _SPACES or char.isspace():
            # a run of whitespace is one space, or one line break if it holds one: the lines
            # of a pasted list stay lines
            space = "\n" if char in "\n\r\x0b\x0c\u2028\u2029" else " "
            if out and out[-1][0] in " \n":
                if space == "\n":
                    out[-1] = (space, out[-1][1])
                continue
            out.append((space, i))
            continue
        out.append((_CHAR_MAP.get(char, char), i))
    return out


#: A sentence's end shouted: one or more '!', maybe with '?' ("run!!", "again?!"), before a
#: space, a closer, a pictograph or the end of the text.
_SHOUTED_END = re.compile(r"[!?]*![!?]*(?=[\s\"')\]]|$)")


def _exclamations(chars: _Builder) -> None:
    """A sentence's end shouted ("No more mildew!!", "Always check the taps!") ends it as a
    period would, at the text's end or before a new sentence (a question mark among the
    marks stays one question mark; after a one-word heading before a word in lower case the
    run is a colon (:func:`_pause`); before anything else the run is one '!'; inside a
    bracket or quote it stays as written, so an aside is kept whole):
    the goal says the same whatever its stress, and a run of marks is no word of the
    writer."""
    out = list(chars.chars)
    text = chars.text
    for m in reversed(list(_SHOUTED_END.finditer(text))):
        if text[m.end() : m.end() + 1] in (")", "]", '"', "'"):
            continue  # '(moeilijk!!)': the writer's aside stays whole, its marks too
        ends = re.match(r"\s*(?:$|[A-Z0-9])", text[m.end() :]) is not None
        # a run of marks after a one-word heading before lower case opens what it means
        # ('Zelfzorg!! niet meer ...'); one '!' there ends it, in a hurry ('... gebruik! vorige')
        goes_on = len(m.group(0)) > 1 and re.match(r"\s+[a-z]", text[m.end() :]) is not None
        mark = "?" if "?" in m.group(0) else "." if ends else _pause(text[: m.start()], goes_on)
        out[m.start() : m.end()] = [(mark, out[m.start()][1])]
    chars.chars = out


def _pause(before: str, goes_on: bool) -> str:
    """The mark a shouted run of two or more stands for before a word in lower case
    (``goes_on``): after a single word that opens its sentence, a colon ("Zelfzorg!! niet
    meer elke avond ...": a heading and what it means). After a phrase it stays one '!': the
    words after it may go on with the goal ("Learn Dutch!! at least enough to ...") or tell
    its reason ("always check the ground!! nearly went wrong last year"), and only the
    second is told apart (remarks.py), so the sentence ends there as before."""
    if not goes_on:
        return "!"
    opened = re.split(r"[.!?\n]", before)[-1].split()
    return ":" if len(opened) == 1 else "!"


def _is_symbol(char: str) -> bool:
    """Emoji and other pictographs (a trailing "🚀", "✅", "💪")."""
    return unicodedata.category(char) in ("So", "Sk", "Cs", "Co") or 0x1F000 <= ord(char) <= 0x1FAFF


def _strip_edges(chars: _Builder) -> None:
    """Spaces at both ends; pictographs and stray punctuation before the first word."""
    first = 0
    while first < len(chars.chars) and (
        chars.chars[first][0] in _LEADING_JUNK or _is_symbol(chars.chars[first][0])
    ):
        first += 1
    chars.drop_prefix(first)
    while chars.chars and chars.chars[-1][0] in " \n":
        chars.chars.pop()


def _label_pattern(labels: Iterable[str]) -> re.Pattern[str] | None:
    words = sorted({w.strip() for w in labels if w.strip()}, key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"[\s-]?") for w in words)
    return re.compile(rf"(?:{alternatives}){_SEPARATOR}", re.IGNORECASE)


def _normalise_case(
    chars: _Builder, fixed_case: tuple[str, ...], caseless_spellings: tuple[str, ...]
) -> None:
    """Shouted goals in sentence case; a goal without capitals gets its first one; words with
    one fixed spelling ("I") get it back, and in a goal without case (shouted or no capitals
    at all) so do the ``caseless_spellings``. The length never changes, so offsets hold."""
    text = chars.text
    letters = [c for c in text if c.isalpha()]
    # the first letter is left out of the share: sentence case capitalises it, so judging
    # the judged text again must come to the same answer ('aAAAAAAa')
    rest = letters[1:]
    shouted = len(letters) >= 8 and sum(c.isupper() for c in rest) > 0.8 * len(rest)
    # a word that mixes case ('ArcGIS', 'PowerPoint') shows the writer's case: a goal of
    # acronyms ('GIS (QGIS, ArcGIS)') is no shout
    # (the first letter left out, as above)
    mixed = any(a.islower() and b.isupper() for a, b in pairwise(text[1:]))
    # ... unless a long word in capitals shouts beside it ('IK WIL BETER WORDEN IN
    # PowerPoint'): acronyms are short, shouted words are not
    long_caps = any(len(w) >= _SHOUTED_LENGTH for w in re.findall(r"\b[^\W\d_a-z]+\b", text))
    shouted = shouted and (not mixed or long_caps)
    caseless = shouted or not any(c.isupper() for c in letters)
    if shouted:
        text = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if text[:1].islower() and len(text[0].upper()) == 1:
        text = text[0].upper() + text[1:]
    spellings = (*fixed_case, *caseless_spellings) if caseless else fixed_case
    text = _respell(text, spellings)
    chars.chars = [(c, i) for c, (_, i) in zip(text, chars.chars, strict=True)]


def _respell(text: str, spellings: tuple[str, ...]) -> str:
    """``text`` with every whole-word occurrence of a spelling, in any case, spelled so: one
    pattern for all of them (a pack lists a hundred names), longest first. A word inside an
    abbreviation with a period inside ('i.e.', 'e.g.') is none."""
    words = {w.strip().lower(): w.strip() for w in spellings if w.strip()}
    if not words or not text:
        return text
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # a letter of an abbreviation with a period inside is no word ('i.e.' is no 'I')
    pattern = re.compile(rf"(?<![\w'])(?<!\w\.)(?:{alternatives})(?!\w|\.\w)", re.IGNORECASE)

    def replace(match: re.Match[str]) -> str:
        found = match.group(0)
        spelling = words.get(found.lower(), found)
        return spelling if len(spelling) == len(found) else found

    return pattern.sub(replace, text)
