"""Text that remembers where each of its characters stood in the file.

Readers build goal texts from pieces of the file (a list item's lines, the text runs between
inline markup); stripping a marker or a label must keep every remaining character's offset.
A :class:`MappedText` is the text plus runs ``(text_start, doc_start, length)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Run = tuple[int, int, int]


@dataclass(frozen=True)
class MappedText:
    """``text`` with ``runs``: text[a:a+n] == file[d:d+n] for each run (a, d, n)."""

    text: str = ""
    runs: tuple[Run, ...] = field(default=())

    @classmethod
    def from_file(cls, source: str, start: int, end: int) -> MappedText:
        """The file's characters start..end, each in its place."""
        if end <= start:
            return cls()
        return cls(source[start:end], ((0, start, end - start),))

    @classmethod
    def loose(cls, text: str) -> MappedText:
        """Text with no place in the file (a joining space, a .docx run)."""
        return cls(text, ())

    def __add__(self, other: MappedText) -> MappedText:
        shift = len(self.text)
        moved = tuple((a + shift, d, n) for a, d, n in other.runs)
        return MappedText(self.text + other.text, _merge(self.runs + moved))

    def slice(self, start: int, end: int | None = None) -> MappedText:
        stop = len(self.text) if end is None else min(end, len(self.text))
        start = max(0, start)
        if stop <= start:
            return MappedText()
        runs = []
        for a, d, n in self.runs:
            lo, hi = max(a, start), min(a + n, stop)
            if lo < hi:
                runs.append((lo - start, d + lo - a, hi - lo))
        return MappedText(self.text[start:stop], tuple(runs))

    def strip(self) -> MappedText:
        stripped = self.text.lstrip()
        start = len(self.text) - len(stripped)
        return self.slice(start, start + len(stripped.rstrip()))

    def squeeze(self) -> MappedText:
        """Whitespace runs (a line break and the next line's indent) become one space."""
        out = MappedText()
        i, text = 0, self.text
        while i < len(text):
            j = i
            if text[i].isspace():
                while j < len(text) and text[j].isspace():
                    j += 1
                out = out + (self.slice(i, i + 1) if text[i] == " " else MappedText.loose(" "))
            else:
                while j < len(text) and not text[j].isspace():
                    j += 1
                out = out + self.slice(i, j)
            i = j
        return out

    def doc_start(self) -> int | None:
        """The file offset of the first character, if it has one."""
        for a, d, _ in self.runs:
            if a == 0:
                return d
        return None

    def doc_end(self) -> int | None:
        """The file offset just past the last character, if it has one."""
        for a, d, n in self.runs:
            if a + n == len(self.text):
                return d + n
        return None


def join(parts: list[MappedText], sep: str = " ") -> MappedText:
    out = MappedText()
    for i, part in enumerate(parts):
        if i:
            out = out + MappedText.loose(sep)
        out = out + part
    return out


def _merge(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    merged: list[Run] = []
    for a, d, n in runs:
        if merged:
            pa, pd, pn = merged[-1]
            if pa + pn == a and pd + pn == d:
                merged[-1] = (pa, pd, pn + n)
                continue
        merged.append((a, d, n))
    return tuple(merged)
