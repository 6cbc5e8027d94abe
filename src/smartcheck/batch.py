"""What ``check_many`` does around the checking: keys that travel with their goals, and an
optional progress bar. Kept apart so the Checker's batching stays about parsing."""

from __future__ import annotations

from collections.abc import Iterable, Sized
from typing import Any, Protocol

from smartcheck.errors import ConfigError


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
