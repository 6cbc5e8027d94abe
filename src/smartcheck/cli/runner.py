"""The check loop: every input checked in turn (or in worker processes), each outcome
handed to the output format as soon as it is done, one stderr line per input error, and
on SIGINT/SIGTERM what was done is kept: the format is closed properly, a notice printed,
exit 3."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TextIO

from smartcheck.cli.exit_codes import ExitStatus
from smartcheck.cli.progress import Progress
from smartcheck.reporting.formats.base import Formatter
from smartcheck.reporting.formats.model import FileOutcome, Summary


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM during a run."""


class InterruptGuard:
    """SIGINT and SIGTERM stop the run between two files' output, never in the middle of
    one: a signal that arrives while a file's results are written is held until they are."""

    def __init__(self) -> None:
        self.writing = False
        self.pending: int | None = None

    def handler(self, signum: int, frame: FrameType | None) -> None:
        if self.writing:
            self.pending = signum
            return
        raise Interrupted(f"signal {signum}")

    @contextmanager
    def installed(self) -> Iterator[None]:
        previous = {
            sig: signal.signal(sig, self.handler) for sig in (signal.SIGINT, signal.SIGTERM)
        }
        try:
            yield
        finally:
            for sig, old in previous.items():
                signal.signal(sig, old)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        self.writing = True
        try:
            yield
        finally:
            self.writing = False
        if self.pending is not None:
            raise Interrupted(f"signal {self.pending}")


def error_lines(outcome: FileOutcome) -> list[str]:
    """One line per input problem, naming the input."""
    lines = [f"smartcheck: error: {problem}" for problem in outcome.errors]
    lines += [
        f"smartcheck: error: {outcome.path}:{goal.place.describe()}: {goal.error}"
        for goal in outcome.goals
        if goal.error is not None
    ]
    return lines


def run(
    outcomes: Iterator[FileOutcome],
    formatter: Formatter,
    total: int,
    progress_enabled: bool,
    err: TextIO | None = None,
) -> tuple[Summary, list[FileOutcome]]:
    """Feed every outcome to ``formatter``; returns the summary and the outcomes seen."""
    err = err or sys.stderr
    summary = Summary()
    seen: list[FileOutcome] = []
    progress = Progress(total, progress_enabled, err)
    guard = InterruptGuard()
    try:
        with guard.installed():
            for outcome in outcomes:
                with guard.atomic():
                    progress.clear()
                    for line in error_lines(outcome):
                        print(line, file=err)
                    formatter.handle(outcome)
                    summary.add(outcome)
                    seen.append(outcome)
                    progress.advance()
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        progress.clear()
    formatter.stop(summary)
    if summary.interrupted:
        print(
            f"smartcheck: interrupted after {summary.files} of {total} inputs; "
            "the results above are complete for those",
            file=err,
        )
    return summary, seen


def exit_status(summary: Summary, exit_zero: bool) -> ExitStatus:
    if summary.interrupted:
        return ExitStatus.INTERRUPTED
    if summary.internal:
        return ExitStatus.INTERNAL_ERROR
    if summary.errors:
        return ExitStatus.USAGE_ERROR
    if summary.failing and not exit_zero:
        return ExitStatus.NOT_SMART
    return ExitStatus.OK


def statistics_lines(summary: Summary, names: dict[str, str]) -> list[str]:
    """``count  CODE  name`` per rule, most frequent first (what ``--statistics`` prints)."""
    rows = sorted(summary.codes.items(), key=lambda item: (-item[1], item[0]))
    return [f"{count:>5}  {code:<6} {names.get(code, '')}".rstrip() for code, count in rows]


def color_wanted(stream: TextIO, no_color: bool) -> bool:
    if no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()
