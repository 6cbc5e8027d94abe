"""A long-lived process streaming goals with words it never saw keeps spaCy's string store
flat: check_many parses inside a memory zone (shipped pipeline here; tests/test_pool.py does
the blank one)."""

from __future__ import annotations

import random
import string

from smartcheck import Checker, GoalReport
from tests.conftest import REF


def _goals(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = ["".join(rng.choices(string.ascii_lowercase, k=12)) for _ in range(n)]
    return [f"Vóór 1 juni 2027 rond ik de {w}training af en bespreek ik die." for w in words]


def test_string_store_stays_flat_over_rounds_of_unseen_words(checker: Checker) -> None:
    strings = checker.nlp("nl").vocab.strings
    list(checker.check_many(_goals(10, 0), lang="nl", reference_date=REF, batch_size=8))
    sizes = []
    for seed in (1, 2, 3):
        reports = list(
            checker.check_many(_goals(60, seed), lang="nl", reference_date=REF, batch_size=16)
        )
        assert all(isinstance(r, GoalReport) for r in reports)
        sizes.append(len(strings))
    assert sizes[0] == sizes[1] == sizes[2], f"string store grew: {sizes}"
