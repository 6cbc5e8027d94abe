"""``--jobs N``: files checked in N worker processes, results handed back in input order
(so output is the same whatever N is). Each worker builds its own Session (config
discovery, Checkers) once; workers ignore SIGINT so only the main process reports it."""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from smartcheck.cli.session import RunOptions, Session
from smartcheck.reporting.formats.model import FileOutcome

CheckPath = Callable[[Session, Path], FileOutcome]


class _Worker:
    """The per-process state of a worker: set once by the pool's initializer."""

    session: Session | None = None
    check: CheckPath | None = None


def _init(options: RunOptions, check: CheckPath) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _Worker.session = Session(options)
    _Worker.check = check


def lean(outcome: FileOutcome) -> FileOutcome:
    """The outcome without what only the worker needs: each goal's parsed spaCy Doc (a
    private attribute that pickles to hundreds of kilobytes, with its vocabulary)."""
    goals = []
    for goal in outcome.goals:
        report = goal.report
        private = getattr(report.goal, "__pydantic_private__", None) if report else None
        if report is not None and private:
            light = report.goal.model_copy()
            light.__pydantic_private__ = dict.fromkeys(private)
            goal = replace(goal, report=report.model_copy(update={"goal": light}))
        goals.append(goal)
    return replace(outcome, goals=tuple(goals))


def _work(path: Path) -> FileOutcome:
    assert _Worker.session is not None and _Worker.check is not None
    return lean(_Worker.check(_Worker.session, path))


def in_processes(
    options: RunOptions, check: CheckPath, paths: Sequence[Path], jobs: int
) -> Iterator[FileOutcome]:
    context = multiprocessing.get_context()
    pool = context.Pool(jobs, initializer=_init, initargs=(options, check))
    try:
        yield from pool.imap(_work, paths, chunksize=1)
        pool.close()
    finally:
        pool.terminate()
        pool.join()
