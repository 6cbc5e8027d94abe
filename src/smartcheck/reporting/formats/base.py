"""The one lifecycle every output format follows: ``start`` once, ``handle`` each file as
soon as it is checked, ``stop`` once (also after an interrupt), so what was checked is never
lost and streamed formats (JSON, SARIF, JUnit) are still well formed when a run is cut short.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO

from smartcheck.judging.rule import Rule
from smartcheck.reporting.formats.model import FileOutcome, Summary


@dataclass(frozen=True)
class FormatOptions:
    """What the front end tells a format: colour, and whether to show rewrites."""

    color: bool = False
    show_rewrites: bool = True
    quiet: bool = False
    tool_version: str = "0"


class Formatter:
    """Base class: subclasses write to ``self.out`` and flush after each file."""

    name: str = ""

    def __init__(self, out: TextIO, options: FormatOptions | None = None) -> None:
        self.out = out
        self.options = options or FormatOptions()

    def start(self, rules: Sequence[type[Rule]]) -> None:
        """Called once before the first file, with the rules that may appear."""

    def handle(self, outcome: FileOutcome) -> None:
        """Called once per checked file, as soon as it is done."""
        raise NotImplementedError

    def stop(self, summary: Summary) -> None:
        """Called once at the end, also after an interrupt."""

    def write(self, text: str) -> None:
        self.out.write(text)
        self.out.flush()
