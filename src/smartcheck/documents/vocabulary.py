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

from smartcheck.configuration.packs import (
    METADATA_FIELDS,
    PHASES,
    DocumentWords,
    MetaField,
)
from smartcheck.configuration.phase import Phase

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
    suffix: bool = False  # the first word may have a front ('*dagen': cursusdagen)

    @classmethod
    def parse(cls, entry: str) -> _Phrase:
        entry = entry.strip()
        prefix, suffix = entry.endswith("*"), entry.startswith("*")
        return cls(tuple(normalise(entry.strip("* ")).split()), prefix, suffix)

    def matches_at(self, words: list[str], i: int) -> bool:
        n = len(self.words)
        if not n or i + n > len(words):
            return False
        for j, want in enumerate(self.words):
            got = words[i + j]
            front, end = j == 0 and self.suffix, j == n - 1 and self.prefix
            if front and end:
                ok = want in got
            elif front:
                ok = got.endswith(want)
            elif end:
                ok = got.startswith(want)
            else:
                ok = got == want
            if not ok:
                return False
        return True

    def within(self, words: list[str]) -> bool:
        return any(self.matches_at(words, i) for i in range(len(words)))

    def whole(self, words: list[str]) -> bool:
        return len(words) == len(self.words) and self.matches_at(words, 0)

    def starts(self, words: list[str]) -> bool:
        return self.matches_at(words, 0)


class PhraseSet:
    """Pack phrases matched on whole words: 'voor het team', 'klant*' (any ending),
    '*dagen' (any front: cursusdagen, studiedagen)."""

    def __init__(self, entries: Iterable[str]) -> None:
        self._phrases = [p for p in (_Phrase.parse(e) for e in entries) if p.words]

    def within(self, text: str) -> bool:
        words = normalise(text).split()
        return any(p.within(words) for p in self._phrases)


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
        self._action_headings = [_Phrase.parse(e) for s in sections for e in s.action_headings]
        self._metadata: dict[MetaField, list[_Phrase]] = {
            f: [_Phrase.parse(e) for s in sections for e in s.metadata.get(f, ())]
            for f in METADATA_FIELDS
        }
        self._phases: dict[Phase, list[_Phrase]] = {
            p: [_Phrase.parse(e) for s in sections for e in s.phases.get(p.value, ())]
            for p in PHASES
        }

    def heading_kind(self, text: str) -> HeadingKind | None:
        """'goals' for a heading that announces goals, 'other' for a section never linted,
        None for a neutral heading ('POP 2027')."""
        words = normalise(text).split()
        if any(p.within(words) for p in self._other_headings):
            return "other"
        if any(p.within(words) for p in self._goal_headings):
            return "goals"
        return None

    def is_action_heading(self, text: str) -> bool:
        """A heading over agreed actions ('Afspraken', 'Action plan')."""
        words = normalise(text).split()
        return any(p.within(words) for p in self._action_headings)

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

    def is_other_label(self, line: str) -> bool:
        """A line labelled with the name of a part that is never a goal ('Evaluatie: in juni',
        'Toelichting: ...', 'Reflection: ...'): the whole label must be such a name."""
        match = _LABEL.match(line)
        if match is None:
            return False
        words = normalise(match.group("label")).split()
        return bool(words) and any(p.whole(words) for p in self._other_headings)

    def metadata_key(self, label: str) -> MetaField | None:
        """The form field a row label or YAML/JSON key names ('Datum gesprek' ->
        conversation_date), if any: the whole label must be a known name."""
        words = normalise(label).split()
        for name, phrases in self._metadata.items():
            if words and any(p.whole(words) for p in phrases):
                return name
        return None

    def metadata_label(self, line: str) -> tuple[MetaField, str, int] | None:
        """The form field of a line such as 'Datum gesprek: 12 maart 2024', with the label
        and where its value starts."""
        match = _LABEL.match(line)
        # a numbered label ('Fase 1:') names a step of a goal, not a field of the form
        if match is None or any(c.isalnum() for c in line[match.end("label") : match.end()]):
            return None
        name = self.metadata_key(match.group("label"))
        return None if name is None else (name, match.group("label").strip(), match.end())

    def phase_of(self, text: str) -> Phase | None:
        """The phase a phase field names ('vakvolwassen', 'Senior adviseur'): the phase with
        the longest matching phrase; None when none matches or two phases tie."""
        words = normalise(text).split()
        best: dict[Phase, int] = {}
        for name, phrases in self._phases.items():
            lengths = [len(p.words) for p in phrases if p.within(words)]
            if lengths:
                best[name] = max(lengths)
        if not best:
            return None
        top = max(best.values())
        winners = [name for name, n in best.items() if n == top]
        return winners[0] if len(winners) == 1 else None
