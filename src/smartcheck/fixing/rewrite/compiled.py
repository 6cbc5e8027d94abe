"""Patterns the rewrite steps build from a pack's words, compiled once per process.

The steps build their patterns from the pack's word lists (a hedge between word bounds, a
frame's opening, a name the writer used): about 1,500 distinct ones over a few dozen goals,
more than the 512 that the ``re`` module keeps, so it compiled the same patterns again and
again, a fifth of the time a rewrite took (session 49). This cache is sized for all of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Enough for every pattern the packs' words make, with room for a second language.
_SIZE = 16_384


@lru_cache(maxsize=_SIZE)
def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``source`` compiled with ``flags``, from the cache when it was compiled before."""
    return re.compile(source, flags)
