"""What a seam check reads of the goal itself, read once per goal.

Every candidate rewrite of a goal runs through the same checks, and much of what a check
reads of the goal (the spans a rewrite may drop, the words it must keep) is the same for
each candidate: a goal's Doc never changes once parsed. Entries go with their Doc and hold
no Token (a Token would keep its Doc alive); the lock serves batches checked in threads.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.reading.goal import Goal

T = TypeVar("T")

_Entry = tuple["weakref.ref[Goal]", tuple[object, ...], object]
_READ: weakref.WeakKeyDictionary[Doc, dict[str, _Entry]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def once_per_goal(name: str, goal: Goal, deps: tuple[object, ...], read: Callable[[], T]) -> T:
    """``read()`` for ``goal``, computed once per goal and ``deps`` (the style and pack it
    reads with, compared by identity); every call after the first returns the first result.
    Without a Doc nothing is kept."""
    doc = goal.doc
    if doc is None:
        return read()
    with _LOCK:
        entry = _READ.get(doc, {}).get(name)
    if entry is not None and entry[0]() is goal and _same(entry[1], deps):
        value: T = entry[2]  # type: ignore[assignment]
        return value
    value = read()
    with _LOCK:
        _READ.setdefault(doc, {})[name] = (weakref.ref(goal), deps, value)
    return value


def _same(kept: tuple[object, ...], deps: tuple[object, ...]) -> bool:
    return len(kept) == len(deps) and all(a is b for a, b in zip(kept, deps, strict=True))
