"""Module-level convenience functions backed by one cached default Checker."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from smartcheck.checker import Checker, ContextInput, ErrorPolicy, PhaseInput
from smartcheck.documents.limits import DEFAULT_LIMITS, ReadLimits
from smartcheck.reading.goal import Goal
from smartcheck.reporting.report import GoalError, GoalReport

if TYPE_CHECKING:
    from smartcheck.documents.models import DocumentResult

_default: Checker | None = None
_lock = threading.Lock()


def default_checker() -> Checker:
    """The Checker used by :func:`check`, :func:`check_many` and :func:`parse` (built once)."""
    global _default
    with _lock:
        if _default is None:
            _default = Checker()
        return _default


def check(
    text: str,
    lang: str | None = None,
    reference_date: date | None = None,
    context: ContextInput = None,
    phase: PhaseInput = None,
) -> GoalReport:
    """Check one goal against SMART. ``lang=None`` detects nl/en; the date defaults to today.
    ``context`` holds facts beside the goal: ``{"deadline": ..., "support": ..., "owner": ...}``.
    ``phase`` is the employee's phase: "junior", "vakvolwassen" or "senior" (see
    docs/pop-guidance.md); a ``"phase"`` in ``context`` wins.
    """
    return default_checker().check(
        text, lang=lang, reference_date=reference_date, context=context, phase=phase
    )


def check_document(
    path: str | Path,
    *,
    data: bytes | None = None,
    format: str | None = None,
    lang: str | None = None,
    reference_date: date | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
    phase: PhaseInput = None,
) -> DocumentResult:
    """Find and check the goals in a POP document; see :meth:`Checker.check_document`."""
    return default_checker().check_document(
        path,
        data=data,
        format=format,
        lang=lang,
        reference_date=reference_date,
        limits=limits,
        phase=phase,
    )


def check_documents(
    paths: Iterable[str | Path],
    *,
    lang: str | None = None,
    reference_date: date | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
    phase: PhaseInput = None,
) -> Iterator[DocumentResult]:
    """Check many documents in order; a bad file gives a result with ``errors``, never stops
    the rest."""
    return default_checker().check_documents(
        paths, lang=lang, reference_date=reference_date, limits=limits, phase=phase
    )


def check_many(
    texts: Iterable[object],
    lang: str | None = None,
    reference_date: date | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    errors: ErrorPolicy = "report",
    progress: bool = False,
    phase: PhaseInput = None,
) -> Iterator[GoalReport | GoalError]:
    """Check many goals (texts or ``(key, text)`` tuples) in input order; see
    :meth:`Checker.check_many` for keys, bad items and the progress bar."""
    return default_checker().check_many(
        texts,
        lang=lang,
        reference_date=reference_date,
        batch_size=batch_size,
        n_process=n_process,
        errors=errors,
        progress=progress,
        phase=phase,
    )


def parse(
    text: str,
    lang: str | None = None,
    reference_date: date | None = None,
    phase: PhaseInput = None,
) -> Goal:
    """Read one goal (language, deadlines, anatomy) without judging it."""
    return default_checker().parse(text, lang=lang, reference_date=reference_date, phase=phase)
