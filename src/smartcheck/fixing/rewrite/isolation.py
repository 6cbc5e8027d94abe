"""A rewriter that fails on one goal costs that goal its rewrite, never its report.

The judgement is the product; a rewrite is advice on top of it. So an unexpected exception in
a rewrite step (or in a rewriter plugged in through an entry point) is reported as a
:class:`~smartcheck.errors.RewriteFailedWarning` naming the goal, and the goal falls back to
the structured rewrite. Errors smartcheck raises on purpose (bad input, a bad pack) still
reach the caller: they are the caller's to handle.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import TypeVar

from smartcheck.errors import RewriteFailedWarning, SmartcheckError, describe_value

T = TypeVar("T")


def guarded(goal_text: str, step: Callable[[], T], instead: Callable[[], T]) -> T:
    """``step()``, or ``instead()`` after a warning when ``step`` fails unexpectedly."""
    try:
        return step()
    except SmartcheckError:
        raise
    except Exception as exc:  # a bug in a rewrite step: the goal keeps its report
        warnings.warn(
            f"the rewrite of goal {describe_value(goal_text)} failed "
            f"({type(exc).__name__}: {exc}); it is reported with the structured fallback",
            RewriteFailedWarning,
            stacklevel=3,
        )
        return instead()
