"""The concise output: one ``path:line:col: CODE [S] message`` line per finding or error,
no verdicts, rewrites or summary (for editors and grep)."""

from __future__ import annotations

from smartcheck.reporting.formats.model import Summary
from smartcheck.reporting.formats.text import TextFormatter


class ConciseFormatter(TextFormatter):
    name = "concise"
    verbose = False

    def stop(self, summary: Summary) -> None:
        """No summary line: every line is a finding or an error."""
