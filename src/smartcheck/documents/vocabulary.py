"""The words that tell a document's goals apart: headings, labels, table columns, keys.

Built from the ``documents:`` sections of every language's rule pack (a POP form is often
bilingual, and a Dutch goal may sit under an English template's heading), so user packs
extend it like any other pack data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from smartcheck.configuration.packs import DocumentWords

Role = Literal["goal", "deadline", "support", "owner"]
HeadingKind = Literal["goals", "other"]
ROLES: tuple[Role, ...] = ("goal", "deadline", "support", "owner")

_WORD = re.compile(r"[^\W_]+")
_LEADING_NUMBER = re.compile(r"^(?:\d+|[ivx]+|[a-z])(?= )")
_TRAILING_NUMBER = re.compile(r"(?: (?:\d{1,2}|[a-z]|[ivx]{1,4}))+$")
# 'Doel 1:', 'Leerdoel (2):', 'Goal A -', 'Deadline:' at the start of a line. The label is a
# short phrase of words; what follows the separator is the rest of the line.
_LABEL = re.compile(
    r"^(?P<label>[^\W\d_][\w'\u2019\-]*(?:[ \t]+[\w'\u2019\-()]+){0,4}?)"
    r"(?:[ \t]*\(?(?:\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})\)?[.)]?)?"
    r"[ \t]*(?::|[ \t][-\u2013\u2014](?=[ \t]))[ \t]*"
)


def normalise(text: str) -> str:
    """Lower case, words only ('Wanneer klaar?' -> 'wanneer klaar', 'SMART-doel' -> 'smart
    doel'); a leading section number is dropped."""
    norm = " ".join(_WORD.findall(text.lower()))
    return _LEADING_NUMBER.sub("", norm).strip()


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]
    prefix: bool  # the last word may continue ('doel*')

    @classmethod
    def parse(cls, entry: str) -> _Phrase:
        prefix = entry.rstrip().endswith("*")
        return cls(tuple(normalise(entry.rstrip("* ")).split()), prefix)

    def matches_at(self, words: list[str], i: int) -> bool:
        n = len(self.words)
        if not n or i + n > len(words):
            return False
        if words[i : i + n - 1] != list(self.words[:-1]):
            return False
        last = words[i + n - 1]
        return last.startswith(self.words[-1]) if self.prefix else last == self.words[-1]

    def within(self, words: list[str]) -> bool:
        return any(self.matches_at(words, i) for i in range(len(words)))

    def whole(self, words: list[str]) -> bool:
        return len(words) == len(self.words) and self.matches_at(words, 0)

    def starts(self, words: list[str]) -> bool:
        return self.matches_at(words, 0)


@dataclass(frozen=True)
class Label:
    """A labelled line: its role and where the text after the separator starts."""

    role: Role
    label: str
    rest_start: int


class DocumentVocabulary:
    """Matchers over the merged ``documents:`` pack sections."""

    def __init__(self, sections: Iterable[DocumentWords]) -> None:
        sections = list(sections)
        self._goal_headings = [_Phrase.parse(e) for s in sections for e in s.goal_headings]
        self._other_headings = [_Phrase.parse(e) for s in sections for e in s.other_headings]
        self._labels: dict[Role, list[_Phrase]] = {role: [] for role in ROLES}
        self._columns: dict[Role, list[_Phrase]] = {role: [] for role in ROLES}
        for s in sections:
            self._labels["goal"] += [_Phrase.parse(e) for e in s.goal_labels]
            for role in ROLES:
                self._columns[role] += [_Phrase.parse(e) for e in s.columns.get(role, ())]
        for role in ("deadline", "support", "owner"):
            self._labels[role] = self._columns[role]
        self._goal_fields = [_Phrase.parse(e) for s in sections for e in s.goal_fields]

    def heading_kind(self, text: str) -> HeadingKind | None:
        """'goals' for a heading that announces goals, 'other' for a section never linted,
        None for a neutral heading ('POP 2027')."""
        words = normalise(text).split()
        if any(p.within(words) for p in self._other_headings):
            return "other"
        if any(p.within(words) for p in self._goal_headings):
            return "goals"
        return None

    def column_role(self, header: str) -> Role | None:
        """The role of a table column (or a YAML/JSON key) from its header, if any. The
        header must be, or start with, a known name: 'Acties om het doel te halen' is no
        goal column."""
        words = _TRAILING_NUMBER.sub("", normalise(header)).split()
        if not words:
            return None
        for role in ROLES:  # exact names first: 'Doel' before 'Doel (wanneer?)'
            if any(p.whole(words) for p in self._columns[role]):
                return role
        for role in ROLES:
            if any(p.starts(words) and len(words) <= len(p.words) + 2 for p in self._columns[role]):
                return role
        return None

    def is_goal_field(self, key: str) -> bool:
        """A generic key ('text') that holds a goal when it stands in a goal list."""
        words = normalise(key).split()
        return any(p.whole(words) for p in self._goal_fields)

    def label(self, line: str) -> Label | None:
        """The label of a line such as 'Doel 1: ...' or 'Deadline: ...' (None if the line
        has no known label)."""
        match = _LABEL.match(line)
        if match is None:
            return None
        words = normalise(match.group("label")).split()
        for role in ROLES:
            if any(p.whole(words) for p in self._labels[role]):
                return Label(role, match.group("label").strip(), match.end())
        return None
