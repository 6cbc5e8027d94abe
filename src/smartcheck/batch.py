"""What ``check_many`` does around the checking: keys that travel with their goals, an
optional progress bar, and the worker pool for ``n_process > 1``. Kept apart so the Checker's
batching stays about parsing."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sized
from datetime import date
from typing import Any, Protocol, TypeVar

from smartcheck.errors import ConfigError

T = TypeVar("T")


class ProgressBar(Protocol):
    """The part of tqdm's interface that check_many uses."""

    def update(self, n: float | None = 1) -> bool | None: ...

    def close(self) -> None: ...


def split_keys(items: Iterable[object]) -> tuple[list[object], list[object]]:
    """Keys and goal texts of a batch. A ``(key, text)`` tuple carries its key; anything else
    is a text with no key (``None``). Only tuples pair, so a list stays an (invalid) goal."""
    keys: list[object] = []
    texts: list[object] = []
    for item in items:
        if isinstance(item, tuple) and len(item) == 2:
            keys.append(item[0])
            texts.append(item[1])
        else:
            keys.append(None)
            texts.append(item)
    return keys, texts


def progress_bar(texts: object) -> ProgressBar:
    """A tqdm bar (a widget in Jupyter, text in a terminal); its total is known when the input
    has a length, and unknown for a stream."""
    try:
        from tqdm.auto import tqdm
    except ImportError:
        raise ConfigError(
            "progress=True needs tqdm: pip install tqdm (or 'smartcheck[notebook]')"
        ) from None
    total = len(texts) if isinstance(texts, Sized) else None
    bar: Any = tqdm(total=total, unit="goal", desc="smartcheck")
    return bar  # type: ignore[no-any-return]


# -- n_process > 1: one pool of worker processes for the whole run -----------------------------
#: This worker process's Checker, set once by the pool's initializer (each worker process has
#: its own; nothing here is shared between Checkers of one process).
_worker_checker: list[Any] = []


def _start_worker(source: Any, make: type) -> None:
    """Pool initializer: a forked worker inherits the parent's Checker (pipelines already
    loaded, nothing pickled); a spawned one builds its own from the Config with ``make``, the
    parent Checker's class (passed in, so this module needs no import of the checker)."""
    _worker_checker[:] = [source if isinstance(source, make) else make(source)]


def _judge_in_worker(task: tuple[list[object], int, str | None, date, str | None]) -> list[Any]:
    chunk, offset, lang, ref, phase = task
    results: list[Any] = _worker_checker[0].judge_chunk(chunk, offset, lang, ref, phase)
    return results


def pooled(
    checker: Any,
    chunks: Iterator[tuple[T, list[object], int]],
    lang: str | None,
    ref: date,
    n_process: int,
    phase: str | None = None,
) -> Iterator[tuple[T, list[Any]]]:
    """Judge ``(meta, chunk, offset)`` chunks in ``n_process`` worker processes started once
    for the whole stream; results come back in input order with their ``meta``. At most two
    chunks per worker are in flight, so a long stream is read as it is judged."""
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    source = checker if method == "fork" else checker.config
    context = multiprocessing.get_context(method)
    pending: deque[tuple[T, Any]] = deque()
    with context.Pool(
        n_process, initializer=_start_worker, initargs=(source, type(checker))
    ) as pool:
        for meta, chunk, offset in chunks:
            task = (chunk, offset, lang, ref, phase)
            pending.append((meta, pool.apply_async(_judge_in_worker, (task,))))
            if len(pending) > 2 * n_process:
                first, result = pending.popleft()
                yield first, result.get()
        while pending:
            first, result = pending.popleft()
            yield first, result.get()
