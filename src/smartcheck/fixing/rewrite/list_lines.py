"""A line of a list told as a goal without a clause ('- cursus de-escalatie', '2. Minder te
laat komen'): its own goal with its own rewrite, never context kept beside the next line's
rewrite (the reading is reading/anatomy/lines.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.reading.anatomy.lines import told_short

if TYPE_CHECKING:
    from collections.abc import Collection

    from smartcheck.reading.goal import Goal


def lined(text: str) -> bool:
    """Whether ``text`` holds its goals one a line (two lines or more with words)."""
    return sum(1 for line in text.splitlines() if line.strip()) >= 2


def line_told_short(line: Goal, changes: Collection[str], verb_second: bool = False) -> bool:
    """Whether ``line`` (one line of a list, parsed alone) is a goal told without a clause
    (``changes``: the pack's comparatives, lower case; ``verb_second``: the pack's grammar)."""
    return line.doc is not None and told_short(list(line.doc), line.lang, changes, verb_second)
