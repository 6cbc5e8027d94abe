"""pandas is an optional extra: import it only when a notebook helper is called."""

from __future__ import annotations

from typing import Any


def require_pandas(what: str) -> Any:
    """The pandas module, or an ImportError saying how to install it."""
    try:
        import pandas
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(f"{what} needs pandas: pip install 'smartcheck[notebook]'") from None
    return pandas
