"""A bracketed aside set apart while the goal is rewritten, then put back where it stood.

Writers add brackets to a goal: examples ('(Mettler, Sartorius)', '(Sligro, Bidfood)'), a
detail of the thing named ('(pallets, rolcontainers)'), a number. Whatever shape
the rest of the goal has, a bracket can trip a step that reads that shape: a name list read
as a clause, a comma inside it taken for a clause end. So when no step reads the text whole,
the goal is read again without its brackets, and a whole rewrite of that text gets each
bracket back right after the words it followed in the goal ('... de software van de
weegschalen (Mettler, Sartorius), met als bewijs ...').

The bracket is the writer's aside to those words, so it goes back only where the rewrite
kept them once, in the same form; else nothing is put back and the goal keeps its fallback.
What the brackets held still counts for the judgement: the goal was judged whole before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A closed bracket that opens after a word or a closing mark: the aside and the space before
#: it. Nested or unclosed brackets are not asides of this kind.
_ASIDE = re.compile(r"(?<=[\w.,%'\"])\s*\(([^()\n]{1,200})\)")
#: Most words before an aside that anchor it in the rewrite (fewer when the goal has fewer).
_ANCHOR_WORDS = 3
_WORD = re.compile(r"[\w'-]+(?:[.,%][\w'-]+)*%?")


@dataclass(frozen=True)
class Aside:
    """One bracket of the goal (``text``, with its brackets) and the words it followed."""

    text: str
    anchor: tuple[str, ...]


@dataclass(frozen=True)
class SetApart:
    """The goal's text without its asides, and the asides to put back."""

    text: str
    asides: tuple[Aside, ...]

    def put_back(self, rewrite: str) -> str | None:
        """``rewrite`` with each aside right after the words it followed in the goal; None
        when those words are not in the rewrite exactly once."""
        for aside in self.asides:
            at = _anchor_end(rewrite, aside.anchor)
            if at is None:
                return None
            rewrite = f"{rewrite[:at]} {aside.text}{rewrite[at:]}"
        return rewrite


def set_apart(text: str) -> SetApart | None:
    """``text`` with its bracketed asides taken out; None when it has none, or an aside
    opens the text or stands after no word."""
    asides: list[Aside] = []
    kept: list[str] = []
    last = 0
    for found in _ASIDE.finditer(text):
        before = text[last : found.start()]
        words = _WORD.findall(text[: found.start()])
        if not words:
            return None
        asides.append(Aside(f"({found.group(1).strip()})", tuple(words[-_ANCHOR_WORDS:])))
        kept.append(before)
        last = found.end()
    if not asides:
        return None
    kept.append(text[last:])
    rest = re.sub(r"\s+([,.;:!?])", r"\1", "".join(kept))
    return SetApart(re.sub(r"\s{2,}", " ", rest).strip(), tuple(asides))


def _anchor_end(rewrite: str, anchor: tuple[str, ...]) -> int | None:
    """The offset right after the one place ``anchor`` (the last words before an aside)
    stands in ``rewrite``: the longest tail of the anchor found exactly once, as whole
    words, the first word's capital aside (the goal's first word opens no sentence in the
    rewrite)."""
    for size in range(len(anchor), 0, -1):
        words = anchor[-size:]
        if size == 1 and len(words[0]) < 4:
            return None  # 'de', 'in': too common to tell where the aside stood
        first = words[0]
        head = f"(?:{re.escape(first[:1].lower())}|{re.escape(first[:1].upper())})"
        body = re.escape(first[1:]) + "".join(rf"\W+{re.escape(w)}" for w in words[1:])
        found = list(re.finditer(rf"(?<![\w'-]){head}{body}(?![\w'-])", rewrite))
        if len(found) == 1:
            return found[0].end()
        if len(found) > 1:
            return None
    return None
